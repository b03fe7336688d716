import { describe, expect, it } from 'vitest';
import { serviceStanding } from '@muster/optimizer';
import { anOfficer, day } from '@muster/testkit';

describe('serviceStanding', () => {
  const hired = day('2025-03-10');

  it('counts a recruit until a full year (365.25 days) in the agency', () => {
    const officer = anOfficer({ hireDate: hired, academyTrack: 'full', priorLeYears: 0 });
    expect(serviceStanding(officer, day('2026-03-09'))).toEqual({ serviceYears: 364 / 365.25, recruit: true, veteran: false });
    expect(serviceStanding(officer, day('2026-03-11')).recruit).toBe(false);
  });

  it('keeps an abbreviated-academy officer a recruit whatever their years', () => {
    expect(serviceStanding(anOfficer({ hireDate: day('2019-01-01'), academyTrack: 'abbreviated' }), day('2026-03-10'))).toMatchObject({ recruit: true, veteran: true });
  });

  it('counts prior law-enforcement years toward a veteran, not toward leaving recruit', () => {
    const lateral = anOfficer({ hireDate: hired, academyTrack: 'lateral', priorLeYears: 2.5 });
    expect(serviceStanding(lateral, day('2025-09-10'))).toMatchObject({ recruit: true, veteran: true });
    expect(serviceStanding(lateral, day('2025-08-01'))).toMatchObject({ recruit: true, veteran: false });
  });
});

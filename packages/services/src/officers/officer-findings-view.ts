import { type DayNumber, timeZone } from '@muster/kernel';
import type { Actor } from '../access/actor.ts';
import { type FindingDto, findingDto } from '../roster/dto.ts';
import { officerFindings, overrideFor } from '../roster/officer-findings.ts';
import type { ServiceContext } from '../service-context.ts';
import { scheduleReaderOfficer } from './schedule-reader-officer.ts';

/** One officer's findings on local days `from`..`to` (their zone), as the roster board shows them. */
export async function officerFindingsView(
  ctx: ServiceContext,
  actor: Actor,
  officerId: string,
  from: DayNumber,
  to: DayNumber,
): Promise<{ findings: FindingDto[]; policyVersion: number }> {
  const officer = await scheduleReaderOfficer(ctx, actor, officerId, 'the findings');
  const zone = timeZone(officer.timeZone);
  const checked = await officerFindings(ctx, [officer], from, to, zone);
  return { findings: checked.findings.map((f) => findingDto(f, zone, overrideFor(f, checked.overrides))), policyVersion: checked.policyVersion };
}

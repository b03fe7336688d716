// Writes the example agency in examples/: eight officers of one field office over four weeks that
// cross the spring-forward night (2026-03-08, America/Chicago), each showing particular rules.
// Run: node --import tsx scripts/make-examples.ts
import { writeFileSync } from 'node:fs';

const officers = [
  ['O-1001', 'Maria Alvarez', 'North', 'Senior Officer', '2009-06-01', '4', 'full', 'America/Chicago'],
  ['O-1002', 'James Okafor', 'North', 'Officer', '2018-02-12', '0', 'full', 'America/Chicago'],
  ['O-1003', 'Lena Fischer', 'North', 'Officer Trainee', '2025-11-03', '0', 'abbreviated', 'America/Chicago'],
  ['O-1004', 'Dmitri Sokolov', 'North', 'Officer', '2015-09-21', '2', 'full', 'America/Chicago'],
  ['O-1005', 'Aisha Rahman', 'North', 'Officer', '2020-04-06', '0', 'full', 'America/Chicago'],
  ['O-1006', 'Tom Becker', 'North', 'Sergeant', '2011-01-10', '0', 'full', 'America/Chicago'],
  ['O-1007', 'Grace Kim', 'North', 'Officer', '2024-08-19', '7', 'lateral', 'America/Chicago'],
  ['O-1008', 'Carlos Mendes', 'West', 'Officer', '2016-03-14', '0', 'full', 'America/Phoenix'],
];

const rows: string[][] = [];
const add = (id: string, start: string, end: string, kind: string, op = '', role = ''): void => {
  rows.push([id, start, end, kind, op, role]);
};
const day = (d: number): string => {
  const date = new Date(Date.UTC(2026, 1, 23 + d)); // 2026-02-23 is a Monday
  return date.toISOString().slice(0, 10);
};
const weekday = (d: number): number => (d % 7) + 1; // 1 = Monday … 7 = Sunday

for (let d = 0; d < 28; d++) {
  const wd = weekday(d);
  // O-1001: steady 8-h day shifts Monday to Friday: no findings.
  if (wd <= 5) add('O-1001', `${day(d)}T07:00`, `${day(d)}T15:00`, 'regular');
  // O-1002: 10-h nights, Thursday to Monday (five in a row), across the spring-forward night.
  if (wd >= 4 || wd === 1) add('O-1002', `${day(d)}T22:00`, `${day(d + 1)}T08:00`, 'regular');
  // O-1003: recruit on 12-h days, Tuesday to Friday; holdovers and a quick return.
  if (wd >= 2 && wd <= 5) {
    add('O-1003', `${day(d)}T06:00`, `${day(d)}T18:00`, 'regular');
    if (d === 8) add('O-1003', `${day(d)}T18:00`, `${day(d)}T22:30`, 'overtime');
  }
  // O-1004: 10-h days with heavy overtime and no day off in the second and third weeks.
  if (wd <= 5 || (d >= 7 && d <= 15)) {
    add('O-1004', `${day(d)}T07:00`, `${day(d)}T17:00`, 'regular');
    if (d >= 5 && d <= 20) add('O-1004', `${day(d)}T17:00`, `${day(d)}T${d % 3 === 0 ? '23:30' : '22:00'}`, 'overtime');
  }
  // O-1005: 8-h days; a PIT driver on operation OP-2026-014 after her PIT certification lapsed.
  if (wd <= 5 && d !== 17) add('O-1005', `${day(d)}T08:00`, `${day(d)}T16:00`, 'regular');
  // O-1006: sergeant on days with on-call weeks; a callback while on call.
  if (wd <= 5) add('O-1006', `${day(d)}T07:00`, `${day(d)}T15:00`, 'regular');
  // O-1007: lateral hire covering vacancies: thirteen duty days in a row.
  if (d >= 2 && d <= 14) add('O-1007', `${day(d)}T14:00`, `${day(d)}T22:00`, 'regular');
  else if (d >= 17 && wd <= 5) add('O-1007', `${day(d)}T14:00`, `${day(d)}T22:00`, 'regular');
  // O-1008: four 10-h days in Arizona (no daylight saving), one court appearance.
  if (wd <= 4) add('O-1008', `${day(d)}T06:00`, `${day(d)}T16:00`, 'regular');
}
add('O-1003', `${day(12)}T09:00`, `${day(12)}T12:00`, 'court'); // a Saturday in court
add('O-1005', `${day(17)}T19:00`, `${day(18)}T03:00`, 'overtime', 'OP-2026-014', 'pit-driver');
add('O-1007', `${day(17)}T06:00`, `${day(17)}T10:00`, 'training', 'OP-2026-014', 'entry-team');
add('O-1006', `${day(5)}T15:00`, `${day(6)}T07:00`, 'on_call');
add('O-1006', `${day(5)}T23:10`, `${day(6)}T02:40`, 'overtime'); // callback while on call
add('O-1008', `${day(10)}T17:00`, `${day(10)}T19:00`, 'court');

rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1));
const csv = (header: string, data: string[][]): string => `${header}\n${data.map((r) => r.join(',')).join('\n')}\n`;
writeFileSync('examples/officers.csv', csv('officer_id,name,unit,rank,hire_date,prior_le_years,academy_track,timezone', officers));
writeFileSync('examples/shifts.csv', csv('officer_id,start,end,kind,operation_id,role', rows));
writeFileSync(
  'examples/qualifications.csv',
  csv('officer_id,qualification,issued,expires', [
    ['O-1001', 'firearms', '2025-12-01', '2026-05-31'],
    ['O-1005', 'vehicle-pursuit', '2025-01-15', '2027-01-14'],
    ['O-1005', 'pit', '2025-03-13', '2026-03-12'],
    ['O-1007', 'firearms', '2026-01-10', '2026-07-09'],
    ['O-1007', 'high-risk-warrant', '2025-06-01', '2026-05-31'],
    ['O-1004', 'firearms', '2025-10-01', '2026-03-31'],
  ]),
);

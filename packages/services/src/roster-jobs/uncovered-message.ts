import { formatDay } from '@muster/kernel';
import type { UncoveredDemand } from './explain-uncovered.ts';

/** "3 officers lack" / "1 officer lacks". */
const officers = (n: number, verb: string, singular = verb): string => (n === 1 ? `1 officer ${singular}` : `${n} officers ${verb}`);

/** An uncovered slot in English: what is short, and what kept each group of the unit's officers off it. */
export function uncoveredMessage(u: UncoveredDemand): string {
  const o = u.officers;
  const parts: string[] = [];
  if (o.notQualified > 0) parts.push(`${officers(o.notQualified, 'lack', 'lacks')} ${u.required.length > 0 ? u.required.join(' or ') : 'a qualification'}`);
  if (o.alreadyScheduled > 0) parts.push(officers(o.alreadyScheduled, 'already work that day', 'already works that day'));
  for (const [rule, n] of Object.entries(o.wouldBreak)) parts.push(`${officers(n, 'would break')} ${rule}`);
  if (o.available > 0) parts.push(officers(o.available, 'could take it without a block finding'));
  const head = `${formatDay(u.day)} ${u.template} ${u.role}: ${u.missing} short`;
  const hint = o.available > 0 ? 'Maybe run the job longer.' : 'Maybe lower the demand, schedule overtime, or move a shift.';
  return `${head}. ${parts.length > 0 ? `Of the unit, ${parts.join('; ')}. ` : 'The unit has no officers. '}${hint}`;
}

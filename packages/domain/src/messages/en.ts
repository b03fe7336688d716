import { type Instant, type TimeZone, formatDay, formatLocalMinute, formatMonthIndex } from '@muster/kernel';
import type { Finding } from '../findings/finding.ts';
import { findRule } from '../rules/default-rules.ts';

type Render = (finding: Finding, say: Say) => string;

/** Formatting helpers a message uses, bound to the officer's time zone. */
interface Say {
  hours(value: number): string;
  time(at: Instant): string;
  day(day: number): string;
  span(finding: Finding): string;
  fact(name: string): string | number;
}

/**
 * The English wording of every finding, keyed by rule id. Findings stay data until here, so a
 * report, the API and the web app all say the same thing.
 */
export const MESSAGES_EN: Readonly<Record<string, Render>> = {
  'duty.max-length': (f, say) =>
    `Duty period of ${say.hours(f.measured)} (${say.span(f)}) is longer than the ${say.hours(f.limit)} ${f.level} limit` +
    (Number(say.fact('records')) > 1 ? `; it joins ${say.fact('records')} records that touch or overlap (holdovers count).` : '.'),
  'rest.min-between-duties': (f, say) => `Only ${say.hours(f.measured)} rest between duties (${say.span(f)}); the ${f.level} limit is at least ${say.hours(f.limit)}.`,
  'hours.max-rolling-48h': (f, say) => rolling('48 hours', f, say),
  'hours.max-rolling-96h': (f, say) => rolling('96 hours', f, say),
  'hours.max-rolling-7d': (f, say) => rolling('7 days', f, say),
  'days.max-consecutive-duty-days': (f, say) =>
    `${f.measured} consecutive duty days (${say.day(Number(say.fact('firstDay')))} to ${say.day(Number(say.fact('lastDay')))}); more than ${f.limit} is a ${f.level}.`,
  'nights.max-consecutive': (f, say) =>
    `${f.measured} night duties on consecutive days (${say.day(Number(say.fact('firstDay')))} to ${say.day(Number(say.fact('lastDay')))}); more than ${f.limit} is a ${f.level}: risk rises with each successive night.`,
  'days-off.min-per-7-days': (f, say) =>
    `${f.measured} consecutive local days without a full day off (${say.day(Number(say.fact('firstDay')))} to ${say.day(Number(say.fact('lastDay')))}); ${f.limit} or more is a ${f.level}.`,
  'overtime.max-monthly': (f, say) =>
    `${say.hours(f.measured)} of overtime in ${formatMonthIndex(Number(say.fact('month')))} across ${say.fact('records')} records; more than ${say.hours(f.limit)} is a ${f.level}.`,
  'qualification.required': (f, say) => {
    const where = say.fact('operation') ? ` on operation ${say.fact('operation')}` : '';
    const status = say.fact('status');
    const day = say.fact('statusDay');
    const why =
      status === 'never-held'
        ? 'the officer holds no record of it'
        : status === 'expired'
          ? `it expired on ${say.day(Number(day))}`
          : status === 'not-yet-valid'
            ? `it is valid only from ${say.day(Number(day))}`
            : `it lapses on ${say.day(Number(day))}`;
    return `Role "${say.fact('role')}"${where} requires qualification "${say.fact('qualification')}", but ${why}: ${say.hours(f.measured)} of the ${say.hours(Number(say.fact('recordHours')))} record (${say.span(f)}) is not covered.`;
  },
};

function rolling(window: string, f: Finding, say: Say): string {
  const windows = Number(say.fact('windows'));
  const also = windows > 1 ? ` (worst of ${windows} overlapping windows over the limit)` : '';
  const comparison = findRule(f.ruleId)?.comparison === 'at-or-above' ? `${say.hours(f.limit)} or more` : `more than ${say.hours(f.limit)}`;
  return `${say.hours(f.measured)} of duty in the ${window} from ${say.time(f.start)}${also}; ${comparison} is a ${f.level}.`;
}

/** The English message of a finding, with times in `zone` (the officer's). */
export function renderFinding(finding: Finding, zone: TimeZone): string {
  const render = MESSAGES_EN[finding.ruleId];
  if (!render) return `${finding.ruleId}: measured ${finding.measured} ${finding.unit}, limit ${finding.limit}.`;
  const say: Say = {
    hours: formatHours,
    time: (at) => formatLocalMinute(at, zone),
    day: formatDay,
    span: (f) => `${formatLocalMinute(f.start, zone)} to ${formatLocalMinute(f.end, zone)}`,
    fact: (name) => finding.facts[name] ?? '',
  };
  return render(finding, say);
}

/** `13.5 h`, `10 h`, `9.25 h`: hours to at most two decimals. */
export function formatHours(value: number): string {
  return `${Math.round(value * 100) / 100} h`;
}

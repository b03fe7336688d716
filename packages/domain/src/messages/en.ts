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
  'fatigue.kss-on-duty': (f, say) => {
    const tier = say.fact('tier');
    const blockNote = f.level === 'block' ? `; on a ${tier}-tier operation ${f.limit} or more blocks` : `; ${f.limit} or more is a warn`;
    return `Predicted sleepiness peaks at ${kss(f.measured)} at ${say.time(Number(say.fact('peakAt')) as Instant)}, ${hoursText(Number(say.fact('hoursAwake')))} after waking${blockNote}. ${sleepText(say)} ${GROUP_AVERAGE}`;
  },
  'fatigue.lapses-on-duty': (f, say) =>
    `Predicted attention lapses peak at ${round1(f.measured)} PVT lapses at ${say.time(Number(say.fact('peakAt')) as Instant)}; ${f.limit} or more is a ${f.level}. ${sleepText(say)} ${GROUP_AVERAGE}`,
  'fatigue.awake-at-end-of-duty': (f, say) =>
    `${say.hours(f.measured)} awake at the end of this duty (${say.span(f)}); ${say.hours(f.limit)} or more is a ${f.level}: 17 h awake impairs performance about as much as 0.05 % blood alcohol. ${sleepText(say)}`,
  'fatigue.risk-index': (f, say) => {
    const parts = [
      [say.fact('shiftType') === 'night' ? 'night' : say.fact('shiftType') === 'afternoon' ? 'afternoon/evening' : 'morning', Number(say.fact('timeOfDay'))],
      [`${ordinal(Number(say.fact('successiveCount')))} in a row`, Number(say.fact('successive'))],
      [`${say.hours((f.end - f.start) / 3_600_000)} long`, Number(say.fact('shiftLength'))],
      [`rest before ${Number.isNaN(Number(say.fact('restBeforeHours'))) ? 'unknown' : say.hours(Number(say.fact('restBeforeHours')))}`, Number(say.fact('quickReturn'))],
      ['breaks as assumed', Number(say.fact('breaks'))],
    ]
      .filter(([, factor]) => Number(factor) !== 1)
      .map(([what, factor]) => `${what} +${Math.round((Number(factor) - 1) * 100)} %`);
    return `Schedule-risk index ${round2(f.measured)}: about ${round2(f.measured)} times the incident risk of a single 8-h day shift (${parts.join(', ')}); ${f.limit} or more is a ${f.level}.`;
  },
};

const GROUP_AVERAGE = 'A group-average prediction from the roster, not a measurement of this officer.';

function sleepText(say: Say): string {
  if (say.fact('sleepRule') === 'steady-state' || say.fact('sleepStart') === '') return 'Assumed sleep: the habitual pattern before the first duty.';
  const source = say.fact('sleepSource') === 'logged' ? 'logged' : `inferred, ${say.fact('sleepRule')}`;
  return `Assumed sleep before it: ${say.time(Number(say.fact('sleepStart')) as Instant)} to ${say.time(Number(say.fact('sleepEnd')) as Instant)} (${source}).`;
}

/** KSS for people: the scale ends at 9, so a model value above it is said as such. */
function kss(value: number): string {
  return value > 9 ? `above 9 on the KSS (model value ${round2(value)})` : `KSS ${round1(value)}`;
}

function hoursText(hours: number): string {
  return Number.isNaN(hours) ? 'an unknown time' : formatHours(hours);
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

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

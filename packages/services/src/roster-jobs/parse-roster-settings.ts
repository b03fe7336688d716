import { DUTY_KINDS, type DutyKind, type Policy, type ShiftTemplate } from '@muster/domain';
import { AppError } from '@muster/kernel';
import type { WeeklyDemand } from '../ports/roster-settings-store.ts';
import { WEEKDAYS } from './weekdays.ts';

/** A unit's roster settings as a client sends them: local "HH:MM" times and weekday names. */
export interface RosterSettingsInput {
  readonly templates: readonly { readonly id: string; readonly start: string; readonly end: string; readonly kind: string }[];
  readonly weeklyDemand: readonly {
    readonly template: string;
    readonly weekday: string;
    readonly role: string;
    readonly count: number;
    readonly requiredQualifications?: readonly string[];
  }[];
}

/** One problem of a settings document: where (`weeklyDemand.3.template`) and what. */
export interface SettingsIssue {
  readonly path: string;
  readonly message: string;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** Templates are worked duty; being on call is not a shift to staff. */
const TEMPLATE_KINDS = DUTY_KINDS.filter((kind) => kind !== 'on_call');
/** More officers than this on one shift of one unit is a typing mistake. */
export const MAX_DEMAND_COUNT = 1000;

/**
 * Checks a settings document against itself and the policy's qualification catalogue and returns
 * it in the domain's terms; every problem is collected and raised at once as
 * `roster-settings.invalid` with `details.issues`.
 */
export function parseRosterSettings(input: RosterSettingsInput, policy: Policy): { templates: ShiftTemplate[]; weeklyDemand: WeeklyDemand[] } {
  const issues: SettingsIssue[] = [];
  const problem = (path: string, message: string): void => void issues.push({ path, message });
  const templates: ShiftTemplate[] = [];
  input.templates.forEach((t, i) => {
    const at = `templates.${i}`;
    const [start, end] = [clockMinutes(t.start), clockMinutes(t.end)];
    if (t.id.trim() === '') problem(`${at}.id`, 'a template needs an id');
    else if (templates.some((other) => other.id === t.id)) problem(`${at}.id`, `template "${t.id}" is defined twice`);
    if (start === undefined) problem(`${at}.start`, `expected a local time "HH:MM", got "${t.start}"`);
    if (end === undefined) problem(`${at}.end`, `expected a local time "HH:MM", got "${t.end}"`);
    if (start !== undefined && start === end) problem(`${at}.end`, `end ${t.end} equals start: a shift of 0 or 24 hours. Maybe two shorter templates?`);
    const kind = TEMPLATE_KINDS.find((k) => k === t.kind);
    if (kind === undefined) problem(`${at}.kind`, `a template is worked duty: one of ${TEMPLATE_KINDS.join(', ')}, got "${t.kind}"`);
    if (start !== undefined && end !== undefined && kind !== undefined) templates.push({ id: t.id, startMinutes: start, endMinutes: end, kind: kind as DutyKind });
  });
  const templateIds = new Set(input.templates.map((t) => t.id));
  const known = new Set(policy.qualifications.map((q) => q.id));
  const rows = new Set<string>();
  const weeklyDemand: WeeklyDemand[] = [];
  input.weeklyDemand.forEach((d, i) => {
    const at = `weeklyDemand.${i}`;
    const weekday = (WEEKDAYS as readonly string[]).indexOf(d.weekday);
    const required = [...(d.requiredQualifications ?? [])];
    if (!templateIds.has(d.template)) problem(`${at}.template`, `unknown template "${d.template}"; the settings define ${[...templateIds].join(', ') || 'none'}`);
    if (weekday < 0) problem(`${at}.weekday`, `expected one of ${WEEKDAYS.join(', ')}, got "${d.weekday}"`);
    if (d.role.trim() === '') problem(`${at}.role`, 'a demand row needs a role (e.g. patrol)');
    if (!Number.isInteger(d.count) || d.count < 1 || d.count > MAX_DEMAND_COUNT)
      problem(`${at}.count`, `expected a whole number of officers from 1 to ${MAX_DEMAND_COUNT}, got ${d.count}`);
    for (const q of required) {
      if (!known.has(q)) problem(`${at}.requiredQualifications`, `unknown qualification "${q}"; the policy's catalogue has ${[...known].join(', ')}`);
    }
    const key = `${d.template}|${d.weekday}|${d.role}`;
    if (rows.has(key)) problem(`${at}`, `${d.template} on ${d.weekday} for ${d.role} is listed twice. Maybe add the counts into one row?`);
    rows.add(key);
    weeklyDemand.push({ template: d.template, weekday, role: d.role, count: d.count, requiredQualifications: [...new Set(required)] });
  });
  if (issues.length > 0) {
    const listed = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new AppError('roster-settings.invalid', `The roster settings have ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${listed}.`, { issues });
  }
  return { templates, weeklyDemand };
}

function clockMinutes(text: string): number | undefined {
  const match = CLOCK.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

import { type Result, TimeZone, err, ok, readIsoDate } from '@muster/kernel';
import { fatigueParameterProblems } from '@muster/fatigue';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { z } from 'zod';
import { DEFAULT_RULES, findRule } from '../rules/default-rules.ts';
import type { RuleDefinition, RuleSettings } from '../rules/rule-definition.ts';
import { isAtLeastAsStrict } from '../rules/thresholds.ts';
import { DEFAULT_POLICY } from './default-policy.ts';
import { mergeOverDefaults, schemaFromDefaults } from './schema-from-defaults.ts';
import type { Policy } from './policy.ts';

/** A problem in a policy file, naming the key (`rules.duty.max-length.warn`) and where it is. */
export const POLICY_ISSUE_CODES = ['policy.yaml', 'policy.invalid', 'policy.unknown-key', 'policy.inconsistent'] as const;

export interface PolicyIssue {
  readonly code: (typeof POLICY_ISSUE_CODES)[number];
  readonly key: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

const threshold = z.number().nonnegative().nullable();
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

function ruleSchema(rule: RuleDefinition) {
  const base = z.object({ enabled: z.boolean().optional(), warn: threshold.optional(), block: threshold.optional() });
  const params = rule.paramsSchema as z.ZodObject | undefined;
  return (params ? base.extend(params.partial().shape) : base).strict();
}

const policySchema = z
  .object({
    name: z.string().min(1).optional(),
    timezone: z.string().min(1).optional(),
    rules: z
      .object(Object.fromEntries(DEFAULT_RULES.map((rule) => [rule.id, ruleSchema(rule).optional()])))
      .strict()
      .optional(),
    pay: z
      .object({
        flsa7k: z
          .object({ periodDays: z.number().int().min(7).max(28).optional(), anchor: z.string().optional() })
          .strict()
          .optional(),
        title5: z
          .object({ dailyHours: z.number().positive().max(24).optional(), weeklyHours: z.number().positive().max(168).optional(), weekStartsOn: z.enum(WEEKDAYS).optional() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    qualifications: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id like "firearms"'),
            name: z.string().min(1),
            validityMonths: z.number().int().positive(),
            warningDays: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .optional(),
    roles: z.record(z.string(), z.array(z.string())).optional(),
    fatigue: schemaFromDefaults(DEFAULT_POLICY.fatigue).optional(),
    statistics: z
      .object({ minimumGroupSize: z.number().int().min(1).max(1000).optional() })
      .strict()
      .optional(),
  })
  .strict();

type PolicyFile = z.infer<typeof policySchema>;

/**
 * Reads a YAML policy. Whatever the file leaves out keeps the built-in default, so a policy file
 * holds only an agency's differences. Every problem is returned, each naming its key.
 */
export function parsePolicy(yamlText: string): Result<Policy, PolicyIssue[]> {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return err(
      document.errors.map((e) => {
        const position = lineCounter.linePos(e.pos[0]);
        return { code: 'policy.yaml' as const, key: '', line: position.line, column: position.col, message: e.message.split('\n')[0] ?? e.message };
      }),
    );
  }
  const raw: unknown = document.toJS() ?? {};
  // Points at the key itself (or the list item), so "unknown key" lands on the misspelt line.
  const where = (path: readonly PropertyKey[]): { line?: number; column?: number } => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1) as unknown[], true);
      const key = path[depth - 1];
      let offset: number | undefined;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      } else if (isSeq(parent) && typeof key === 'number') {
        const item = parent.items[key] as { range?: [number, number, number] } | undefined;
        offset = item?.range?.[0];
      }
      if (offset !== undefined) {
        const position = lineCounter.linePos(offset);
        return { line: position.line, column: position.col };
      }
    }
    return {};
  };
  const parsed = policySchema.safeParse(raw);
  if (!parsed.success) {
    return err(parsed.error.issues.flatMap((issue) => describeIssue(issue, where)));
  }
  return buildPolicy(parsed.data, where);
}

function describeIssue(issue: z.core.$ZodIssue, where: (path: readonly PropertyKey[]) => { line?: number; column?: number }): PolicyIssue[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const full = [...path, key];
      const hint = path.length === 1 && path[0] === 'rules' ? closestRule(key) : undefined;
      return {
        code: 'policy.unknown-key' as const,
        key: keyName(full),
        ...where(full),
        message: `unknown key "${key}"${hint ? `. Maybe "${hint}"?` : ''}`,
      };
    });
  }
  return [{ code: 'policy.invalid', key: keyName(path), ...where(path), message: issue.message }];
}

function buildPolicy(file: PolicyFile, where: (path: readonly PropertyKey[]) => { line?: number; column?: number }): Result<Policy, PolicyIssue[]> {
  const issues: PolicyIssue[] = [];
  const timeZone = file.timezone ?? DEFAULT_POLICY.timeZone;
  if (!TimeZone.find(timeZone)) {
    issues.push({ code: 'policy.invalid', key: 'timezone', ...where(['timezone']), message: `unknown IANA time zone "${timeZone}". Maybe "America/Chicago"?` });
  }
  const rules: Record<string, RuleSettings> = { ...DEFAULT_POLICY.rules };
  for (const [id, override] of Object.entries(file.rules ?? {})) {
    if (!override) continue;
    const rule = findRule(id);
    if (!rule) continue; // unreachable: the schema rejects unknown rules
    const settings = { ...rules[id]!, ...override } as RuleSettings;
    if (settings.warn !== null && settings.block !== null && !isAtLeastAsStrict(settings.warn, settings.block, rule.comparison)) {
      issues.push({
        code: 'policy.inconsistent',
        key: `rules.${id}`,
        ...where(['rules', id]),
        message: `warn (${settings.warn}) is less strict than block (${settings.block}) for a limit compared "${rule.comparison}". Maybe swap them?`,
      });
    }
    rules[id] = settings;
  }
  let anchor = DEFAULT_POLICY.pay.flsa7k.anchor;
  const anchorText = file.pay?.flsa7k?.anchor;
  if (anchorText !== undefined) {
    const day = readIsoDate(anchorText);
    if (typeof day === 'number') anchor = day;
    else issues.push({ code: 'policy.invalid', key: 'pay.flsa7k.anchor', ...where(['pay', 'flsa7k', 'anchor']), message: `expected a date YYYY-MM-DD, got "${anchorText}"` });
  }
  const qualifications = file.qualifications ?? DEFAULT_POLICY.qualifications;
  const known = new Set(qualifications.map((q) => q.id));
  const roles = file.roles ?? DEFAULT_POLICY.roles;
  for (const [role, required] of Object.entries(roles)) {
    required.forEach((id, index) => {
      if (!known.has(id)) {
        issues.push({
          code: 'policy.invalid',
          key: `roles.${role}.${index}`,
          ...where(['roles', role, index]),
          message: `qualification "${id}" is not in the qualification catalogue`,
        });
      }
    });
  }
  const fatigue = mergeOverDefaults(DEFAULT_POLICY.fatigue, file.fatigue);
  for (const problem of fatigueParameterProblems(fatigue)) {
    const path = ['fatigue', ...problem.key.split('.')];
    issues.push({ code: 'policy.invalid', key: path.join('.'), ...where(path), message: problem.message });
  }
  if (issues.length > 0) return err(issues);
  const title5 = file.pay?.title5;
  return ok({
    name: file.name ?? DEFAULT_POLICY.name,
    timeZone,
    rules,
    pay: {
      flsa7k: { periodDays: file.pay?.flsa7k?.periodDays ?? DEFAULT_POLICY.pay.flsa7k.periodDays, anchor },
      title5: {
        dailyHours: title5?.dailyHours ?? DEFAULT_POLICY.pay.title5.dailyHours,
        weeklyHours: title5?.weeklyHours ?? DEFAULT_POLICY.pay.title5.weeklyHours,
        weekStartsOn: title5?.weekStartsOn ? WEEKDAYS.indexOf(title5.weekStartsOn) : DEFAULT_POLICY.pay.title5.weekStartsOn,
      },
    },
    qualifications,
    roles,
    fatigue,
    statistics: { minimumGroupSize: file.statistics?.minimumGroupSize ?? DEFAULT_POLICY.statistics.minimumGroupSize },
  });
}

function keyName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function closestRule(key: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const rule of DEFAULT_RULES) {
    const d = editDistance(key, rule.id);
    if (d < bestDistance) {
      bestDistance = d;
      best = rule.id;
    }
  }
  return bestDistance <= Math.max(3, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

import { type Instant, IsoDateTimeReader, TimeZone, instant } from '@muster/kernel';
import { z } from 'zod';
import { RISK_TIERS, type Operation } from '../model/operation.ts';
import type { IssueCollector } from './import-issue.ts';

const role = z
  .object({
    role: z.string().min(1),
    count: z.number().int().positive(),
    requiredQualifications: z.array(z.string().min(1)).default([]),
    lead: z.boolean().optional(),
    driving: z.boolean().optional(),
  })
  .strict();
const operationSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    start: z.string(),
    end: z.string(),
    timezone: z.string().optional(),
    riskTier: z.enum(RISK_TIERS),
    roles: z.array(role).min(1),
  })
  .strict();
const fileSchema = z.union([z.object({ operations: z.array(operationSchema) }).strict(), z.array(operationSchema)]);

/**
 * Reads an operations file: JSON, either `{"operations": [...]}` or a bare array. Times are ISO
 * 8601; without an offset they are wall-clock in the operation's `timezone` or `defaultZone`.
 */
export function parseOperations(file: string, text: string, defaultZone: string, issues: IssueCollector): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    issues.add({ code: 'import.bad-value', file, line: 1, column: 1, message: `not valid JSON: ${(e as Error).message}` });
    return operations;
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.add({ code: 'import.bad-value', file, line: 1, column: 1, field: issue.path.map(String).join('.'), message: issue.message });
    }
    return operations;
  }
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.operations;
  const reader = new IsoDateTimeReader();
  list.forEach((op, index) => {
    const at = (field: 'start' | 'end'): Instant | undefined => {
      const zone = TimeZone.find(op.timezone ?? defaultZone);
      if (!zone) {
        issues.add({ code: 'import.unknown-time-zone', file, line: 1, column: 1, field: `operations.${index}.timezone`, message: `unknown IANA time zone "${op.timezone}"` });
        return undefined;
      }
      if (!reader.read(op[field])) {
        issues.add({ code: 'import.bad-time', file, line: 1, column: 1, field: `operations.${index}.${field}`, message: `bad time "${op[field]}"` });
        return undefined;
      }
      const value = reader.hasOffset ? instant(reader.value) : zone.toInstant(reader.value);
      if (value === undefined) {
        issues.add({
          code: 'import.nonexistent-local-time',
          file,
          line: 1,
          column: 1,
          field: `operations.${index}.${field}`,
          message: `"${op[field]}" does not exist in ${zone.name}`,
        });
      }
      return value;
    };
    const start = at('start');
    const end = at('end');
    if (operations.has(op.id)) {
      issues.add({ code: 'import.duplicate-id', file, line: 1, column: 1, field: `operations.${index}.id`, message: `operation "${op.id}" is defined twice` });
      return;
    }
    if (start === undefined || end === undefined) return;
    if (end <= start) {
      issues.add({ code: 'import.end-not-after-start', file, line: 1, column: 1, field: `operations.${index}.end`, message: `operation "${op.id}" ends before it starts` });
      return;
    }
    operations.set(op.id, {
      id: op.id,
      name: op.name,
      start,
      end,
      riskTier: op.riskTier,
      timeZone: op.timezone ?? defaultZone,
      roles: op.roles.map((r) => ({
        role: r.role,
        count: r.count,
        requiredQualifications: r.requiredQualifications,
        ...(r.lead === undefined ? {} : { lead: r.lead }),
        ...(r.driving === undefined ? {} : { driving: r.driving }),
      })),
    });
  });
  return operations;
}

import type { StoredOperation } from '../ports/operation-store.ts';
import type { StaffingSummary } from '../staffing/staffing-summaries.ts';

/**
 * An operation as the wire shows it: instants in UTC ISO 8601, `unitId` null when agency-wide, and
 * its staffing when the reader may see its proposals.
 */
export function operationDto(o: StoredOperation, staffing?: StaffingSummary) {
  return {
    id: o.id,
    name: o.name,
    unitId: o.unitId ?? null,
    start: new Date(o.start).toISOString(),
    end: new Date(o.end).toISOString(),
    riskTier: o.riskTier,
    ...(o.timeZone === undefined ? {} : { timeZone: o.timeZone }),
    roles: o.roles.map((r) => ({
      role: r.role,
      count: r.count,
      requiredQualifications: [...r.requiredQualifications],
      ...(r.lead === undefined ? {} : { lead: r.lead }),
      ...(r.driving === undefined ? {} : { driving: r.driving }),
    })),
    ...(staffing === undefined ? {} : { staffing }),
  };
}

export type OperationDto = ReturnType<typeof operationDto>;

import { type Finding, type Officer, type Unit, renderFinding } from '@muster/domain';
import { type Instant, TimeZone, formatDay } from '@muster/kernel';
import type { StoredDutyRecord } from '../ports/duty-store.ts';
import type { OverrideRecord } from '../ports/override-store.ts';

const iso = (at: Instant): string => new Date(at).toISOString();

/** An officer as the wire shows it. */
export function officerDto(o: Officer) {
  return {
    id: o.id,
    name: o.name,
    unit: o.unit,
    rank: o.rank,
    hireDate: formatDay(o.hireDate),
    priorLeYears: o.priorLeYears,
    academyTrack: o.academyTrack,
    timeZone: o.timeZone,
  };
}

export type OfficerDto = ReturnType<typeof officerDto>;

/** A duty record as the wire shows it: instants in UTC ISO 8601. */
export function dutyRecordDto(r: StoredDutyRecord) {
  return {
    id: r.id,
    officerId: r.officerId,
    start: iso(r.start),
    end: iso(r.end),
    kind: r.kind,
    status: r.status,
    ...(r.operationId === undefined ? {} : { operationId: r.operationId }),
    ...(r.role === undefined ? {} : { role: r.role }),
    updatedAt: iso(r.updatedAt),
  };
}

export type DutyRecordDto = ReturnType<typeof dutyRecordDto>;

/** A finding with its English message (times in the officer's zone) and the override that lets it stand, if any. */
export function findingDto(f: Finding, zone: TimeZone, override?: OverrideRecord) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    officerId: f.officerId,
    start: iso(f.start),
    end: iso(f.end),
    measured: f.measured,
    limit: f.limit,
    unit: f.unit,
    facts: f.facts,
    message: renderFinding(f, zone),
    ...(override === undefined ? {} : { overrideId: override.id }),
  };
}

export type FindingDto = ReturnType<typeof findingDto>;

export function unitDto(u: Unit) {
  return { id: u.id, name: u.name, fieldOffice: u.fieldOffice, timeZone: u.timeZone };
}

export function overrideDto(o: OverrideRecord) {
  return {
    id: o.id,
    officerId: o.officerId,
    ruleId: o.ruleId,
    findingStart: iso(o.findingStart),
    findingEnd: iso(o.findingEnd),
    reason: o.reason,
    expiresAt: iso(o.expiresAt),
    approvedBy: o.approvedBy,
    createdAt: iso(o.createdAt),
    ...(o.revokedAt === undefined ? {} : { revokedAt: iso(o.revokedAt) }),
  };
}

import { AppError } from '@muster/kernel';
import type { Officer } from '@muster/domain';
import type { Actor } from './actor.ts';

/**
 * Who may see and do what — the one place the services decide it.
 *
 * | role | officers and their records | writes |
 * |---|---|---|
 * | officer | their own | none |
 * | supervisor | officers of their units | duty records, overrides, operations in their units |
 * | training | every officer's profile and qualifications (no duty records) | qualifications |
 * | leadership | everything, read only; the audit log | none |
 * | analyst | aggregates only, no individual officer | none |
 * | admin | everything; the audit log | everything, accounts too |
 */
export type OfficerScope =
  { readonly kind: 'all' } | { readonly kind: 'units'; readonly unitIds: readonly string[] } | { readonly kind: 'self'; readonly officerId: string } | { readonly kind: 'none' };

/** Which officers' profiles the actor may read. */
export function officerScope(actor: Actor): OfficerScope {
  switch (actor.role) {
    case 'admin':
    case 'leadership':
    case 'training':
      return { kind: 'all' };
    case 'supervisor':
      return { kind: 'units', unitIds: actor.unitIds };
    case 'officer':
      return actor.officerId === undefined ? { kind: 'none' } : { kind: 'self', officerId: actor.officerId };
    case 'analyst':
      return { kind: 'none' };
  }
}

/** Whether the actor may read this officer's profile. */
export function canSeeOfficer(actor: Actor, officer: Officer): boolean {
  const scope = officerScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'units') return scope.unitIds.includes(officer.unit);
  if (scope.kind === 'self') return scope.officerId === officer.id;
  return false;
}

/** Whether the actor may read the officer's duty records, hours and fatigue (training may not). */
export function canSeeSchedule(actor: Actor, officer: Officer): boolean {
  return actor.role !== 'training' && canSeeOfficer(actor, officer);
}

/** Whether the actor may see a whole unit's roster. */
export function canSeeUnit(actor: Actor, unitId: string): boolean {
  if (actor.role === 'admin' || actor.role === 'leadership') return true;
  return actor.role === 'supervisor' && actor.unitIds.includes(unitId);
}

/** Whether the actor may change a unit's duty records, operations and roster. */
export function canScheduleUnit(actor: Actor, unitId: string): boolean {
  return actor.role === 'admin' || (actor.role === 'supervisor' && actor.unitIds.includes(unitId));
}

/** Only a supervisor of the officer's unit may let a block finding stand (never an admin acting alone). */
export function canOverride(actor: Actor, unitId: string): boolean {
  return actor.role === 'supervisor' && actor.unitIds.includes(unitId);
}

/**
 * Whether the actor may see an operation (`unitId` undefined: agency-wide): admin, leadership and
 * training all; a supervisor those of their units and agency-wide ones; an officer those they are
 * `assigned` to; an analyst none.
 */
export function canSeeOperation(actor: Actor, unitId: string | undefined, assigned: boolean): boolean {
  switch (actor.role) {
    case 'admin':
    case 'leadership':
    case 'training':
      return true;
    case 'supervisor':
      return unitId === undefined || actor.unitIds.includes(unitId);
    case 'officer':
      return assigned;
    case 'analyst':
      return false;
  }
}

/** Whether the actor may create, staff and decide an operation: a supervisor of its unit or an admin (agency-wide: admin only). */
export function canStaffOperation(actor: Actor, unitId: string | undefined): boolean {
  return unitId === undefined ? actor.role === 'admin' : canScheduleUnit(actor, unitId);
}

/** Whether the actor may read an operation's staffing proposals (they show every candidate's schedule facts). */
export function canSeeProposals(actor: Actor, unitId: string | undefined): boolean {
  return actor.role === 'leadership' || canStaffOperation(actor, unitId);
}

/**
 * Whether the actor may read the readiness matrix (every officer's qualification status) of a unit,
 * or (`unitId` undefined) of every unit they see: training, leadership and admin any unit, a
 * supervisor their own units; officers and analysts none.
 */
export function canSeeReadiness(actor: Actor, unitId: string | undefined): boolean {
  if (actor.role === 'training' || actor.role === 'leadership' || actor.role === 'admin') return true;
  return actor.role === 'supervisor' && (unitId === undefined || actor.unitIds.includes(unitId));
}

export const canManageQualifications = (actor: Actor): boolean => actor.role === 'training' || actor.role === 'admin';
export const canManageOfficers = (actor: Actor): boolean => actor.role === 'admin';
/** Whether the actor schedules any unit: the gate before an upload of duty records is read at all. */
export const canScheduleSomeUnit = (actor: Actor): boolean => actor.role === 'admin' || (actor.role === 'supervisor' && actor.unitIds.length > 0);
/** Whether the actor may read anyone's schedule (training and analysts may not). */
export const canSeeSchedules = (actor: Actor): boolean => actor.role !== 'training' && officerScope(actor).kind !== 'none';
export const canReadAudit = (actor: Actor): boolean => actor.role === 'leadership' || actor.role === 'admin';
/** Whether the actor may read agency-wide aggregates (the dashboards): leadership, admin, analysts — never an individual officer's data. */
export const canSeeAggregates = (actor: Actor): boolean => actor.role === 'leadership' || actor.role === 'admin' || actor.role === 'analyst';
export const canEditPolicy = (actor: Actor): boolean => actor.role === 'admin';
/** Whether the actor may list, create and change accounts, and set their passwords. */
export const canManageAccounts = (actor: Actor): boolean => actor.role === 'admin';

/** Throws `access.forbidden` naming what was refused, unless `allowed`. */
export function requireAccess(allowed: boolean, actor: Actor, what: string): void {
  if (!allowed) throw new AppError('access.forbidden', `A ${actor.role} account may not ${what}.`, { role: actor.role, what });
}

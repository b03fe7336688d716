import type { RiskTier } from '@muster/domain';

/** A kind of operation the demo plans, with its staffing; roles' qualifications come from the policy. */
export interface OperationTemplate {
  /** The first part of the name: "Warrant service" in "Warrant service — North". */
  readonly kind: string;
  readonly riskTier: RiskTier;
  /** Local start, in minutes after midnight; none falls in a spring-forward gap (02:00–03:00). */
  readonly startMinutes: number;
  /** Length of the window, in hours (4–12). */
  readonly hours: number;
  /** How many officers each role needs, by role id of the policy's role catalogue. */
  readonly roles: Readonly<Record<string, number>>;
}

/**
 * Operations an enforcement field office plans, at least one per risk tier. Arrests start before
 * dawn (05:00–06:00) when targets are home; interdictions run in the evening traffic.
 */
export const OPERATION_TEMPLATES: readonly OperationTemplate[] = [
  { kind: 'Community safety detail', riskTier: 'low', startMinutes: 10 * 60, hours: 4, roles: { 'team-lead': 1, driver: 2, medic: 1 } },
  { kind: 'Prisoner transport', riskTier: 'low', startMinutes: 8 * 60, hours: 6, roles: { 'team-lead': 1, driver: 3 } },
  { kind: 'Surge', riskTier: 'elevated', startMinutes: 6 * 60, hours: 12, roles: { 'team-lead': 2, driver: 6, medic: 1 } },
  { kind: 'Vehicle interdiction', riskTier: 'elevated', startMinutes: 18 * 60, hours: 8, roles: { 'team-lead': 1, 'pit-driver': 2, driver: 4 } },
  { kind: 'Warrant service', riskTier: 'high', startMinutes: 5 * 60, hours: 6, roles: { 'team-lead': 1, 'entry-team': 6, driver: 2, medic: 1 } },
  { kind: 'Search warrant', riskTier: 'high', startMinutes: 6 * 60, hours: 8, roles: { 'team-lead': 1, 'entry-team': 5, driver: 2, medic: 1 } },
  { kind: 'Fugitive apprehension', riskTier: 'critical', startMinutes: 5 * 60 + 30, hours: 10, roles: { 'team-lead': 2, 'entry-team': 8, 'pit-driver': 2, driver: 2, medic: 2 } },
];

import type { Instant } from '@muster/kernel';

export const RISK_TIERS = ['low', 'elevated', 'high', 'critical'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

/** A role an operation needs filled, with how many officers and which qualifications each must hold. */
export interface OperationRole {
  readonly role: string;
  readonly count: number;
  readonly requiredQualifications: readonly string[];
  /** A lead role: never given to a recruit. */
  readonly lead?: boolean;
  /** A driving role (pursuit, PIT): only for officers holding the role's driving qualifications. */
  readonly driving?: boolean;
}

/** A planned operation (a warrant service, a surge) with its time window and staffing needs. */
export interface Operation {
  readonly id: string;
  readonly name: string;
  readonly start: Instant;
  readonly end: Instant;
  readonly riskTier: RiskTier;
  readonly roles: readonly OperationRole[];
  /** The IANA zone its times were given in, for showing them. */
  readonly timeZone?: string;
}

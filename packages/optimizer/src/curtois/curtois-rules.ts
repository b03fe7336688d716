/** The nine hard rules of the Curtois & Qu model (README "Hard constraints"), by name. */
export const CURTOIS_HARD_RULES = ['dayoff', 'rotation', 'maxShifts', 'minutes', 'maxCons', 'minCons', 'minOff', 'weekends'] as const;
export type CurtoisHardRule = (typeof CURTOIS_HARD_RULES)[number];

/** One broken hard rule, with how much it is broken by (days, shifts, weekends or minutes). */
export interface CurtoisViolation {
  readonly rule: CurtoisHardRule;
  readonly employee: number;
  /** The first day concerned, when the rule is about days. */
  readonly day?: number;
  readonly amount: number;
  readonly detail: string;
}

/** A hard/soft score: any hard amount outweighs every soft amount. Lower is better. */
export interface Score {
  readonly hard: number;
  readonly soft: number;
}

/** Negative when `a` is better than `b`. Hard first, then soft. */
export function compareScores(a: Score, b: Score): number {
  return a.hard !== b.hard ? a.hard - b.hard : a.soft - b.soft;
}

export function formatScore(score: Score): string {
  return `${Math.round(score.hard * 1000) / 1000}hard/${Math.round(score.soft * 1000) / 1000}soft`;
}

import type { ExcludedOfficer } from '../../api-client/wire-types.ts';

/** The gate an excluded officer failed, in words: the engine's gates by name, a policy rule by its id. */
export function gateLabel(gate: string): string {
  switch (gate) {
    case 'ranked-lower':
      return 'Qualified and available, ranked lower';
    case 'unavailable':
      return 'Unavailable: already on duty';
    case 'qualification':
      return 'Missing a qualification';
    case 'team.recruit-lead':
      return 'Recruit in a lead role';
    case 'team.veteran-ratio':
      return 'Too few veterans for the recruits';
    default:
      return `Would break rule ${gate}`;
  }
}

/** A gate and how many excluded officers fail it first. */
export interface GateGroup {
  readonly gate: string;
  readonly count: number;
}

/** The gates in the order a supervisor looks for a replacement: those who pass every gate first, then the largest groups. */
export function gateGroups(excluded: readonly ExcludedOfficer[]): GateGroup[] {
  const counts = new Map<string, number>();
  for (const e of excluded) counts.set(e.gate, (counts.get(e.gate) ?? 0) + 1);
  return [...counts]
    .map(([gate, count]) => ({ gate, count }))
    .sort((a, b) => Number(b.gate === 'ranked-lower') - Number(a.gate === 'ranked-lower') || b.count - a.count || a.gate.localeCompare(b.gate));
}

/** The excluded officers of one gate (all when `gate` is undefined) whose name, id or reason holds `query`, ignoring case. */
export function filterExcluded(excluded: readonly ExcludedOfficer[], gate: string | undefined, query: string): ExcludedOfficer[] {
  const needle = query.trim().toLowerCase();
  return excluded.filter(
    (e) =>
      (gate === undefined || e.gate === gate) &&
      (needle === '' || e.name.toLowerCase().includes(needle) || e.officerId.toLowerCase().includes(needle) || e.reason.toLowerCase().includes(needle)),
  );
}

import type { ReadinessMatrix, ReadinessStatus } from '../../api-client/wire-types.ts';

export type ReadinessCellData = ReadinessMatrix['officers'][number]['cells'][number];

/** The statuses in the legend's order, each with its word and the symbol shown beside the colour. */
export const STATUSES: readonly { readonly status: ReadinessStatus; readonly label: string; readonly symbol: string; readonly meaning: string }[] = [
  { status: 'valid', label: 'Valid', symbol: '✓', meaning: 'held, outside the warning window' },
  { status: 'expiring', label: 'Expiring', symbol: '!', meaning: 'inside the catalogue’s warning window before its last valid day' },
  { status: 'expired', label: 'Expired', symbol: '✕', meaning: 'its last valid day has passed' },
  { status: 'missing', label: 'Missing', symbol: '—', meaning: 'never held' },
];

const SYMBOL = Object.fromEntries(STATUSES.map((s) => [s.status, s.symbol])) as Record<ReadinessStatus, string>;

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** What a cell shows: the status symbol and the last valid day, or "—" when the qualification was never held. */
export function cellText(cell: ReadinessCellData): string {
  return cell.expires === null ? SYMBOL.missing : `${SYMBOL[cell.status]} ${cell.expires}`;
}

/** The cell in words, for its title and accessible name: qualification, status, days left, and whether it is due. */
export function cellDescription(cell: ReadinessCellData, qualificationName: string, before: string | null): string {
  if (cell.expires === null || cell.daysLeft === null) return `${qualificationName}: missing (never held)`;
  const standing =
    cell.daysLeft < 0 ? `expired ${days(-cell.daysLeft)} ago` : `${cell.status}, ${cell.daysLeft === 0 ? 'today is its last valid day' : `${days(cell.daysLeft)} left`}`;
  const due = cell.due && before !== null ? `; must requalify before ${before}` : '';
  return `${qualificationName}: ${standing} (last valid day ${cell.expires})${due}`;
}

import { useQuery } from '@tanstack/react-query';
import type { OfficerQualification } from '@muster/contracts';
import { type QualificationStatusCode, type QualificationType, qualificationStatus } from '@muster/domain';
import { type Instant, instant, readIsoDate, timeZone } from '@muster/kernel';
import type { z } from 'zod';
import { useSession } from '../sign-in/session.ts';
import './officer-sections.css';

type Grant = z.infer<typeof OfficerQualification>;

/** One row of the list: a grant joined with its catalogue entry and its status today. */
export interface QualificationRow {
  readonly id: number;
  readonly name: string;
  readonly issued: string;
  readonly expires: string;
  readonly daysLeft: number;
  readonly status: QualificationStatusCode;
  readonly warningDays: number;
}

/**
 * The officer's grants joined with the policy's catalogue, each with its status at `now` in the
 * officer's zone (the domain's `qualificationStatus`, the readiness matrix's definition too),
 * soonest expiry first.
 */
export function qualificationRows(grants: readonly Grant[], catalogue: readonly QualificationType[], now: Instant, zoneName: string): QualificationRow[] {
  const zone = timeZone(zoneName);
  return grants
    .map((g) => {
      const entry = catalogue.find((q) => q.id === g.qualificationId);
      const expires = readIsoDate(g.expires);
      const { status, daysLeft } = qualificationStatus({ expires: typeof expires === 'number' ? expires : 0 }, entry, now, zone);
      return { id: g.id, name: entry?.name ?? g.qualificationId, issued: g.issued, expires: g.expires, daysLeft, status, warningDays: entry?.warningDays ?? 0 };
    })
    .sort((a, b) => (a.expires < b.expires ? -1 : a.expires > b.expires ? 1 : a.name.localeCompare(b.name)));
}

function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'last valid day today';
  if (daysLeft > 0) return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
  return `expired ${-daysLeft} day${daysLeft === -1 ? '' : 's'} ago`;
}

/** The officer's qualifications and their expiry: loading, error and empty states included. */
export function QualificationsList({ officerId, zone, now }: { readonly officerId: string; readonly zone: string; readonly now?: Instant }) {
  const { api } = useSession();
  const grants = useQuery({ queryKey: ['qualifications', officerId], queryFn: () => api.get<{ items: Grant[] }>(`/api/officers/${officerId}/qualifications`) });
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => api.get<{ policy: { qualifications?: QualificationType[] } }>('/api/policy') });
  if (grants.isPending || policy.isPending) return <p role="status">Loading qualifications…</p>;
  if (grants.isError) return <p role="alert">Could not load the qualifications: {grants.error.message}</p>;
  if (policy.isError) return <p role="alert">Could not load the qualification catalogue: {policy.error.message}</p>;
  if (grants.data.items.length === 0) return <p>No qualification on record.</p>;
  const rows = qualificationRows(grants.data.items, policy.data.policy.qualifications ?? [], now ?? instant(Date.now()), zone);
  const counts = { expired: 0, expiring: 0, valid: 0 };
  for (const r of rows) counts[r.status]++;
  return (
    <>
      <p className="section-summary">
        {counts.valid} valid, {counts.expiring} expiring, {counts.expired} expired. “Expiring” means inside the catalogue’s warning window before the last valid day.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Qualifications table">
        <table className="qualifications">
          <thead>
            <tr>
              <th scope="col">Qualification</th>
              <th scope="col">Issued</th>
              <th scope="col">Valid through</th>
              <th scope="col">Days left</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.issued}</td>
                <td>{r.expires}</td>
                <td className="number">{daysLeftText(r.daysLeft)}</td>
                <td>
                  <span className={`status status-${r.status}`} title={r.warningDays > 0 ? `warned ${r.warningDays} days before expiry` : 'no warning window'}>
                    {r.status}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

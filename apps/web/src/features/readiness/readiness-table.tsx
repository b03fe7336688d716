import { memo } from 'react';
import type { ReadinessMatrix } from '../../api-client/wire-types.ts';
import { hashOf } from '../../navigation.ts';
import { cellDescription, cellText } from './readiness-cell-text.ts';

type Officer = ReadinessMatrix['officers'][number];
type Qualification = ReadinessMatrix['qualifications'][number];

const TRACKS: Record<Officer['academyTrack'], string> = { full: 'full academy', abbreviated: 'abbreviated academy', lateral: 'lateral hire' };

/** The officer's experience in words: years here, academy track, recruit or veteran (the staffing team rules). */
function serviceText(officer: Officer): string {
  const standing = officer.recruit ? 'recruit' : officer.veteran ? 'veteran' : '';
  return [`${officer.serviceYears.toFixed(1)} yrs`, TRACKS[officer.academyTrack], standing].filter((s) => s !== '').join(' · ');
}

interface RowProps {
  readonly officer: Officer;
  readonly qualifications: readonly Qualification[];
  readonly before: string | null;
  readonly unitName: string | undefined;
}

// One row per officer; memoised so that a new filter re-renders only the rows that change.
const ReadinessRow = memo(function ReadinessRow({ officer, qualifications, before, unitName }: RowProps) {
  return (
    <tr>
      <th scope="row">
        <a href={hashOf({ page: 'officer', officerId: officer.id })}>{officer.name}</a>
        <small>{officer.rank}</small>
      </th>
      {unitName !== undefined && <td className="rd-unit">{unitName}</td>}
      <td className="rd-service">{serviceText(officer)}</td>
      {officer.cells.map((cell, c) => {
        const description = cellDescription(cell, qualifications[c]!.name, before);
        return (
          <td key={qualifications[c]!.id} className={`rd-cell rd-${cell.status}${cell.due ? ' rd-due' : ''}`} title={description} aria-label={description}>
            {cellText(cell)}
          </td>
        );
      })}
    </tr>
  );
});

/**
 * Officers × qualifications: each cell coloured by status and showing its symbol and last valid day;
 * names link to the officer's page. Scrolls inside its own box with the header row and the name
 * column kept in view.
 */
export function ReadinessTable({ matrix, unitNames }: { readonly matrix: ReadinessMatrix; readonly unitNames?: ReadonlyMap<string, string> }) {
  return (
    <div className="rd-scroll" tabIndex={0} role="region" aria-label="Readiness matrix, scrollable">
      <table className="rd-matrix">
        <thead>
          <tr>
            <th scope="col">Officer</th>
            {unitNames !== undefined && <th scope="col">Unit</th>}
            <th scope="col">Service</th>
            {matrix.qualifications.map((q) => (
              <th scope="col" key={q.id} title={`${q.name}: valid ${q.validityMonths} months; expiring from ${q.warningDays} days before its last valid day`}>
                {q.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.officers.map((officer) => (
            <ReadinessRow
              key={officer.id}
              officer={officer}
              qualifications={matrix.qualifications}
              before={matrix.before}
              unitName={unitNames === undefined ? undefined : (unitNames.get(officer.unit) ?? officer.unit)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

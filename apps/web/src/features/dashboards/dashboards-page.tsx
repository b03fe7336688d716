import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DashboardScopes, Dashboards, MetricDefinition } from '../../api-client/wire-types.ts';
import { addDays, today } from '../../components/local-day.ts';
import { useSession } from '../sign-in/session.ts';
import { CoverageChart } from './coverage-chart.tsx';
import './dashboards.css';
import { ExceedancesChart } from './exceedances-chart.tsx';
import { FatigueExposureChart } from './fatigue-exposure-chart.tsx';
import { OvertimeHistogram } from './overtime-histogram.tsx';

/** The last four whole weeks before today, in the browser's zone. */
function defaultRange(): { from: string; to: string } {
  const to = addDays(today(Intl.DateTimeFormat().resolvedOptions().timeZone), -1);
  return { from: addDays(to, -27), to };
}

/** `''` (the agency), `office:<name>` or `unit:<id>` as query parameters. */
function scopeQuery(scope: string): string {
  if (scope.startsWith('office:')) return `&office=${encodeURIComponent(scope.slice(7))}`;
  if (scope.startsWith('unit:')) return `&unit=${encodeURIComponent(scope.slice(5))}`;
  return '';
}

/** Leadership dashboards: overtime, fatigue exposure, exceedances and overrides, coverage — aggregates with their definitions. */
export function DashboardsPage() {
  const { api } = useSession();
  const [range, setRange] = useState(defaultRange);
  const [scope, setScope] = useState('');
  const scopes = useQuery({ queryKey: ['dashboard-scopes'], queryFn: () => api.get<DashboardScopes>('/api/dashboards/scopes') });
  const valid = range.from !== '' && range.to !== '' && range.from <= range.to;
  const dashboards = useQuery({
    queryKey: ['dashboards', scope, range.from, range.to],
    enabled: valid,
    queryFn: () => api.get<Dashboards>(`/api/dashboards?from=${range.from}&to=${range.to}${scopeQuery(scope)}`),
  });
  const file = (metric: MetricDefinition) => `${metric.id}-v${metric.version}_${range.from}_${range.to}${scope === '' ? '' : `_${scope.replace(/[^A-Za-z0-9-]+/g, '-')}`}`;
  const d = dashboards.data;
  return (
    <section aria-labelledby="dashboards-title" className="dashboards">
      <header className="toolbar">
        <h2 id="dashboards-title">Dashboards</h2>
        <label>
          Scope{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value)} disabled={!scopes.data}>
            <option value="">Whole agency</option>
            {scopes.data?.offices.map((office) => (
              <optgroup key={office.name} label={office.name}>
                <option value={`office:${office.name}`}>{office.name} field office</option>
                {office.units.map((u) => (
                  <option key={u.id} value={`unit:${u.id}`}>
                    {u.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={range.from} max={range.to} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />
        </label>
        <label>
          To <input type="date" value={range.to} min={range.from} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />
        </label>
        <button type="button" onClick={() => setRange(defaultRange())}>
          Last 4 weeks
        </button>
      </header>
      {scopes.isError && <p role="alert">Could not load the field offices: {scopes.error.message}</p>}
      {!valid && <p role="alert">Choose a first day on or before the last day.</p>}
      {valid && dashboards.isPending && <p role="status">Computing the dashboards…</p>}
      {dashboards.isError && <p role="alert">Could not load the dashboards: {dashboards.error.message}</p>}
      {d && (
        <>
          <p className="dashboards-scope" role="status">
            {d.scope.unit !== null ? `Unit ${d.scope.unit}` : d.scope.office !== null ? `${d.scope.office} field office` : 'Whole agency'}: {d.scope.officers} officers in{' '}
            {d.scope.units} unit{d.scope.units === 1 ? '' : 's'}, local days {d.from} to {d.to}, policy version {d.policyVersion}. Aggregates only; fatigue figures are
            group-average estimates.
          </p>
          <div className="dashboard-grid">
            <OvertimeHistogram overtime={d.overtime} filename={file(d.overtime.metric)} />
            <FatigueExposureChart fatigue={d.fatigue} filename={file(d.fatigue.metric)} />
            <ExceedancesChart exceedances={d.exceedances} filename={file(d.exceedances.metric)} />
            <CoverageChart coverage={d.coverage} filename={file(d.coverage.metric)} />
          </div>
        </>
      )}
    </section>
  );
}

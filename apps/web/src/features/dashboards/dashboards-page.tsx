/** Leadership dashboards: overtime, fatigue exposure, exceedances and overrides, coverage. */
export function DashboardsPage() {
  return <p>Dashboards come next.</p>;
}

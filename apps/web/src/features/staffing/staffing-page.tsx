/** Operations and their staffing proposals. */
export function StaffingPage() {
  return <p>Operations come next.</p>;
}

/** Officers × qualifications, coloured by status and expiry. */
export function ReadinessPage() {
  return <p>The readiness matrix comes next.</p>;
}

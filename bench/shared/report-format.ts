/** "1.84 s, met (39 % under)" or "3.44 s, MISSED by 0.44 s (15 % over)". */
export function verdict(measured: number, limit: number, show: (n: number) => string): string {
  const pct = Math.abs((measured / limit - 1) * 100).toFixed(0);
  return measured <= limit ? `${show(measured)}, met (${pct} % under)` : `${show(measured)}, MISSED by ${show(measured - limit)} (${pct} % over)`;
}

export const int = (n: number): string => n.toLocaleString('en-US');
export const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const ms = (n: number): string => `${n.toFixed(2)} ms`;
export const mib = (n: number): string => `${int(Math.round(n))} MiB`;

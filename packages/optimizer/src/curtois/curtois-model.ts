import type { CurtoisInstance } from './curtois-instance.ts';

/**
 * An instance prepared for scoring: requests grouped by employee and day so that a row is scored
 * in one pass. Built once per instance.
 */
export interface CurtoisModel {
  readonly instance: CurtoisInstance;
  readonly H: number;
  readonly S: number;
  readonly E: number;
  /** requestShift[k], requestWeight[k] for k in requestStart[e*H+d] … requestStart[e*H+d+1]; sign: +w on-request, −w off-request. */
  readonly requestStart: Int32Array;
  readonly requestShift: Int16Array;
  readonly requestWeight: Int32Array;
  /** Per employee, the shift types it may work (MaxShifts above 0), in shift order. */
  readonly allowedShifts: readonly Int16Array[];
}

export function curtoisModel(instance: CurtoisInstance): CurtoisModel {
  const H = instance.horizon;
  const S = instance.shifts.length;
  const E = instance.staff.length;
  const all = [...instance.onRequests.map((r) => ({ ...r, weight: r.weight })), ...instance.offRequests.map((r) => ({ ...r, weight: -r.weight }))].sort(
    (a, b) => a.employee * H + a.day - (b.employee * H + b.day),
  );
  const requestStart = new Int32Array(E * H + 1);
  const requestShift = new Int16Array(all.length);
  const requestWeight = new Int32Array(all.length);
  let k = 0;
  for (let cell = 0; cell < E * H; cell++) {
    requestStart[cell] = k;
    while (k < all.length && all[k]!.employee * H + all[k]!.day === cell) {
      requestShift[k] = all[k]!.shift;
      requestWeight[k] = all[k]!.weight;
      k++;
    }
  }
  requestStart[E * H] = k;
  const allowedShifts = instance.staff.map((employee) => Int16Array.from(employee.maxShifts.flatMap((max, s) => (max > 0 ? [s] : []))));
  return { instance, H, S, E, requestStart, requestShift, requestWeight, allowedShifts };
}

/**
 * Calls `onRun(first, last)` for every maximal run of consecutive day numbers in `days`, which
 * must be sorted ascending (repeats allowed: two duties on one day are one duty day).
 */
export function forEachDayRun(days: ArrayLike<number>, onRun: (first: number, last: number, firstIndex: number, lastIndex: number) => void): void {
  const n = days.length;
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || days[i]! > days[i - 1]! + 1) {
      if (n > 0) onRun(days[runStart]!, days[i - 1]!, runStart, i - 1);
      runStart = i;
    }
  }
}

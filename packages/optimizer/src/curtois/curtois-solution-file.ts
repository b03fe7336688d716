import { type Result, err, ok } from '@muster/kernel';
import type { CurtoisInstance } from './curtois-instance.ts';
import type { CurtoisParseIssue } from './parse-curtois-instance.ts';

/**
 * Reads a solution: `#` comment lines, then `EmployeeID,a0,…,a(H-1)` per employee with a shift ID
 * or empty for a day off. Returns the roster (shift index or −1 per employee and day).
 */
export function parseCurtoisSolution(instance: CurtoisInstance, text: string): Result<Int16Array, CurtoisParseIssue[]> {
  const H = instance.horizon;
  const roster = new Int16Array(instance.staff.length * H).fill(-1);
  const shiftIndex = new Map(instance.shifts.map((s, i) => [s.id, i]));
  const employeeIndex = new Map(instance.staff.map((s, i) => [s.id, i]));
  const issues: CurtoisParseIssue[] = [];
  const seen = new Set<number>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || line.startsWith('#')) return;
    const [id, ...cells] = line.split(',');
    const e = employeeIndex.get(id ?? '');
    if (e === undefined) {
      issues.push({ line: index + 1, message: `unknown employee "${id}"` });
      return;
    }
    if (seen.has(e)) issues.push({ line: index + 1, message: `employee "${id}" appears twice` });
    seen.add(e);
    if (cells.length !== H) issues.push({ line: index + 1, message: `expected ${H} days, got ${cells.length}` });
    cells.slice(0, H).forEach((cell, d) => {
      if (cell === '') return;
      const s = shiftIndex.get(cell);
      if (s === undefined) issues.push({ line: index + 1, message: `day ${d}: unknown shift "${cell}"` });
      else roster[e * H + d] = s;
    });
  });
  if (issues.length === 0 && seen.size !== instance.staff.length)
    issues.push({ line: 1, message: `expected a line for each of ${instance.staff.length} employees, got ${seen.size}` });
  return issues.length > 0 ? err(issues) : ok(roster);
}

/** Writes a roster in the same format, with `#` header lines. */
export function formatCurtoisSolution(instance: CurtoisInstance, roster: Int16Array, header: readonly string[] = []): string {
  const H = instance.horizon;
  const lines = header.map((h) => `# ${h}`);
  instance.staff.forEach((employee, e) => {
    const cells: string[] = [];
    for (let d = 0; d < H; d++) {
      const a = roster[e * H + d]!;
      cells.push(a >= 0 ? instance.shifts[a]!.id : '');
    }
    lines.push(`${employee.id},${cells.join(',')}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The parts of a V8 `.cpuprofile` this summary reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  /** Microseconds since the previous sample. */
  readonly timeDeltas: readonly number[];
}

interface Cost {
  self: number;
  total: number;
}

/**
 * Self and inclusive time per function, from the samples. Inclusive time counts a function once
 * per sample even when it recurses; samples inside node:inspector are left out. Functions are
 * named `name path[:line]` with paths cut to the repository (packages/…, bench/…).
 */
export function summarizeProfile(profile: CpuProfile, top: number): string {
  const parent = new Map<number, number>();
  const nameOf = new Map<number, string>();
  const inspector = new Set<number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const { functionName, url, lineNumber } = node.callFrame;
    // Under tsx every module is one line, so a line number would say nothing; name and file do.
    nameOf.set(node.id, url ? `${functionName || '(anonymous)'} ${shortPath(url)}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}` : functionName || '(anonymous)');
    if (url.startsWith('node:inspector')) inspector.add(node.id);
  }
  const costs = new Map<string, Cost>();
  const cost = (name: string): Cost => {
    let c = costs.get(name);
    if (!c) costs.set(name, (c = { self: 0, total: 0 }));
    return c;
  };
  let all = 0;
  const stack = new Set<string>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    stack.clear();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      // Samples inside the inspector are the profiler stopping itself, not the code measured.
      if (inspector.has(at)) return;
      stack.add(nameOf.get(at)!);
    }
    all += us;
    cost(nameOf.get(id)!).self += us;
    for (const name of stack) cost(name).total += us;
  });
  const rows = (entries: [string, Cost][]): string[] =>
    entries.map(([name, c]) => `${ms(c.self).padStart(9)}${pct(c.self, all).padStart(7)}${ms(c.total).padStart(10)}${pct(c.total, all).padStart(7)}  ${name}`);
  const header = `${'self ms'.padStart(9)}${'%'.padStart(7)}${'total ms'.padStart(10)}${'%'.padStart(7)}  function`;
  const entries = [...costs];
  const bySelf = entries.sort((a, b) => b[1].self - a[1].self).slice(0, top);
  const ours = [...costs]
    .filter(([name]) => name.includes('packages/'))
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, top);
  return [`sampled ${ms(all)} ms`, '', 'by self time', header, ...rows(bySelf), '', 'packages/ functions by total (inclusive) time', header, ...rows(ours)].join('\n');
}

function shortPath(url: string): string {
  const at = url.search(/\/(packages|bench|apps)\//);
  return at >= 0 ? url.slice(at + 1) : url.replace(/^file:\/\/.*\/node_modules\//, '');
}

const ms = (us: number): string => (us / 1000).toFixed(0);
const pct = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(1)}%`;

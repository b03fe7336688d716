#!/usr/bin/env node
// The one command contributors and CI run: format, lint, typecheck, boundaries, then every test in
// UTC and again in a daylight-saving zone. Ends with "N passed, N failed" (tests plus the checks).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const checks = [
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
  ['typecheck web', bin('tsc'), ['-p', 'apps/web/tsconfig.json']],
  // The end-to-end tests drive the built web app through npm start's server.
  ['build web', bin('vite'), ['build', 'apps/web', '--logLevel', 'warn']],
  ['boundaries', bin('depcruise'), ['packages', 'apps', 'bench', 'scripts', '--config', '.dependency-cruiser.cjs']],
];
const zones = ['UTC', 'America/Chicago'];

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n── ${label} ──\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`── ${label}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${seconds} s\n`);
  return result.status === 0;
}

for (const [label, command, args] of checks) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

rmSync('.tmp/test-results', { recursive: true, force: true });
mkdirSync('.tmp/test-results', { recursive: true });
for (const zone of zones) {
  const file = `.tmp/test-results/vitest-${zone.replace('/', '-')}.json`;
  const ok = run(`tests (TZ=${zone})`, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { TZ: zone });
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    report = undefined;
  }
  if (!report) {
    failed++;
    failures.push(`tests (TZ=${zone}): no report`);
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0) {
    failed++;
    failures.push(`tests (TZ=${zone}): no test ran`);
  } else if (!ok && report.numFailedTests === 0) {
    failed++;
    failures.push(`tests (TZ=${zone}): runner failed`);
  }
}

process.stdout.write(`\n${failures.length ? `Failed: ${failures.join(', ')}\n` : ''}`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

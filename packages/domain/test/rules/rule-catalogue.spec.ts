import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_RULES, MESSAGES_EN } from '../../src/index.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('rule catalogue', () => {
  it.each(DEFAULT_RULES.map((rule) => [rule.id, rule] as const))('%s has one file, one doc page, one message and default settings', (id, rule) => {
    expect(existsSync(`${root}packages/domain/src/rules/${id}.ts`)).toBe(true);
    expect(existsSync(`${root}docs/rules/${id}.md`)).toBe(true);
    expect(typeof MESSAGES_EN[id]).toBe('function');
    expect(DEFAULT_POLICY.rules[id]).toEqual(rule.defaults);
  });

  it('has no message or doc for a rule that does not exist', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual(DEFAULT_RULES.map((r) => r.id).sort());
  });
});

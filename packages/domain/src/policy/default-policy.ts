import { daysFromCivil } from '@muster/kernel';
import { FATIGUE_DEFAULTS, RISK_INDEX_DEFAULTS } from '@muster/fatigue';
import { DEFAULT_RULES } from '../rules/default-rules.ts';
import type { RuleSettings } from '../rules/rule-definition.ts';
import type { Policy } from './policy.ts';

/**
 * The built-in policy: the evidence-based defaults of docs/rules. Agencies override any part of it
 * with a YAML policy file.
 */
export const DEFAULT_POLICY: Policy = {
  name: 'muster default',
  timeZone: 'UTC',
  rules: Object.fromEntries(DEFAULT_RULES.map((rule) => [rule.id, rule.defaults as RuleSettings])),
  pay: {
    // 2026-01-04 is a Sunday; agencies set their own anchor.
    flsa7k: { periodDays: 28, anchor: daysFromCivil(2026, 1, 4) },
    title5: { dailyHours: 8, weeklyHours: 40, weekStartsOn: 0 },
  },
  qualifications: [
    { id: 'firearms', name: 'Firearms qualification', validityMonths: 6, warningDays: 30 },
    { id: 'defensive-tactics', name: 'Defensive tactics', validityMonths: 12, warningDays: 30 },
    { id: 'vehicle-pursuit', name: 'Vehicle pursuit driving', validityMonths: 24, warningDays: 60 },
    { id: 'pit', name: 'PIT manoeuvre certification', validityMonths: 12, warningDays: 45 },
    { id: 'high-risk-warrant', name: 'High-risk warrant service', validityMonths: 12, warningDays: 45 },
    { id: 'first-aid', name: 'First aid / tactical casualty care', validityMonths: 24, warningDays: 60 },
    { id: 'less-lethal', name: 'Less-lethal weapons', validityMonths: 12, warningDays: 30 },
    { id: 'language-spanish', name: 'Spanish language proficiency', validityMonths: 36, warningDays: 90 },
    { id: 'fto-signoff', name: 'Field-training sign-off', validityMonths: 1200, warningDays: 0 },
  ],
  roles: {
    'pit-driver': ['pit', 'vehicle-pursuit'],
    driver: ['vehicle-pursuit'],
    'entry-team': ['firearms', 'high-risk-warrant'],
    'team-lead': ['firearms', 'high-risk-warrant', 'fto-signoff'],
    medic: ['first-aid'],
  },
  fatigue: { ...FATIGUE_DEFAULTS, riskIndex: RISK_INDEX_DEFAULTS },
  statistics: { minimumGroupSize: 10 },
};

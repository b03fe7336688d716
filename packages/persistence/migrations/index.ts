// Every migration in the order it runs: the name is its timestamp, so a new one sorts last.
import type { Migration } from 'kysely';
import * as initial from './20261121T1300-initial.ts';
import * as unitRosterSettings from './20261121T1400-unit-roster-settings.ts';
import * as staffingProposalDecisions from './20261121T1510-staffing-proposal-decisions.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '20261121T1300-initial': initial,
  '20261121T1400-unit-roster-settings': unitRosterSettings,
  '20261121T1510-staffing-proposal-decisions': staffingProposalDecisions,
};

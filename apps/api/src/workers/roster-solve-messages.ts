import type { RosterSolveOutcome, RosterSolveRequest } from '@muster/services';
import type { RosterProgress } from '@muster/optimizer';

/** What a roster-solving thread starts with. */
export interface RosterSolveJob {
  readonly request: RosterSolveRequest;
  /** Int32Array over a SharedArrayBuffer: [0] = 1 asks the search to stop and return its best roster. */
  readonly stop: SharedArrayBuffer;
}

/** What a roster-solving thread sends back. */
export type RosterSolveReply =
  | { readonly type: 'progress'; readonly progress: RosterProgress }
  | { readonly type: 'done'; readonly outcome: RosterSolveOutcome }
  | { readonly type: 'error'; readonly message: string };

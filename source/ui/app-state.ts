/**
 * The state of the triage screen and the actions that change it. All
 * input becomes actions handled in order by appReducer, so keys that
 * arrive batched ("jjjj") never read stale state.
 */

import type { FindingStatus } from '../domain/status.js';
import type { RemarkDraft } from '../drafts/remark-draft.js';
import type { StatusCounter } from '../store/status-counter.js';
import type {
  FacetField,
  FacetValue,
  FindingFilter,
  FindingSort,
  Scan,
  WorkspaceRef,
} from '../store/types.js';
import type { TicketOutcome } from '../tickets/ticket-action.js';
import type { FindingWindow } from './finding-window.js';
import type { CommandContext, Keymap, ViewKind } from './keymap.js';
import type { TriageOverlay } from './triage/overlays.js';
import type { TriageEnv } from './triage/triage-env.js';
import type { TriageStore } from './triage-store.js';
import type { UndoEntry } from './undo.js';

export interface FindingsState {
  /** The filter line as typed; the header shows it. */
  filterLine: string;
  /** What the store is asked: the parsed line plus workspace and scan. */
  filter: FindingFilter;
  /** Terms of the line that could not be applied, and why. */
  filterProblems: readonly string[];
  sort: FindingSort;
  window: FindingWindow;
  /**
   * Under the filter. Counting a million rows takes a while, so it runs
   * after the frame is drawn (`count` action) whenever the filter or the
   * data changed; `total` is undefined until the first count of a filter.
   */
  counts: Record<FindingStatus, number>;
  total: number | undefined;
  countsStale: boolean;
  /** A count in progress, one step per `count` action, keys between. */
  counting?: { counter: StatusCounter; progress: number };
  /** Finding ids; survives scrolling, filtering and refreshes. */
  selection: ReadonlySet<number>;
  /** Where a `v` range started (finding id and position in the result). */
  range?: { id: number; position: number };
}

export const FACET_FIELDS: readonly FacetField[] = [
  'host',
  'port',
  'plugin',
  'severity',
  'status',
  'issue',
];

/** Views drawn over the main view; the last one gets the keys. */
export type Overlay =
  | { kind: 'help'; scroll: number }
  | {
      kind: 'facet-picker';
      field: number;
      values: FacetValue[];
      cursor: number;
    }
  | { kind: 'status-chooser' }
  | LineInputOverlay
  | TriageOverlay;

export interface LineInputOverlay {
  kind: 'line-input';
  purpose: 'filter' | 'remark' | 'remark-append';
  text: string;
  /** Remark lines: the findings it is for, fixed when the line opened. */
  findingIds?: readonly number[];
  /** Remark lines: the text it opened with; other text is kept as draft. */
  initial?: string;
  /** A remark draft of an earlier session, offered (y/n) before editing. */
  offer?: RemarkDraft;
}

export interface FooterMessage {
  text: string;
  error: boolean;
  /** Clock time (ms) after which the footer drops it. */
  until: number;
}

export interface AppState {
  width: number;
  height: number;
  colors: boolean;
  workspace?: WorkspaceRef;
  scan?: Scan;
  /** The main view; overlays stack on it. */
  main: 'findings';
  overlays: Overlay[];
  findings: FindingsState;
  undo: UndoEntry[];
  message?: FooterMessage;
  /** The store's data version when last read. */
  dataVersion: number;
  /** Set when the user asked to quit; the runner exits. */
  quitting: boolean;
  /** Counts suspend requests (Ctrl-Z); the runner acts on each change. */
  suspends: number;
}

export type AppAction =
  | { type: 'keys'; keys: string[] }
  | { type: 'resize'; width: number; height: number }
  /** Timer tick: expire the message, refresh if another process wrote. */
  | { type: 'poll' }
  /** Back from a suspend: everything is redrawn. */
  | { type: 'resumed' }
  | { type: 'message'; text: string; error?: boolean }
  /** An action done elsewhere (engineer B's views) that `u` can undo. */
  | { type: 'done'; entry: UndoEntry }
  | { type: 'refresh' }
  /** Counts by status under the filter, after the rows were drawn. */
  | { type: 'count' }
  /** How opening a ticket turned out (it runs asynchronously). */
  | { type: 'ticket'; outcome: TicketOutcome };

/** What the reducer may use besides the state. */
export interface AppEnv {
  store: TriageStore;
  keymap: Keymap;
  now(): number;
  /** Config, drafts and ticket effects; absent, tickets say so. */
  triage?: TriageEnv;
}

/** The view that receives keys now. */
export function activeView(state: AppState): ViewKind {
  const top = state.overlays.at(-1);
  // A form or line asking a question takes only the answer keys.
  if (top?.kind === 'issue-form' && top.form.phase !== 'editing') {
    return 'confirm';
  }

  if (top?.kind === 'line-input' && top.offer) return 'confirm';

  return top?.kind ?? state.main;
}

export function commandContext(state: AppState): CommandContext {
  return {
    rowCount: state.findings.window.rows.length,
    selectedCount: state.findings.selection.size,
    canUndo: state.undo.length > 0,
  };
}

/** How long a footer message stays. */
export const MESSAGE_MS = 5000;

export function withMessage(
  state: AppState,
  env: AppEnv,
  text: string,
  error = false,
): AppState {
  return {
    ...state,
    message: { text, error, until: env.now() + MESSAGE_MS },
  };
}

import {
  type AppAction,
  type AppEnv,
  type AppState,
  activeView,
  commandContext,
  type LineInputOverlay,
  withMessage,
} from './app-state.js';
import { facetCommand } from './facet-commands.js';
import { setStatus } from './finding-actions.js';
import { findingsCommand } from './findings-commands.js';
import {
  applyFilterLine,
  countFindings,
  refreshFindings,
} from './findings-data.js';
import { lineInputKey } from './line-input-keys.js';
import {
  applyRemarkLine,
  cancelRemarkLine,
  keepRemarkDraft,
  remarkOfferKey,
} from './remark-line.js';
import { triageCommand } from './triage/browse-commands.js';
import { triageFindingsCommand } from './triage/findings-entry.js';
import { isTextOverlay } from './triage/overlays.js';
import { refreshTriage } from './triage/refresh.js';
import { triageTextKey } from './triage/text-keys.js';
import { ticketOutcome } from './triage/ticket.js';

const STATUS_COMMANDS = {
  'status.open': 'open',
  'status.noIssue': 'no-issue',
  'status.closed': 'closed',
  'status.masked': 'masked',
} as const;

/**
 * The one reducer of the screen. Each key of a batch is handled against
 * the state the previous key left, so "jjjj" moves four rows.
 */
export function appReducer(
  state: AppState,
  action: AppAction,
  env: AppEnv,
): AppState {
  switch (action.type) {
    case 'keys':
      return action.keys.reduce(
        (current, key) =>
          current.quitting ? current : handleKey(current, env, key),
        state,
      );
    case 'resize': {
      const resized = { ...state, width: action.width, height: action.height };
      return refreshFindings(resized, env);
    }
    case 'poll':
      return poll(state, env);
    case 'resumed':
      return withMessage(state, env, 'resumed');
    case 'message':
      return withMessage(state, env, action.text, action.error);
    case 'done': {
      const next = { ...state, undo: [...state.undo, action.entry] };
      const refreshed = refreshTriage(refreshFindings(next, env), env);
      return withMessage(refreshed, env, action.entry.label);
    }
    case 'refresh':
      return refreshTriage(refreshFindings(state, env), env);
    case 'count':
      return countFindings(state, env);
    case 'ticket':
      return ticketOutcome(state, env, action.outcome);
  }
}

function poll(state: AppState, env: AppEnv): AppState {
  const expired =
    state.message !== undefined && state.message.until <= env.now();
  const fresh = expired ? { ...state, message: undefined } : state;
  const note = env.triage?.checkConfig?.();
  const current = note ? withMessage(fresh, env, note.text, note.error) : fresh;
  return env.store.dataVersion() === state.dataVersion
    ? current
    : refreshTriage(refreshFindings(current, env), env);
}

function handleKey(state: AppState, env: AppEnv, key: string): AppState {
  const view = activeView(state);
  const top = state.overlays.at(-1);
  const command = env.keymap.commandFor(view, key);
  if (command?.id === 'app.interrupt') return { ...state, quitting: true };
  if (command?.id === 'app.suspend') {
    return { ...state, suspends: state.suspends + 1 };
  }

  if (top?.kind === 'line-input' && top.offer) {
    return remarkOfferKey(state, env, top, command?.id);
  }

  if (top?.kind === 'line-input') {
    return lineInput(state, env, top, lineInputKey(top.text, key, command?.id));
  }

  if (isTextOverlay(top)) return triageTextKey(state, env, top, key);

  if (command === undefined) return state;

  const why = command.unavailable?.(commandContext(state));
  if (why !== undefined) return withMessage(state, env, why, true);

  if (command.id === 'app.quit') return { ...state, quitting: true };
  if (command.id === 'app.close') return pop(state);
  if (command.id === 'app.help' && top?.kind === 'help') return pop(state);
  if (command.id === 'app.help') {
    return {
      ...state,
      overlays: [...state.overlays, { kind: 'help', scroll: 0 }],
    };
  }

  switch (top?.kind) {
    case undefined:
      return (
        triageFindingsCommand(state, env, command.id) ??
        findingsCommand(state, env, command.id)
      );
    case 'facet-picker':
      return facetCommand(state, env, top, command.id);
    case 'status-chooser':
      return statusChooser(state, env, command.id);
    case 'issues':
    case 'issue-detail':
    case 'finding-detail':
    case 'ticket-dialog':
      return triageCommand(state, env, top, command.id);
    case 'help':
      return helpCommand(
        state,
        top.scroll,
        command.id,
        env.keymap.commands.length,
      );
  }
}

function pop(state: AppState): AppState {
  return { ...state, overlays: state.overlays.slice(0, -1) };
}

function statusChooser(state: AppState, env: AppEnv, id: string): AppState {
  if (id === 'app.back') return pop(state);

  const status = STATUS_COMMANDS[id as keyof typeof STATUS_COMMANDS];
  return status === undefined ? state : setStatus(pop(state), env, status);
}

function helpCommand(
  state: AppState,
  scroll: number,
  id: string,
  limit: number,
): AppState {
  const steps: Record<string, number> = {
    'cursor.down': 1,
    'cursor.up': -1,
    'cursor.pageDown': 10,
    'cursor.halfDown': 5,
    'cursor.pageUp': -10,
    'cursor.halfUp': -5,
    'cursor.top': -Infinity,
    'cursor.bottom': Infinity,
  };
  if (id === 'app.back') return pop(state);

  const step = steps[id];
  if (step === undefined) return state;

  const next = Math.min(limit, Math.max(0, scroll + step));
  return {
    ...state,
    overlays: [...pop(state).overlays, { kind: 'help', scroll: next }],
  };
}

function lineInput(
  state: AppState,
  env: AppEnv,
  input: LineInputOverlay,
  result: ReturnType<typeof lineInputKey>,
): AppState {
  const remark = input.purpose !== 'filter';
  if (result.kind === 'edit') {
    const line = { ...input, text: result.text };
    const next = { ...state, overlays: [...pop(state).overlays, line] };
    if (remark && line.text !== input.text) keepRemarkDraft(next, env, line);
    return next;
  }

  if (result.kind === 'cancel') {
    return remark ? cancelRemarkLine(state, env) : pop(state);
  }

  return remark
    ? applyRemarkLine(state, env, input)
    : applyFilterLine(pop(state), env, input.text);
}

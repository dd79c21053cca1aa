import { SEVERITIES, type Severity } from '../../domain/severity.js';
import type { IssueFields } from '../../drafts/issue-draft.js';
import type { ViewKey } from '../view-keys.js';

export const FORM_FIELDS = [
  'name',
  'extRef',
  'severity',
  'description',
] as const satisfies readonly (keyof IssueFields)[];

export const FIELD_LABELS: Record<keyof IssueFields, string> = {
  name: 'Name',
  extRef: 'External reference',
  severity: 'Severity',
  description: 'Description',
};

/**
 * `editing`; `restore`: asking whether to take the saved draft;
 * `discard`: asking whether to throw typed input away.
 */
export type FormPhase = 'editing' | 'restore' | 'discard';

export interface IssueFormState {
  fields: IssueFields;
  /** The fields as they were opened: typing differs from them. */
  initial: IssueFields;
  focus: number;
  phase: FormPhase;
  error?: string;
  /** Set when the form asks its owner to act; cleared by `done`. */
  request?: 'save' | 'cancel' | 'restore' | 'dropDraft';
}

export type IssueFormAction =
  | { type: 'key'; key: ViewKey }
  /** The owner acted on the request; fields when a draft was restored. */
  | { type: 'done'; error?: string; fields?: IssueFields };

export function initialIssueForm(
  initial: IssueFields,
  hasDraft: boolean,
): IssueFormState {
  return {
    fields: initial,
    initial,
    focus: 0,
    phase: hasDraft ? 'restore' : 'editing',
  };
}

export function isDirty(state: IssueFormState): boolean {
  return FORM_FIELDS.some(
    (field) => state.fields[field] !== state.initial[field],
  );
}

function edit(state: IssueFormState, change: (text: string) => string) {
  const field = FORM_FIELDS[state.focus] ?? 'name';
  if (field === 'severity') return state;
  const fields = { ...state.fields, [field]: change(state.fields[field]) };
  return { ...state, fields, error: undefined };
}

/**
 * Severities as the form draws them, left to right: least severe first,
 * so → moves toward critical like a slider.
 */
export const SEVERITY_SCALE: readonly Severity[] = [...SEVERITIES].reverse();

/** Moves along the scale, stopping at its ends: `step` 1 is more severe. */
function stepSeverity(state: IssueFormState, step: number): IssueFormState {
  if (FORM_FIELDS[state.focus] !== 'severity') return state;
  const index = SEVERITY_SCALE.indexOf(state.fields.severity);
  const next = Math.min(SEVERITY_SCALE.length - 1, Math.max(0, index + step));
  const severity = SEVERITY_SCALE[next] ?? state.fields.severity;
  return { ...state, fields: { ...state.fields, severity } };
}

function save(state: IssueFormState): IssueFormState {
  if (state.fields.name.trim() === '') {
    return { ...state, focus: 0, error: 'an issue needs a name' };
  }

  return { ...state, request: 'save' };
}

function answer(state: IssueFormState, yes: boolean): IssueFormState {
  if (state.phase === 'restore') {
    return {
      ...state,
      phase: 'editing',
      request: yes ? 'restore' : 'dropDraft',
    };
  }

  return yes ? { ...state, request: 'cancel' } : { ...state, phase: 'editing' };
}

/** The form's keys: typing, Tab between fields, save, cancel, answers. */
export function reduceIssueForm(
  state: IssueFormState,
  action: IssueFormAction,
): IssueFormState {
  if (action.type === 'done') {
    const fields = action.fields ?? state.fields;
    return { ...state, fields, request: undefined, error: action.error };
  }

  const { key } = action;
  if (state.request) return state;
  if (state.phase !== 'editing') {
    if ('text' in key) return state;
    if (key.command === 'confirm.yes') return answer(state, true);
    if (key.command === 'confirm.no') return answer(state, false);
    return state;
  }

  if ('text' in key) return edit(state, (text) => text + key.text);

  const last = FORM_FIELDS.length - 1;
  switch (key.command) {
    case 'input.deleteBack':
      return edit(state, (text) => [...text].slice(0, -1).join(''));
    case 'input.clear':
      return edit(state, () => '');
    case 'form.nextField':
      return { ...state, focus: Math.min(last, state.focus + 1) };
    case 'form.previousField':
      return { ...state, focus: Math.max(0, state.focus - 1) };
    case 'form.choiceNext':
      return stepSeverity(state, 1);
    case 'form.choicePrevious':
      return stepSeverity(state, -1);
    case 'form.submit':
      return state.focus === last
        ? save(state)
        : { ...state, focus: state.focus + 1 };
    case 'form.save':
      return save(state);
    case 'form.cancel':
      return isDirty(state)
        ? { ...state, phase: 'discard' }
        : { ...state, request: 'cancel' };
    default:
      return state;
  }
}

import { FACET_FIELDS, type Overlay } from '../app-state.js';
import { matchItems } from '../picker/picker-reducer.js';
import type { PickerOverlay, PickerPurpose } from '../triage/overlays.js';
import { position } from './position.js';

type FacetPicker = Extract<Overlay, { kind: 'facet-picker' }>;

/** `host │ 3/12 values`. */
export function facetSummary({ field, values, cursor }: FacetPicker): string {
  const name = FACET_FIELDS[field] ?? '';
  return `${name} │ ${position(cursor, values.length)} values`;
}

const ITEMS: Record<PickerPurpose, string> = {
  link: 'issues',
  workspace: 'workspaces',
  scan: 'choices',
};

/** What a picker that does not act on the findings is about. */
export const CHOOSING: Record<Exclude<PickerPurpose, 'link'>, string> = {
  workspace: 'choose a workspace',
  scan: 'choose a scan',
};

/** `2/5 issues`, and how many the search left: `1/2 of 5 issues`. */
export function pickerSummary(overlay: PickerOverlay): string {
  const { items, purpose, picker } = overlay;
  const matches = matchItems(items, picker.query).length;
  const cursor = Math.min(picker.cursor, Math.max(0, matches - 1));
  const of = matches === items.length ? '' : ` of ${items.length}`;
  return `${position(cursor, matches)}${of} ${ITEMS[purpose]}`;
}

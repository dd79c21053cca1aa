import {
  type CommandContext,
  VIEW_KINDS,
  type ViewKind,
} from './keymap-types.js';

export { VIEW_KINDS };

export const LISTS: readonly ViewKind[] = [
  'findings',
  'issues',
  'issue-detail',
  'facet-picker',
];

export const SCROLLERS: readonly ViewKind[] = [
  ...LISTS,
  'finding-detail',
  'help',
];

export const BROWSERS: readonly ViewKind[] = [
  'findings',
  'finding-detail',
  'issues',
  'issue-detail',
];

/** Views that fill the pane and are left with Esc (findings is the base). */
export const PANES: readonly ViewKind[] = [
  'finding-detail',
  'issues',
  'issue-detail',
  'help',
  'facet-picker',
];

export const noRows = (context: CommandContext) =>
  context.rowCount === 0 ? 'no findings match the filter' : undefined;

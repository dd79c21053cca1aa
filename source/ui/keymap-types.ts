/**
 * The one table of key bindings. Components match command ids, never raw
 * characters; the help view, the footer hints and the README key table are
 * generated from this table, and users override keys in the config file
 * (`keys: { "command.id": ["x"] }`).
 *
 * Key names: a printable character as itself (`j`, `G`, `?`), or one of
 * `space enter escape tab shift+tab backspace delete up down left right
 * pageup pagedown home end`, or `ctrl+<letter>`.
 */

/** Every screen or overlay that receives keys. */
export const VIEW_KINDS = [
  'findings',
  'finding-detail',
  'issues',
  'issue-detail',
  'help',
  'facet-picker',
  'status-chooser',
  'line-input',
  'issue-form',
  'picker',
  'ticket-dialog',
  'confirm',
] as const;

export type ViewKind = (typeof VIEW_KINDS)[number];

export type CommandCategory =
  | 'general'
  | 'move'
  | 'filter'
  | 'select'
  | 'act'
  | 'input';

/** What a command's availability may depend on. */
export interface CommandContext {
  rowCount: number;
  selectedCount: number;
  canUndo: boolean;
}

export interface KeyCommand {
  id: string;
  keys: readonly string[];
  description: string;
  category: CommandCategory;
  /** Views in which the keys are bound. */
  views: readonly ViewKind[];
  /** Views whose footer shows it as a hint, most useful first. */
  footer?: readonly ViewKind[];
  /** Short footer label; the description when absent. */
  hint?: string;
  /** Why it cannot run now, or undefined when it can. */
  unavailable?: (context: CommandContext) => string | undefined;
}

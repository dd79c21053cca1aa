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

const LISTS: readonly ViewKind[] = [
  'findings',
  'issues',
  'issue-detail',
  'facet-picker',
];

const SCROLLERS: readonly ViewKind[] = [...LISTS, 'finding-detail', 'help'];

const BROWSERS: readonly ViewKind[] = [
  'findings',
  'finding-detail',
  'issues',
  'issue-detail',
];

const noRows = (context: CommandContext) =>
  context.rowCount === 0 ? 'no findings match the filter' : undefined;

export const COMMANDS: readonly KeyCommand[] = [
  {
    id: 'app.interrupt',
    keys: ['ctrl+c'],
    description: 'Quit at once (drafts are kept)',
    category: 'general',
    views: VIEW_KINDS,
  },
  {
    id: 'app.suspend',
    keys: ['ctrl+z'],
    description: 'Suspend to the shell (fg to return)',
    category: 'general',
    views: VIEW_KINDS,
  },
  {
    id: 'app.quit',
    keys: ['q'],
    description: 'Quit',
    category: 'general',
    views: BROWSERS,
    footer: ['findings'],
  },
  {
    id: 'app.help',
    keys: ['?'],
    description: 'Show all keys',
    hint: 'help',
    category: 'general',
    views: [...BROWSERS, 'help'],
    footer: ['findings'],
  },
  {
    id: 'app.back',
    keys: ['escape'],
    description: 'Back; in findings: clear the selection, then the filter',
    hint: 'back',
    category: 'general',
    views: [...BROWSERS, 'help', 'facet-picker', 'status-chooser'],
    footer: ['help', 'facet-picker', 'status-chooser'],
  },
  {
    id: 'cursor.down',
    keys: ['j', 'down'],
    description: 'Move down',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.up',
    keys: ['k', 'up'],
    description: 'Move up',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.top',
    keys: ['g', 'home'],
    description: 'Go to the first row',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.bottom',
    keys: ['G', 'end'],
    description: 'Go to the last row',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.pageDown',
    keys: ['pagedown', 'ctrl+f'],
    description: 'Page down',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.pageUp',
    keys: ['pageup', 'ctrl+b'],
    description: 'Page up',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.halfDown',
    keys: ['ctrl+d'],
    description: 'Half a page down',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'cursor.halfUp',
    keys: ['ctrl+u'],
    description: 'Half a page up',
    category: 'move',
    views: SCROLLERS,
  },
  {
    id: 'sort.next',
    keys: ['o'],
    description: 'Sort by the next column',
    hint: 'sort',
    category: 'move',
    views: ['findings'],
  },
  {
    id: 'sort.reverse',
    keys: ['O'],
    description: 'Reverse the sort direction',
    category: 'move',
    views: ['findings'],
  },
  {
    id: 'filter.edit',
    keys: ['/'],
    description: 'Edit the filter (terms like status:new sev:>=high, text)',
    hint: 'filter',
    category: 'filter',
    views: ['findings'],
    footer: ['findings'],
  },
  {
    id: 'filter.facets',
    keys: ['f'],
    description: 'Narrow by a value of host, port, plugin, severity, ...',
    hint: 'facets',
    category: 'filter',
    views: ['findings'],
    footer: ['findings'],
  },
  {
    id: 'facet.nextField',
    keys: ['tab', 'right', 'l'],
    description: 'Next facet field',
    hint: 'field',
    category: 'filter',
    views: ['facet-picker'],
    footer: ['facet-picker'],
  },
  {
    id: 'facet.previousField',
    keys: ['shift+tab', 'left', 'h'],
    description: 'Previous facet field',
    category: 'filter',
    views: ['facet-picker'],
  },
  {
    id: 'facet.choose',
    keys: ['enter'],
    description: 'Narrow the filter to this value',
    hint: 'narrow',
    category: 'filter',
    views: ['facet-picker'],
    footer: ['facet-picker'],
  },
  {
    id: 'select.toggle',
    keys: ['space'],
    description: 'Select or unselect the row, then move down',
    hint: 'select',
    category: 'select',
    views: ['findings', 'issue-detail'],
    footer: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'select.range',
    keys: ['v'],
    description: 'Start or end a range selection',
    hint: 'range',
    category: 'select',
    views: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'select.all',
    keys: ['a'],
    description: 'Select every finding that matches the filter',
    hint: 'all',
    category: 'select',
    views: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'select.clear',
    keys: ['A'],
    description: 'Clear the selection',
    category: 'select',
    views: ['findings'],
    unavailable: (context) =>
      context.selectedCount === 0 ? 'nothing is selected' : undefined,
  },
  {
    id: 'status.choose',
    keys: ['s'],
    description: 'Set the status of the selection (or the row)',
    hint: 'status',
    category: 'act',
    views: ['findings'],
    footer: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'status.open',
    keys: ['o'],
    description: 'Status: open',
    hint: 'open',
    category: 'act',
    views: ['status-chooser'],
    footer: ['status-chooser'],
  },
  {
    id: 'status.noIssue',
    keys: ['n'],
    description: 'Status: no-issue',
    hint: 'no-issue',
    category: 'act',
    views: ['status-chooser'],
    footer: ['status-chooser'],
  },
  {
    id: 'status.closed',
    keys: ['c'],
    description: 'Status: closed',
    hint: 'closed',
    category: 'act',
    views: ['status-chooser'],
    footer: ['status-chooser'],
  },
  {
    id: 'status.masked',
    keys: ['m'],
    description: 'Status: masked',
    hint: 'masked',
    category: 'act',
    views: ['status-chooser'],
    footer: ['status-chooser'],
  },
  {
    id: 'remark.edit',
    keys: ['r'],
    description: 'Replace the remark of the selection (or the row)',
    hint: 'remark',
    category: 'act',
    views: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'remark.append',
    keys: ['R'],
    description: 'Append a line to the remark of the selection (or the row)',
    category: 'act',
    views: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'action.undo',
    keys: ['u'],
    description: 'Undo the last action',
    hint: 'undo',
    category: 'act',
    views: BROWSERS,
    footer: ['findings'],
    unavailable: (context) => (context.canUndo ? undefined : 'nothing to undo'),
  },
  {
    id: 'input.submit',
    keys: ['enter'],
    description: 'Apply the typed line',
    hint: 'apply',
    category: 'input',
    views: ['line-input'],
    footer: ['line-input'],
  },
  {
    id: 'input.cancel',
    keys: ['escape'],
    description: 'Cancel the typed line',
    hint: 'cancel',
    category: 'input',
    views: ['line-input'],
    footer: ['line-input'],
  },
  {
    id: 'input.deleteBack',
    keys: ['backspace', 'delete', 'ctrl+h'],
    description: 'Delete the character before the cursor',
    category: 'input',
    views: ['line-input', 'issue-form', 'picker'],
  },
  {
    id: 'input.clear',
    keys: ['ctrl+u'],
    description: 'Clear the typed line',
    category: 'input',
    views: ['line-input', 'issue-form', 'picker'],
  },
  {
    id: 'view.findings',
    keys: ['1'],
    description: 'Show the findings',
    hint: 'findings',
    category: 'general',
    views: BROWSERS,
  },
  {
    id: 'view.issues',
    keys: ['2'],
    description: 'Show the issues of the workspace',
    hint: 'issues',
    category: 'general',
    views: BROWSERS,
    footer: ['findings'],
  },
  {
    id: 'view.next',
    keys: ['tab'],
    description: 'Switch between findings and issues',
    category: 'general',
    views: ['findings', 'issues'],
  },
  {
    id: 'finding.detail',
    keys: ['enter'],
    description: 'Open the finding: text, remark, history, diff',
    hint: 'open',
    category: 'general',
    views: ['findings', 'issue-detail'],
    footer: ['issue-detail'],
  },
  {
    id: 'issue.detail',
    keys: ['enter'],
    description: 'Open the issue and its linked findings',
    hint: 'open',
    category: 'general',
    views: ['issues'],
    footer: ['issues'],
  },
  {
    id: 'issue.create',
    keys: ['i'],
    description: 'Create an issue from the selection (or the row)',
    hint: 'new issue',
    category: 'act',
    views: ['findings'],
    footer: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'issue.link',
    keys: ['l'],
    description: 'Link the selection (or the row) to an existing issue',
    hint: 'link',
    category: 'act',
    views: ['findings'],
    footer: ['findings'],
    unavailable: noRows,
  },
  {
    id: 'issue.edit',
    keys: ['e'],
    description: 'Edit the issue',
    hint: 'edit',
    category: 'act',
    views: ['issues', 'issue-detail'],
    footer: ['issues', 'issue-detail'],
  },
  {
    id: 'issue.unlink',
    keys: ['x'],
    description: 'Unlink the selected findings (or the row) from the issue',
    hint: 'unlink',
    category: 'act',
    views: ['issue-detail'],
    footer: ['issue-detail'],
  },
  {
    id: 'ticket.open',
    keys: ['t'],
    description: "Open the issue's ticket (or show its URL)",
    hint: 'ticket',
    category: 'act',
    views: ['findings', 'finding-detail', 'issues', 'issue-detail'],
    footer: ['issues', 'issue-detail', 'finding-detail'],
  },
  {
    id: 'ticket.copy',
    keys: ['y'],
    description: 'Copy the ticket URL to the clipboard (OSC 52)',
    hint: 'copy',
    category: 'act',
    views: ['ticket-dialog'],
    footer: ['ticket-dialog'],
  },
  {
    id: 'dialog.close',
    keys: ['escape', 'enter', 'q'],
    description: 'Close the dialog',
    hint: 'close',
    category: 'general',
    views: ['ticket-dialog'],
    footer: ['ticket-dialog'],
  },
  {
    id: 'workspace.choose',
    keys: ['w'],
    description: 'Choose the workspace, then the scan',
    hint: 'workspace',
    category: 'filter',
    views: ['findings', 'issues'],
    footer: ['issues'],
  },
  {
    id: 'picker.down',
    keys: ['down', 'ctrl+n'],
    description: 'Next choice',
    category: 'input',
    views: ['picker'],
  },
  {
    id: 'picker.up',
    keys: ['up', 'ctrl+p'],
    description: 'Previous choice',
    category: 'input',
    views: ['picker'],
  },
  {
    id: 'picker.choose',
    keys: ['enter'],
    description: 'Take the choice under the cursor',
    hint: 'choose',
    category: 'input',
    views: ['picker'],
    footer: ['picker'],
  },
  {
    id: 'picker.cancel',
    keys: ['escape'],
    description: 'Close the picker; type to search',
    hint: 'cancel',
    category: 'input',
    views: ['picker'],
    footer: ['picker'],
  },
  {
    id: 'form.nextField',
    keys: ['tab', 'down'],
    description: 'Next field',
    hint: 'next field',
    category: 'input',
    views: ['issue-form'],
    footer: ['issue-form'],
  },
  {
    id: 'form.previousField',
    keys: ['shift+tab', 'up'],
    description: 'Previous field',
    category: 'input',
    views: ['issue-form'],
  },
  {
    id: 'form.submit',
    keys: ['enter'],
    description: 'Next field; on the last field, save',
    category: 'input',
    views: ['issue-form'],
  },
  {
    id: 'form.save',
    keys: ['ctrl+s'],
    description: 'Save the issue',
    hint: 'save',
    category: 'input',
    views: ['issue-form'],
    footer: ['issue-form'],
  },
  {
    id: 'form.cancel',
    keys: ['escape'],
    description: 'Cancel (asks first when something was typed)',
    hint: 'cancel',
    category: 'input',
    views: ['issue-form'],
    footer: ['issue-form'],
  },
  {
    id: 'form.choiceNext',
    keys: ['right'],
    description: 'Next severity',
    category: 'input',
    views: ['issue-form'],
  },
  {
    id: 'form.choicePrevious',
    keys: ['left'],
    description: 'Previous severity',
    category: 'input',
    views: ['issue-form'],
  },
  {
    id: 'confirm.yes',
    keys: ['y'],
    description: 'Answer yes',
    hint: 'yes',
    category: 'input',
    views: ['confirm'],
    footer: ['confirm'],
  },
  {
    id: 'confirm.no',
    keys: ['n', 'escape'],
    description: 'Answer no',
    hint: 'no',
    category: 'input',
    views: ['confirm'],
    footer: ['confirm'],
  },
];

export type KeyOverrides = Readonly<Record<string, readonly string[]>>;

/** A keymap with the user's overrides applied, ready for lookups. */
export interface Keymap {
  commands: readonly KeyCommand[];
  /** The command bound to a key in a view, if any. */
  commandFor(view: ViewKind, key: string): KeyCommand | undefined;
  /** The keys of a command, for hints ("" when unbound). */
  keysOf(id: string): readonly string[];
}

/**
 * Applies key overrides (command id to keys). Unknown ids are reported
 * by the config validation, and ignored here.
 */
export function createKeymap(
  overrides: KeyOverrides = {},
  commands: readonly KeyCommand[] = COMMANDS,
): Keymap {
  const resolved = commands.map((command) => {
    const keys = overrides[command.id];
    return keys === undefined ? command : { ...command, keys };
  });
  const byViewKey = new Map<string, KeyCommand>();
  for (const command of resolved) {
    for (const view of command.views) {
      for (const key of command.keys) {
        const slot = `${view}\u0000${key}`;
        if (!byViewKey.has(slot)) byViewKey.set(slot, command);
      }
    }
  }

  const byId = new Map(resolved.map((command) => [command.id, command]));
  return {
    commands: resolved,
    commandFor: (view, key) => byViewKey.get(`${view}\u0000${key}`),
    keysOf: (id) => byId.get(id)?.keys ?? [],
  };
}

/** Pairs of commands that share a key in the same view. */
export function keyConflicts(
  commands: readonly KeyCommand[],
): { view: ViewKind; key: string; ids: [string, string] }[] {
  const seen = new Map<string, string>();
  const conflicts: { view: ViewKind; key: string; ids: [string, string] }[] =
    [];
  for (const command of commands) {
    for (const view of command.views) {
      for (const key of command.keys) {
        const slot = `${view}\u0000${key}`;
        const other = seen.get(slot);
        if (other === undefined) seen.set(slot, command.id);
        else conflicts.push({ view, key, ids: [other, command.id] });
      }
    }
  }

  return conflicts;
}

/** How a key is written in hints and help: `ctrl+d` as `^d`, `up` as `↑`. */
export function displayKey(key: string): string {
  const arrows: Record<string, string> = {
    up: '↑',
    down: '↓',
    left: '←',
    right: '→',
    escape: 'Esc',
    enter: 'Enter',
    space: 'Space',
    tab: 'Tab',
    'shift+tab': 'S-Tab',
    pageup: 'PgUp',
    pagedown: 'PgDn',
    home: 'Home',
    end: 'End',
    backspace: 'Bksp',
    delete: 'Del',
  };
  if (key.startsWith('ctrl+')) return `^${key.slice(5)}`;
  return arrows[key] ?? key;
}

/** Footer hints for a view, in table order: `[keys, label]`. */
export function footerHints(
  keymap: Keymap,
  view: ViewKind,
): { keys: string; label: string }[] {
  return keymap.commands
    .filter((command) => command.footer?.includes(view))
    .filter((command) => command.keys.length > 0)
    .map((command) => ({
      keys: displayKey(command.keys[0] ?? ''),
      label: command.hint ?? command.description,
    }));
}

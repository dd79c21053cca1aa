import {
  type CommandCategory,
  displayKey,
  type Keymap,
  VIEW_KINDS,
} from './keymap.js';
import { type ScrollSpan, scrollSpan } from './scroll-span.js';

const CATEGORY_TITLES: Record<CommandCategory, string> = {
  general: 'General',
  move: 'Moving and sorting',
  filter: 'Filtering',
  select: 'Selecting',
  act: 'Acting on the selection (or the cursor row)',
  input: 'Typing a line',
};

/** The help text, generated from the keymap: one line per command. */
export function helpLines(keymap: Keymap): string[] {
  const lines: string[] = [];
  for (const category of Object.keys(CATEGORY_TITLES) as CommandCategory[]) {
    const commands = keymap.commands.filter(
      (command) => command.category === category,
    );
    if (commands.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(CATEGORY_TITLES[category]);
    for (const command of commands) {
      const keys = command.keys.map(displayKey).join(' ');
      lines.push(`  ${keys.padEnd(16)} ${command.description}`);
    }
  }

  return lines;
}

/** The help lines shown in a pane of this height, under its title. */
export function helpSpan(
  lineCount: number,
  scroll: number,
  paneHeight: number,
): ScrollSpan {
  return scrollSpan(scroll, lineCount, Math.max(1, paneHeight - 1));
}

/** The README key table, generated from the keymap. */
export function keysMarkdown(keymap: Keymap): string {
  const rows = keymap.commands.map((command) => {
    const keys = command.keys
      .map((key) => `\`${displayKey(key).replace('|', '\\|')}\``)
      .join(' ');
    const where =
      command.views.length === VIEW_KINDS.length
        ? 'everywhere'
        : command.views.join(', ');
    const id = `\`${command.id}\``;
    return `| ${keys} | ${command.description} | ${where} | ${id} |`;
  });
  return [
    '| keys | what it does | where | command id |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

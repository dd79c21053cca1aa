/** Options the triage screen takes, each followed by its value. */
const SCREEN_FLAGS = new Set(['--db', '--user']);

/** What the screen offers instead of the command options users try. */
const SCREEN_HINTS: Record<string, string> = {
  '--workspace': ' (press w on the screen, or set defaultWorkspace)',
  '--scan': ' (press w on the screen)',
};

/**
 * The line for the first option the triage screen does not take, as
 * typed, or undefined when it takes them all.
 */
export function screenOptionProblem(
  argv: readonly string[],
): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name = '', inline] = arg.split('=', 2);
    if (SCREEN_FLAGS.has(name)) {
      if (inline === undefined) index += 1;
    } else if (arg.startsWith('-')) {
      return (
        `unknown option ${name} for the triage screen` +
        `${SCREEN_HINTS[name] ?? ''}; see sectriage --help`
      );
    }
  }
  return undefined;
}

/**
 * The option as it was typed, for a flag meow reports camel-cased
 * (`--bogus-flag`, `--no-bogus-flag` and `--bogusFlag` are all `bogusFlag`).
 */
export function typedOption(argv: readonly string[], flag: string): string {
  const plain = (text: string) => text.replace(/-/g, '').toLowerCase();
  const typed = argv.find((arg) => {
    if (!arg.startsWith('-')) return false;
    const name = plain(arg.split('=', 1)[0] ?? '');
    return name === plain(flag) || name === `no${plain(flag)}`;
  });
  return typed?.split('=', 1)[0] ?? `${flag.length === 1 ? '-' : '--'}${flag}`;
}

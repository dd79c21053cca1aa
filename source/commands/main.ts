import { existsSync, rmSync } from 'node:fs';
import packageJson from '../../package.json' with { type: 'json' };
import { StoreError } from '../store/errors.js';
import { defaultStorePath } from '../store/paths.js';
import { Store } from '../store/store.js';
import { COMMANDS, type Command, type ParsedCommand } from './command-table.js';
import { CommandFailure, type CommandIo, processIo, UsageError } from './io.js';
import { screenOptionProblem, typedOption } from './option-names.js';
import { GLOBAL_FLAGS, GLOBAL_HELP } from './options.js';

/** What runs when no command is given: the triage screen. */
export type ScreenLauncher = (options: {
  storePath: string;
  user?: string;
}) => Promise<number>;

const FLAGS_WITH_VALUES = new Set(['--db', '--user']);

/**
 * Runs one command line and returns the exit code: 0 done, 1 failed,
 * 2 wrong usage. Errors are printed as one line on stderr.
 */
export async function main(
  argv: readonly string[],
  io: CommandIo = processIo,
  launchScreen?: ScreenLauncher,
): Promise<number> {
  const { command, rest, words } = findCommand(argv);
  if (words[0] === 'config') return runConfig(argv, io);
  if (!command) {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(overview());
      return 0;
    }
    if (argv.includes('--version')) {
      io.out(packageJson.version);
      return 0;
    }
    const [word] = words;
    const group = COMMANDS.filter((entry) => entry.name.startsWith(`${word} `));
    if (group.length > 0) {
      const subcommands = group.map((entry) => entry.name.split(' ')[1]);
      io.err(
        `sectriage: "${word}" needs one of: ${subcommands.join(', ')}; ` +
          `see sectriage --help`,
      );
      return 2;
    }
    // `--workspace beta` reads as the command "beta": the option is the
    // mistake to name.
    const problem = screenOptionProblem(argv);
    if (problem !== undefined) {
      io.err(`sectriage: ${problem}`);
      return 2;
    }
    if (word !== undefined) {
      io.err(`sectriage: unknown command "${word}"; see sectriage --help`);
      return 2;
    }
    return openScreen(argv, io, launchScreen);
  }

  let store: Store | undefined;
  let created: string | undefined;
  let code = 1;
  try {
    const cli = await parse(command, rest);
    const path = storePath(cli.flags.db, io);
    if (command.createsStore && path !== ':memory:' && !existsSync(path)) {
      created = path;
    }
    store = Store.open(path, {
      user: cli.flags.user,
      create: command.createsStore === true,
    });
    code = await command.run(store, cli, io);
    return code;
  } catch (error) {
    code = report(error, io);
    return code;
  } finally {
    // A first import that failed leaves no empty store behind: the next
    // command would find one and not say the store is missing.
    const empty = code !== 0 && store?.workspaces().length === 0;
    store?.close();
    if (created !== undefined && empty) removeStoreFiles(created);
  }
}

function removeStoreFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    rmSync(file, { force: true });
  }
}

function findCommand(argv: readonly string[]): {
  command?: Command;
  rest: string[];
  /** The first two words that are neither options nor their values. */
  words: string[];
} {
  const words: { word: string; index: number }[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (FLAGS_WITH_VALUES.has(arg)) index += 1;
    else if (!arg.startsWith('-')) words.push({ word: arg, index });
    if (words.length === 2) break;
  }

  const [first, second] = words;
  const found = words.map((entry) => entry.word);
  const command =
    COMMANDS.find(
      (candidate) => candidate.name === `${first?.word} ${second?.word}`,
    ) ?? COMMANDS.find((candidate) => candidate.name === first?.word);
  if (!command) return { rest: [...argv], words: found };

  const used = new Set(
    command.name.includes(' ') ? [first?.index, second?.index] : [first?.index],
  );
  return {
    command,
    rest: argv.filter((_, index) => !used.has(index)),
    words: found,
  };
}

async function parse(command: Command, argv: string[]): Promise<ParsedCommand> {
  // Loaded here, not at start: the triage screen never needs it.
  const { default: meow } = await import('meow');
  let cli: ReturnType<typeof meow>;
  try {
    cli = meow(`${command.help}\n${GLOBAL_HELP}`, {
      importMeta: import.meta,
      argv,
      flags: { ...GLOBAL_FLAGS, ...command.flags },
      allowUnknownFlags: true,
      autoVersion: false,
      description: false,
    });
  } catch (error) {
    // meow throws for misuse such as a flag given twice.
    throw new UsageError((error as Error).message.replace(/\.$/, ''));
  }
  const known = new Set([
    ...Object.keys(GLOBAL_FLAGS),
    ...Object.keys(command.flags),
  ]);
  const unknown = Object.keys(cli.unnormalizedFlags).find(
    (flag) => !known.has(flag) && !known.has(camelCase(flag)),
  );
  if (unknown !== undefined) {
    throw new UsageError(
      `unknown option ${typedOption(argv, unknown)} for "${command.name}"; ` +
        `see sectriage ${command.name} --help`,
    );
  }

  const extra = cli.input[command.maxArgs];
  if (extra !== undefined) {
    const hint = command.flags.finding?.isMultiple
      ? ' (repeat --finding for several findings)'
      : '';
    throw new UsageError(`unexpected argument "${extra}"${hint}`);
  }

  return { input: cli.input, flags: cli.flags as ParsedCommand['flags'] };
}

/** `sectriage config ...`: edits the config file; needs no store. */
async function runConfig(
  argv: readonly string[],
  io: CommandIo,
): Promise<number> {
  const { configCommand } = await import('./config.js');
  const { keymapValidation } = await import('../ui/key-overrides.js');
  const positional: string[] = [];
  let json = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (FLAGS_WITH_VALUES.has(arg)) index += 1;
    else if (arg === '--json') json = true;
    else if (!FLAGS_WITH_VALUES.has(arg.split('=', 1)[0] ?? '')) {
      positional.push(arg);
    }
  }
  positional.splice(positional.indexOf('config'), 1);

  return configCommand(positional, { json }, io, keymapValidation());
}

function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function storePath(flag: unknown, io: CommandIo): string {
  return typeof flag === 'string' && flag ? flag : defaultStorePath(io.env);
}

async function openScreen(
  argv: readonly string[],
  io: CommandIo,
  launchScreen: ScreenLauncher | undefined,
): Promise<number> {
  if (!launchScreen) {
    io.err('sectriage: the triage screen is not available here');
    return 1;
  }

  const flags = {
    db: undefined as string | undefined,
    user: undefined as string | undefined,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.split('=', 2);
    if (name === '--db' || name === '--user') {
      if (inline === undefined) index += 1;
      flags[name.slice(2) as 'db' | 'user'] = inline ?? argv[index];
    }
  }

  try {
    return await launchScreen({
      storePath: storePath(flags.db, io),
      user: flags.user,
    });
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CommandIo): number {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n', 1)[0];
  io.err(`sectriage: ${line}`);

  if (error instanceof UsageError) return 2;
  if (error instanceof CommandFailure || error instanceof StoreError) return 1;
  return 1;
}

function overview(): string {
  const lines = COMMANDS.map(
    (command) => `    ${command.usage.padEnd(38)} ${command.summary}`,
  );
  return [
    '',
    '  Triage vulnerability-scanner findings in the terminal.',
    '',
    '  Usage',
    '    sectriage [--db PATH]                  open the triage screen',
    ...lines,
    `    ${'config path|get KEY|set KEY VALUE'.padEnd(38)} ` +
      'the configuration file',
    '',
    "  Run `sectriage COMMAND --help` for a command's options.",
    GLOBAL_HELP,
    '',
  ].join('\n');
}

import type { Store } from '../store/store.js';
import type { CommandIo } from './io.js';

// Each command's code (and the importers behind `import`) loads only when
// that command runs, so the triage screen and quick commands start fast.
const catalog = () => import('./catalog.js');
const finding = () => import('./finding.js');
const findings = () => import('./findings.js');
const importer = () => import('./import.js');
const issue = () => import('./issue.js');

type FlagValue = string | boolean | string[] | undefined;

export interface ParsedCommand {
  input: string[];
  flags: Record<string, FlagValue> & {
    db?: string;
    user?: string;
    json: boolean;
  };
}

interface FlagSpec {
  type: 'string' | 'boolean';
  isMultiple?: boolean;
  default?: boolean;
}

/** One command of the command line: its words, flags, help and action. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  help: string;
  flags: Record<string, FlagSpec>;
  /** How many arguments (not options) it takes at most. */
  maxArgs: number;
  /** Whether it may create the store (only imports do). */
  createsStore?: boolean;
  run(
    store: Store,
    cli: ParsedCommand,
    io: CommandIo,
  ): number | Promise<number>;
}

const text = (value: FlagValue): string | undefined =>
  typeof value === 'string' ? value : undefined;
const texts = (value: FlagValue): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];

const ISSUE_FIELD_FLAGS: Record<string, FlagSpec> = {
  name: { type: 'string' },
  extRef: { type: 'string' },
  severity: { type: 'string' },
  status: { type: 'string' },
  description: { type: 'string' },
};

const issueFields = (flags: ParsedCommand['flags']) => ({
  name: text(flags.name),
  extRef: text(flags.extRef),
  severity: text(flags.severity),
  status: text(flags.status),
  description: text(flags.description),
});

export const COMMANDS: readonly Command[] = [
  {
    name: 'import',
    maxArgs: Number.POSITIVE_INFINITY,
    createsStore: true,
    usage: 'import FILE... --workspace W --scan S',
    summary: 'import scan output files as runs',
    help: `
  Usage
    sectriage import FILE... --workspace W --scan S [--format F]
      [--time ISO] [--allow-empty]

  Each file becomes one run of the scan; finding statuses are updated.
  The format is detected from the content unless --format names one.
  The run's time is --time, else the scan's own start time, else now.
  A file with no findings is refused unless --allow-empty is given.`,
    flags: {
      workspace: { type: 'string' },
      scan: { type: 'string' },
      format: { type: 'string' },
      time: { type: 'string' },
      allowEmpty: { type: 'boolean', default: false },
    },
    run: async (store, { input, flags }, io) =>
      (await importer()).importCommand(
        store,
        {
          files: input,
          workspace: text(flags.workspace),
          scan: text(flags.scan),
          format: text(flags.format),
          time: text(flags.time),
          allowEmpty: flags.allowEmpty === true,
          json: flags.json,
        },
        io,
      ),
  },
  {
    name: 'findings',
    maxArgs: 0,
    usage: 'findings [filters]',
    summary: 'list findings',
    help: `
  Usage
    sectriage findings [--workspace W] [--scan S] [--host H] [--port P]
      [--plugin X] [--status S,...] [--severity S,...] [--issue ID]

  Host, port and plugin take * as a wildcard and may be repeated.`,
    flags: {
      workspace: { type: 'string' },
      scan: { type: 'string' },
      host: { type: 'string', isMultiple: true },
      port: { type: 'string', isMultiple: true },
      plugin: { type: 'string', isMultiple: true },
      status: { type: 'string' },
      severity: { type: 'string' },
      issue: { type: 'string' },
    },
    run: async (store, { flags }, io) =>
      (await findings()).findingsCommand(
        store,
        {
          workspace: text(flags.workspace),
          scan: text(flags.scan),
          host: texts(flags.host),
          port: texts(flags.port),
          plugin: texts(flags.plugin),
          status: text(flags.status),
          severity: text(flags.severity),
          issue: text(flags.issue),
          json: flags.json,
        },
        io,
      ),
  },
  {
    name: 'finding show',
    maxArgs: 1,
    usage: 'finding show ID',
    summary: 'a finding with its history',
    help: `
  Usage
    sectriage finding show ID`,
    flags: {},
    run: async (store, { input, flags }, io) =>
      (await finding()).findingShowCommand(
        store,
        { id: input[0], json: flags.json },
        io,
      ),
  },
  {
    name: 'finding update',
    maxArgs: Number.POSITIVE_INFINITY,
    usage: 'finding update ID... [changes]',
    summary: 'set status, severity or remark',
    help: `
  Usage
    sectriage finding update ID... [--status S] [--severity S]
      [--remark TEXT [--append]]

  Status is one of open, no-issue, gone, closed, masked. --append adds the
  remark as a new line instead of replacing it.`,
    flags: {
      status: { type: 'string' },
      severity: { type: 'string' },
      remark: { type: 'string' },
      append: { type: 'boolean', default: false },
    },
    run: async (store, { input, flags }, io) =>
      (await finding()).findingUpdateCommand(
        store,
        {
          ids: input,
          status: text(flags.status),
          severity: text(flags.severity),
          remark: text(flags.remark),
          append: flags.append === true,
        },
        io,
      ),
  },
  {
    name: 'issue create',
    maxArgs: 0,
    usage: 'issue create --workspace W --name N',
    summary: 'create an issue, print its id',
    help: `
  Usage
    sectriage issue create --workspace W --name N [--ext-ref R]
      [--severity S] [--description D] [--finding ID...]`,
    flags: {
      workspace: { type: 'string' },
      ...ISSUE_FIELD_FLAGS,
      finding: { type: 'string', isMultiple: true },
    },
    run: async (store, { flags }, io) =>
      (await issue()).issueCreateCommand(
        store,
        {
          ...issueFields(flags),
          workspace: text(flags.workspace),
          finding: texts(flags.finding),
        },
        io,
      ),
  },
  {
    name: 'issue update',
    maxArgs: 1,
    usage: 'issue update ID [fields]',
    summary: 'change an issue',
    help: `
  Usage
    sectriage issue update ID [--name N] [--ext-ref R] [--severity S]
      [--status open|closed] [--description D]`,
    flags: ISSUE_FIELD_FLAGS,
    run: async (store, { input, flags }, io) =>
      (await issue()).issueUpdateCommand(
        store,
        { ...issueFields(flags), id: input[0] },
        io,
      ),
  },
  {
    name: 'issue link',
    maxArgs: Number.POSITIVE_INFINITY,
    usage: 'issue link ID FINDING...',
    summary: 'link findings to an issue',
    help: `
  Usage
    sectriage issue link ID FINDING...`,
    flags: {},
    run: async (store, { input }, io) =>
      (await issue()).issueLinkCommand(
        store,
        { id: input[0], findings: input.slice(1), unlink: false },
        io,
      ),
  },
  {
    name: 'issue unlink',
    maxArgs: Number.POSITIVE_INFINITY,
    usage: 'issue unlink ID FINDING...',
    summary: 'unlink findings from an issue',
    help: `
  Usage
    sectriage issue unlink ID FINDING...`,
    flags: {},
    run: async (store, { input }, io) =>
      (await issue()).issueLinkCommand(
        store,
        { id: input[0], findings: input.slice(1), unlink: true },
        io,
      ),
  },
  {
    name: 'issue show',
    maxArgs: 1,
    usage: 'issue show ID|EXT_REF',
    summary: 'an issue, its findings, is it fixed',
    help: `
  Usage
    sectriage issue show ID|EXT_REF [--workspace W]

  Shows the issue, its linked findings with their status, and how many
  of them are still present (neither gone nor closed).`,
    flags: { workspace: { type: 'string' } },
    run: async (store, { input, flags }, io) =>
      (await issue()).issueShowCommand(
        store,
        { ref: input[0], workspace: text(flags.workspace), json: flags.json },
        io,
      ),
  },
  {
    name: 'issues',
    maxArgs: 0,
    usage: 'issues [--workspace W] [--status S]',
    summary: 'list issues',
    help: `
  Usage
    sectriage issues [--workspace W] [--status open,closed]`,
    flags: { workspace: { type: 'string' }, status: { type: 'string' } },
    run: async (store, { flags }, io) =>
      (await issue()).issuesCommand(
        store,
        {
          workspace: text(flags.workspace),
          status: text(flags.status),
          json: flags.json,
        },
        io,
      ),
  },
  {
    name: 'workspaces',
    maxArgs: 0,
    usage: 'workspaces',
    summary: 'list workspaces',
    help: `
  Usage
    sectriage workspaces`,
    flags: {},
    run: async (store, { flags }, io) =>
      (await catalog()).workspacesCommand(store, { json: flags.json }, io),
  },
  {
    name: 'scans',
    maxArgs: 0,
    usage: 'scans [--workspace W]',
    summary: 'list scans with their run counts',
    help: `
  Usage
    sectriage scans [--workspace W]`,
    flags: { workspace: { type: 'string' } },
    run: async (store, { flags }, io) =>
      (await catalog()).scansCommand(
        store,
        { workspace: text(flags.workspace), json: flags.json },
        io,
      ),
  },
];

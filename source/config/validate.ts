import type { Config, TicketConfig, WorkspaceConfig } from './types.js';

/** What validation knows beyond the file: the keymap. */
export interface ValidationContext {
  commandIds?: readonly string[];
  /**
   * The key overrides that would make two commands share a key, by
   * command id, each with why.
   */
  keyClashes?(
    overrides: Readonly<Record<string, readonly string[]>>,
  ): ReadonlyMap<string, string>;
}

export interface Validated {
  config: Config;
  problems: string[];
}

const TOP_KEYS = ['tickets', 'workspaces', 'defaultWorkspace', 'keys'];
const TICKET_KEYS = ['urlHead', 'urlTail'];

/** A key as the keymap writes it: `x`, `G`, `ctrl+d`, `pagedown`, `?`. */
const KEY_PATTERN = /^((ctrl|shift|meta)\+)*([!-~]|[a-z][a-z0-9]+)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bidi embeddings, overrides and isolates, and the LRM/RLM marks. */
const BIDI = new Set([
  0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067,
  0x2068, 0x2069,
]);

/** True when text has C0/C1 controls, DEL or bidi overrides. */
export function hasControlCharacters(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.has(code)) {
      return true;
    }
  }

  return false;
}

/** Why a URL head is not acceptable, or undefined when it is. */
export function urlHeadProblem(head: string): string | undefined {
  if (hasControlCharacters(head)) return 'must not contain control characters';

  try {
    const url = new URL(head);
    if (url.protocol === 'http:' || url.protocol === 'https:') return;
  } catch {
    // Not a URL at all: the same message as a wrong scheme.
  }

  return 'must be an http(s) URL';
}

function unknownKeys(
  value: Record<string, unknown>,
  known: string[],
  where: string,
  problems: string[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) problems.push(`${where}${key} is not a setting`);
  }
}

function validateTickets(
  value: unknown,
  where: string,
  problems: string[],
): TicketConfig | undefined {
  if (!isRecord(value)) {
    problems.push(`${where} must be an object`);
    return;
  }

  unknownKeys(value, TICKET_KEYS, `${where}.`, problems);
  const tickets: TicketConfig = {};
  for (const key of TICKET_KEYS as (keyof TicketConfig)[]) {
    const field = value[key];
    if (field === undefined) continue;
    if (typeof field !== 'string') {
      problems.push(`${where}.${key} must be a string`);
      continue;
    }

    const problem =
      key === 'urlHead'
        ? urlHeadProblem(field)
        : hasControlCharacters(field)
          ? 'must not contain control characters'
          : undefined;
    if (problem) problems.push(`${where}.${key} ${problem}`);
    else tickets[key] = field;
  }

  return tickets;
}

function validateWorkspaces(
  value: unknown,
  problems: string[],
): Record<string, WorkspaceConfig> | undefined {
  if (!isRecord(value)) {
    problems.push('workspaces must be an object of workspace names');
    return;
  }

  const workspaces: Record<string, WorkspaceConfig> = {};
  for (const [name, settings] of Object.entries(value)) {
    const where = `workspaces.${name}`;
    if (!isRecord(settings)) {
      problems.push(`${where} must be an object`);
      continue;
    }

    unknownKeys(settings, ['tickets'], `${where}.`, problems);
    const tickets =
      settings.tickets === undefined
        ? undefined
        : validateTickets(settings.tickets, `${where}.tickets`, problems);
    workspaces[name] = tickets ? { tickets } : {};
  }

  return workspaces;
}

function validateKeys(
  value: unknown,
  context: ValidationContext,
  problems: string[],
): Record<string, string[]> | undefined {
  if (!isRecord(value)) {
    problems.push('keys must be an object of command ids');
    return;
  }

  const keys: Record<string, string[]> = {};
  for (const [command, list] of Object.entries(value)) {
    const where = `keys.${command}`;
    if (context.commandIds && !context.commandIds.includes(command)) {
      problems.push(`${where}: no command has this id`);
      continue;
    }

    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${where} must be a non-empty list of keys`);
      continue;
    }

    const bad = list.filter(
      (key) => typeof key !== 'string' || !KEY_PATTERN.test(key),
    );
    if (bad.length > 0) {
      problems.push(`${where}: not a key: ${JSON.stringify(bad[0])}`);
      continue;
    }

    keys[command] = list as string[];
  }

  for (const [command, problem] of context.keyClashes?.(keys) ?? []) {
    delete keys[command];
    problems.push(problem);
  }

  return keys;
}

/**
 * Checks a parsed config.json. Keeps every valid setting and reports
 * each bad one by its key, so one typo never costs the rest.
 */
export function validateConfig(
  raw: unknown,
  context: ValidationContext = {},
): Validated {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    return { config: {}, problems: ['the file must hold a JSON object'] };
  }

  unknownKeys(raw, TOP_KEYS, '', problems);
  const config: Config = {};
  if (raw.tickets !== undefined) {
    const tickets = validateTickets(raw.tickets, 'tickets', problems);
    if (tickets) config.tickets = tickets;
  }

  if (raw.workspaces !== undefined) {
    const workspaces = validateWorkspaces(raw.workspaces, problems);
    if (workspaces) config.workspaces = workspaces;
  }

  if (raw.defaultWorkspace !== undefined) {
    if (typeof raw.defaultWorkspace === 'string' && raw.defaultWorkspace) {
      config.defaultWorkspace = raw.defaultWorkspace;
    } else {
      problems.push('defaultWorkspace must be a non-empty string');
    }
  }

  if (raw.keys !== undefined) {
    const keys = validateKeys(raw.keys, context, problems);
    if (keys) config.keys = keys;
  }

  return { config, problems };
}

import type { Config, TicketConfig } from './types.js';

/** A config key named on the command line, e.g. `tickets.urlHead`. */
export type SettingPath =
  | { kind: 'tickets'; field: keyof TicketConfig; workspace?: string }
  | { kind: 'defaultWorkspace' }
  | { kind: 'keys'; command: string };

const TICKET_FIELDS: readonly string[] = ['urlHead', 'urlTail'];

/** The keys `config get` and `config set` accept, for usage text. */
export const SETTING_NAMES = [
  'tickets.urlHead',
  'tickets.urlTail',
  'workspaces.NAME.tickets.urlHead',
  'workspaces.NAME.tickets.urlTail',
  'defaultWorkspace',
  'keys.COMMAND_ID',
];

/**
 * Parses a dotted key. Workspace names and command ids may hold dots
 * themselves, so fixed parts are matched at the ends.
 */
export function parseSettingPath(key: string): SettingPath | undefined {
  if (key === 'defaultWorkspace') return { kind: 'defaultWorkspace' };

  const parts = key.split('.');
  const field = parts.at(-1) ?? '';
  if (parts.length === 2 && parts[0] === 'tickets') {
    return TICKET_FIELDS.includes(field)
      ? { kind: 'tickets', field: field as keyof TicketConfig }
      : undefined;
  }

  if (
    parts.length >= 4 &&
    parts[0] === 'workspaces' &&
    parts.at(-2) === 'tickets' &&
    TICKET_FIELDS.includes(field)
  ) {
    return {
      kind: 'tickets',
      field: field as keyof TicketConfig,
      workspace: parts.slice(1, -2).join('.'),
    };
  }

  if (parts.length >= 2 && parts[0] === 'keys') {
    return { kind: 'keys', command: parts.slice(1).join('.') };
  }

  return;
}

/** The value at a key: a string, a key list, or undefined when unset. */
export function getSetting(
  config: Config,
  path: SettingPath,
): string | string[] | undefined {
  switch (path.kind) {
    case 'defaultWorkspace':
      return config.defaultWorkspace;
    case 'keys':
      return config.keys?.[path.command];
    case 'tickets': {
      const tickets = path.workspace
        ? config.workspaces?.[path.workspace]?.tickets
        : config.tickets;
      return tickets?.[path.field];
    }
  }
}

/**
 * A copy of the config with one key set (or removed when value is
 * undefined). Key lists are written comma-separated: `j,down`.
 * The result still needs validating.
 */
export function withSetting(
  config: Config,
  path: SettingPath,
  value: string | undefined,
): Config {
  const next: Config = structuredClone(config);
  switch (path.kind) {
    case 'defaultWorkspace':
      if (value === undefined) delete next.defaultWorkspace;
      else next.defaultWorkspace = value;
      return next;
    case 'keys': {
      const keys = { ...next.keys };
      if (value === undefined) delete keys[path.command];
      else keys[path.command] = value.split(',').map((key) => key.trim());
      next.keys = keys;
      return next;
    }
    case 'tickets': {
      let holder: { tickets?: TicketConfig } = next;
      if (path.workspace) {
        const workspaces = { ...next.workspaces };
        holder = { ...workspaces[path.workspace] };
        workspaces[path.workspace] = holder;
        next.workspaces = workspaces;
      }

      const tickets = { ...holder.tickets };
      if (value === undefined) delete tickets[path.field];
      else tickets[path.field] = value;
      holder.tickets = tickets;
      return next;
    }
  }
}

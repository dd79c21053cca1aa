/** Where a ticket URL comes from: head + encoded external reference + tail. */
export interface TicketConfig {
  urlHead?: string;
  urlTail?: string;
}

/** Settings that apply to one workspace, over the global ones. */
export interface WorkspaceConfig {
  tickets?: TicketConfig;
}

/** The contents of config.json, after validation. */
export interface Config {
  tickets?: TicketConfig;
  workspaces?: Record<string, WorkspaceConfig>;
  defaultWorkspace?: string;
  /** Key overrides: command id -> keys, e.g. `{ "issue.open": ["o"] }`. */
  keys?: Record<string, string[]>;
}

/** A config and what was wrong with the file it came from. */
export interface LoadedConfig {
  path: string;
  config: Config;
  /** One message per problem, naming the bad key; empty when valid. */
  problems: string[];
}

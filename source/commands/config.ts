import { loadConfig } from '../config/load.js';
import { configPath } from '../config/paths.js';
import { saveConfig } from '../config/save.js';
import {
  getSetting,
  parseSettingPath,
  SETTING_NAMES,
  withSetting,
} from '../config/settings.js';
import { type ValidationContext, validateConfig } from '../config/validate.js';
import { type CommandIo, processIo, safe } from './io.js';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

export interface ConfigCommandFlags {
  /** Print values as JSON (`config get`). */
  json?: boolean;
}

/** The keymap, to check `keys.*` overrides against. */
export type ConfigCommandOptions = ValidationContext;

const USAGE = `Usage:
  sectriage config path
  sectriage config get KEY
  sectriage config set KEY VALUE
  sectriage config unset KEY

Keys: ${SETTING_NAMES.join(', ')}
Key lists are comma-separated: sectriage config set keys.cursor.down j,down`;

/**
 * `sectriage config get|set|unset|path`. Returns the exit code: 0 done,
 * 1 the config is invalid or cannot be written, 2 a usage error.
 */
export function configCommand(
  args: string[],
  flags: ConfigCommandFlags = {},
  io: CommandIo = processIo,
  options: ConfigCommandOptions = {},
): number {
  const [action, key, value, ...extra] = args;
  const path = configPath(io.env);
  const usage = (message: string): number => {
    io.err(`sectriage config: ${message}\n${USAGE}`);
    return EXIT_USAGE;
  };

  if (action === 'path' && key === undefined) {
    io.out(path);
    return EXIT_OK;
  }

  const arity = { get: 1, unset: 1, set: 2 }[action ?? ''];
  if (arity === undefined) return usage('say path, get, set or unset');
  const given = [key, value, ...extra].filter((arg) => arg !== undefined);
  if (given.length !== arity) {
    return usage(`${action} takes ${arity === 1 ? 'KEY' : 'KEY VALUE'}`);
  }

  const setting = parseSettingPath(key ?? '');
  if (!setting) return usage(`not a config key: ${key}`);

  const loaded = loadConfig(path, options);
  if (action === 'get') {
    for (const problem of loaded.problems) io.err(problem);
    const found = getSetting(loaded.config, setting);
    if (found === undefined) return EXIT_FAILURE;
    const text = flags.json
      ? JSON.stringify(found)
      : Array.isArray(found)
        ? found.join(',')
        : found;
    io.out(safe(text));
    return EXIT_OK;
  }

  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) io.err(problem);
    io.err(`sectriage config: fix ${path} first; nothing was written`);
    return EXIT_FAILURE;
  }

  const next = withSetting(loaded.config, setting, value);
  const checked = validateConfig(next, options);
  if (checked.problems.length > 0) {
    for (const problem of checked.problems) {
      io.err(`config.json: ${problem}`);
    }
    return EXIT_FAILURE;
  }

  try {
    saveConfig(path, checked.config);
  } catch (error) {
    io.err(`sectriage config: cannot write ${path}: ${error}`);
    return EXIT_FAILURE;
  }

  return EXIT_OK;
}

import { readFileSync } from 'node:fs';
import type { LoadedConfig } from './types.js';
import { type ValidationContext, validateConfig } from './validate.js';

/**
 * Reads and validates config.json. A missing file is an empty config;
 * an unreadable or invalid one yields problems, never an exception.
 * Each problem starts with `config.json: ` so it reads on its own.
 */
export function loadConfig(
  path: string,
  context: ValidationContext = {},
): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, config: {}, problems: [] };
    return {
      path,
      config: {},
      problems: [`config.json: cannot read ${path}: ${code ?? error}`],
    };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      path,
      config: {},
      problems: [`config.json: not valid JSON: ${(error as Error).message}`],
    };
  }

  const { config, problems } = validateConfig(raw, context);
  return {
    path,
    config,
    problems: problems.map((problem) => `config.json: ${problem}`),
  };
}

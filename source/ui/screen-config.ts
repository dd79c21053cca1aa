import { statSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { keymapValidation } from './key-overrides.js';

/**
 * The config for the screen. A bad setting, or a key override that
 * clashes with another command, is left out and named in the notice
 * (shown in the footer); the valid ones still apply.
 */
export function loadScreenConfig(path: string): {
  config: Config;
  notice?: string;
} {
  const { config, problems } = loadConfig(path, keymapValidation());
  return {
    config,
    notice: problems.length > 0 ? problems.join('; ') : undefined,
  };
}

/** What the footer says after a config file changed. */
export interface ConfigNote {
  text: string;
  error: boolean;
}

/** The screen's config, re-read when its file changes. */
export interface LiveConfig {
  current(): Config;
  /**
   * Re-reads the file when its mtime or size changed; a file with
   * problems is named and the last good config kept. Undefined when the
   * file did not change.
   */
  check(): ConfigNote | undefined;
}

/** mtime and size: a stat, cheap enough for every poll. */
function stampOf(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}` : 'missing';
}

/**
 * Loads the config file as the start-up path does and watches it. The
 * stamp is taken before the read, so a write in between is read again.
 */
export function openLiveConfig(path: string): {
  live: LiveConfig;
  notice?: string;
} {
  let stamp = stampOf(path);
  const first = loadScreenConfig(path);
  let config = first.config;
  const live: LiveConfig = {
    current: () => config,
    check() {
      const now = stampOf(path);
      if (now === stamp) return;
      stamp = now;
      const loaded = loadScreenConfig(path);
      if (loaded.notice !== undefined) {
        return { text: loaded.notice, error: true };
      }

      config = loaded.config;
      return { text: `config reloaded from ${path}`, error: false };
    },
  };
  return { live, notice: first.notice };
}

/** A config that never changes (tests, or no config file). */
export function fixedConfig(config: Config): LiveConfig {
  return { current: () => config, check: () => undefined };
}

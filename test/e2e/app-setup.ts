import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = resolve(ROOT, '../shared/fixtures/real');

/** The real scanner files when the shared corpus is here, else ours. */
export const SCANS = existsSync(REAL)
  ? {
      nmap: join(REAL, 'nmap/nmap.xml'),
      nessus: join(REAL, 'nessus/dradis-example_v2.nessus'),
    }
  : {
      nmap: join(ROOT, 'fixtures/nmap/several-hosts.xml'),
      nessus: join(ROOT, 'fixtures/nessus/several-hosts.nessus'),
    };

export const TICKET_HEAD = 'https://tickets.example.com/browse/';

/**
 * A freshly bundled binary with a store, config and state folder of its
 * own. The bundle lives inside the project (under .e2e/) because it
 * imports its dependencies from node_modules.
 */
export class AppSetup {
  readonly dir: string;
  readonly bin: string;
  readonly store: string;
  readonly env: NodeJS.ProcessEnv;

  constructor() {
    mkdirSync(join(ROOT, '.e2e'), { recursive: true });
    this.dir = mkdtempSync(join(ROOT, '.e2e', 'run-'));
    this.bin = join(this.dir, 'sectriage.js');
    this.store = join(this.dir, 'store.db');
    this.env = {
      PATH: process.env.PATH,
      HOME: this.dir,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      XDG_CONFIG_HOME: join(this.dir, 'config'),
      XDG_STATE_HOME: join(this.dir, 'state'),
      XDG_DATA_HOME: join(this.dir, 'data'),
      // Over SSH the ticket dialog shows the URL instead of a browser.
      SSH_CONNECTION: '192.0.2.1 50000 192.0.2.2 22',
    };
  }

  bundle(): void {
    execFileSync(
      process.execPath,
      [join(ROOT, 'scripts/bundle.js'), this.bin],
      { cwd: ROOT, stdio: 'pipe' },
    );
  }

  /** Runs a command of the bundled CLI on this store; its stdout. */
  cli(...args: string[]): string {
    return execFileSync(
      process.execPath,
      [this.bin, '--db', this.store, '--user', 'e2e', ...args],
      { env: this.env, encoding: 'utf8', stdio: 'pipe' },
    );
  }

  /** Parses the --json output of a command. */
  json<T>(...args: string[]): T {
    return JSON.parse(this.cli(...args, '--json')) as T;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

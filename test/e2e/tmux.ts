import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Whether a tmux binary can be run here. */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const POLL_MS = 25;

export interface PaneOptions {
  width: number;
  height: number;
  /** The whole environment of the shell in the pane. */
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * One pane of a tmux server of its own (a socket in a fresh temp folder,
 * never the user's server), running a plain shell; kill() stops the
 * server and removes the folder, which tmux would leave behind.
 */
export class TmuxPane {
  private constructor(private readonly socket: string) {}

  static start(options: PaneOptions): TmuxPane {
    const dir = mkdtempSync(join(tmpdir(), 'sectriage-e2e-'));
    const socket = join(dir, 'tmux.sock');
    const pane = new TmuxPane(socket);
    // No user configuration; the server's environment is the one given.
    execFileSync(
      'tmux',
      [
        '-S',
        socket,
        '-f',
        '/dev/null',
        'new-session',
        '-d',
        '-x',
        String(options.width),
        '-y',
        String(options.height),
        '-c',
        options.cwd,
        'sh',
      ],
      { env: options.env, stdio: 'ignore' },
    );
    return pane;
  }

  /**
   * Sends tmux key names (`Enter`, `C-d`, `j`) in order; a single
   * character goes literally, so that `;` is never a tmux separator.
   */
  keys(...names: string[]): void {
    for (const name of names) {
      if (name.length === 1) this.type(name);
      else this.tmux('send-keys', '-t', '=0:', name);
    }
  }

  /** Types the text literally. */
  type(text: string): void {
    this.tmux('send-keys', '-t', '=0:', '-l', text);
  }

  /** The visible screen, as plain text. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', '=0:');
  }

  /** A tmux format, e.g. `#{alternate_on}`, for the pane. */
  display(format: string): string {
    return this.tmux('display-message', '-p', '-t', '=0:', format).trim();
  }

  /**
   * Polls the screen until it passes the test; on timeout fails with
   * what was awaited and the last screen.
   */
  async waitFor(
    what: string,
    test: (screen: string) => boolean,
    timeoutMs = 10_000,
  ): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = this.screen();
    while (!test(screen)) {
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${what}; ` +
            `last screen:\n${screen}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      screen = this.screen();
    }

    return screen;
  }

  /** Waits until the screen shows every text given. */
  waitForText(...texts: string[]): Promise<string> {
    const what = texts.map((text) => JSON.stringify(text)).join(' and ');
    return this.waitFor(what, (screen) =>
      texts.every((text) => screen.includes(text)),
    );
  }

  kill(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server'], {
      stdio: 'ignore',
    });
    rmSync(dirname(this.socket), { recursive: true, force: true });
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, ...args], {
      encoding: 'utf8',
    });
  }
}

/**
 * The terminal around the Ink app. Ink 6.8 has no alternate-screen option,
 * so the screen is entered and left here, and every way out (quit, Ctrl-C,
 * SIGTERM, SIGHUP, a crash, a suspend) goes through leave().
 */

const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';
const CURSOR_HIDE = '\u001b[?25l';
const CURSOR_SHOW = '\u001b[?25h';
const HOME_AND_CLEAR = '\u001b[H\u001b[2J';

export const ENTER_SEQUENCE = ALT_SCREEN_ON + CURSOR_HIDE + HOME_AND_CLEAR;
export const LEAVE_SEQUENCE = CURSOR_SHOW + ALT_SCREEN_OFF;

/** A terminal the app owns: output and, when a TTY, raw-mode input. */
export interface TerminalStreams {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
}

export interface FullScreen {
  /** Switches back to the alternate screen (after a suspend). */
  enter(): void;
  /** Restores the normal screen, cursor and cooked input. Idempotent. */
  leave(): void;
}

/** Enters the alternate screen with a hidden cursor. */
export function enterFullScreen(streams: TerminalStreams): FullScreen {
  let inside = false;
  const write = (text: string) => {
    // A dropped connection (SIGHUP) leaves nothing to write to.
    try {
      streams.stdout.write(text);
    } catch {}
  };
  const screen: FullScreen = {
    enter() {
      if (inside) return;
      inside = true;
      write(ENTER_SEQUENCE);
    },
    leave() {
      if (!inside) return;
      inside = false;
      try {
        if (streams.stdin.isTTY) streams.stdin.setRawMode(false);
      } catch {}
      write(LEAVE_SEQUENCE);
    },
  };
  screen.enter();
  return screen;
}

type Hook = () => void;

const beforeExitHooks = new Set<Hook>();

/**
 * Runs `hook` before the screen goes away for any reason, signals
 * included, e.g. to keep an unsaved form as a draft. Returns a function
 * that removes the hook. Hooks must be synchronous and quick.
 */
export function onBeforeExit(hook: Hook): () => void {
  beforeExitHooks.add(hook);
  return () => beforeExitHooks.delete(hook);
}

/** Runs every hook once; one failing hook does not stop the others. */
export function runBeforeExitHooks(): void {
  for (const hook of [...beforeExitHooks]) {
    try {
      hook();
    } catch {}
  }
}

/** Exit status for a signal, as shells report it (128 + number). */
export const SIGNAL_EXIT_CODES = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGTERM: 143,
} as const;

export type ExitSignal = keyof typeof SIGNAL_EXIT_CODES;

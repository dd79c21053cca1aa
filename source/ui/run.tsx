import { render } from 'ink';
import type { Config } from '../config/types.js';
import type { Scan, WorkspaceRef } from '../store/types.js';
import type { UrlOpener } from '../tickets/open-ticket.js';
import { App } from './app.js';
import type { AppEnv } from './app-state.js';
import { createController } from './controller.js';
import { ErrorBoundary } from './error-boundary.js';
import { initialState } from './initial-state.js';
import { keepScrollback } from './keep-scrollback.js';
import { createKeymap, type KeyOverrides } from './keymap.js';
import { fixedConfig, type LiveConfig } from './screen-config.js';
import {
  type ExitSignal,
  enterFullScreen,
  runBeforeExitHooks,
  SIGNAL_EXIT_CODES,
} from './terminal.js';
import { colorsWanted } from './theme.js';
import { createTriageEnv } from './triage/create-triage-env.js';
import type { TriageStore } from './triage-store.js';

export interface TriageScreenOptions {
  store: TriageStore;
  workspace?: WorkspaceRef;
  scan?: Scan;
  filterLine?: string;
  /** Key overrides from the config file. */
  keys?: KeyOverrides;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
  /** The validated config file (ticket URLs, default workspace). */
  config?: Config;
  /** The config file, watched: ticket settings follow its changes. */
  liveConfig?: LiveConfig;
  /** Opens a ticket URL in a browser; the `open` package by default. */
  openUrl?: UrlOpener;
  /** Shown in the footer at start, e.g. what is wrong with config.json. */
  notice?: string;
}

/** Frames per second Ink may draw: 30 would add ~33 ms to every key. */
const MAX_FPS = 120;

/**
 * Runs the full-screen triage UI until the user quits. Resolves with the
 * exit status; signals and crashes restore the terminal and exit the
 * process themselves (129/130/143, or 1 after one line on stderr).
 */
export function runTriageScreen(options: TriageScreenOptions): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const keymap = createKeymap(options.keys);
  const env: AppEnv = {
    store: options.store,
    keymap,
    now: Date.now,
    triage: createTriageEnv({
      store: options.store,
      config: options.liveConfig ?? fixedConfig(options.config ?? {}),
      env: options.env ?? process.env,
      openUrl: options.openUrl,
      stdout,
      dispatch: (action) => controller.dispatch(action),
    }),
  };
  const screen = enterFullScreen({ stdin, stdout });
  const controller = createController(
    initialState(
      {
        width: stdout.columns || 80,
        height: stdout.rows || 24,
        colors: colorsWanted(options.env ?? process.env),
        workspace: options.workspace,
        scan: options.scan,
        filterLine: options.filterLine,
      },
      env,
    ),
    env,
  );

  if (options.notice) {
    controller.dispatch({ type: 'message', text: options.notice, error: true });
  }

  return new Promise((resolve) => {
    let finished = false;
    const finish = (code: number, line?: string) => {
      if (finished) return;
      finished = true;
      runBeforeExitHooks();
      detach();
      try {
        instance.unmount();
      } catch {}
      screen.leave();
      if (line !== undefined) stderr.write(`sectriage: ${line}\n`);
      resolve(code);
    };
    const exitOn = (signal: ExitSignal) => () => {
      finish(SIGNAL_EXIT_CODES[signal]);
      process.exit(SIGNAL_EXIT_CODES[signal]);
    };
    const crash = (error: unknown) => {
      finish(1, error instanceof Error ? error.message : String(error));
      process.exit(1);
    };

    const onResize = () =>
      controller.dispatch({
        type: 'resize',
        width: stdout.columns,
        height: stdout.rows,
      });
    const onStop = () => suspend();
    const onContinue = () => {
      process.on('SIGTSTP', onStop);
      if (stdin.isTTY) stdin.setRawMode(true);
      screen.enter();
      instance.clear();
      controller.dispatch({ type: 'resumed' });
      onResize();
    };
    const suspend = () => {
      screen.leave();
      process.removeListener('SIGTSTP', onStop);
      process.once('SIGCONT', onContinue);
      process.kill(process.pid, 'SIGTSTP');
    };

    const handlers = {
      SIGTERM: exitOn('SIGTERM'),
      SIGHUP: exitOn('SIGHUP'),
      SIGINT: exitOn('SIGINT'),
    };
    for (const [signal, handler] of Object.entries(handlers)) {
      process.on(signal, handler);
    }
    process.on('SIGTSTP', onStop);
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
    stdout.on('resize', onResize);
    const detach = () => {
      for (const [signal, handler] of Object.entries(handlers)) {
        process.removeListener(signal, handler);
      }
      process.removeListener('SIGTSTP', onStop);
      process.removeListener('SIGCONT', onContinue);
      process.removeListener('uncaughtException', crash);
      process.removeListener('unhandledRejection', crash);
      stdout.removeListener('resize', onResize);
    };

    const instance = render(
      <ErrorBoundary onCrash={crash}>
        <App
          controller={controller}
          keymap={keymap}
          // Not inside React's commit: Ink finishes unmounting synchronously.
          onQuit={() => setImmediate(() => finish(0))}
          onSuspend={suspend}
        />
      </ErrorBoundary>,
      {
        stdin,
        stdout: keepScrollback(stdout),
        stderr,
        exitOnCtrlC: false,
        patchConsole: false,
        maxFps: MAX_FPS,
      },
    );
  });
}

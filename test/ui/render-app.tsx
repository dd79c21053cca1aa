import { render } from 'ink-testing-library';
import type { Config } from '../../source/config/types.js';
import type { IssueDraftFile } from '../../source/drafts/issue-draft.js';
import type { RemarkDraftFile } from '../../source/drafts/remark-draft.js';
import type { ScanFinding } from '../../source/importers/types.js';
import type { Store } from '../../source/store/store.js';
import type {
  BrowserSituation,
  UrlOpener,
} from '../../source/tickets/open-ticket.js';
import { ticketAction } from '../../source/tickets/ticket-action.js';
import { App } from '../../source/ui/app.js';
import type { AppEnv } from '../../source/ui/app-state.js';
import {
  type Controller,
  createController,
} from '../../source/ui/controller.js';
import { initialState } from '../../source/ui/initial-state.js';
import { createKeymap, type KeyOverrides } from '../../source/ui/keymap.js';
import { fixedConfig, openLiveConfig } from '../../source/ui/screen-config.js';
import {
  importFindings,
  scanFinding,
  tempStore,
} from '../helpers/temp-store.js';

export interface RenderAppOptions {
  findings?: Partial<ScanFinding>[];
  width?: number;
  height?: number;
  colors?: boolean;
  filterLine?: string;
  keys?: KeyOverrides;
  /** Clock for message expiry; Date.now when absent. */
  now?: () => number;
  /** Ticket URL settings and the rest of config.json. */
  config?: Config;
  /** A config file to load and watch instead of `config`. */
  configPath?: string;
  /** Where the issue form keeps drafts; none when absent. */
  drafts?: IssueDraftFile;
  /** Where the remark line keeps drafts; none when absent. */
  remarkDrafts?: RemarkDraftFile;
  /** Shown in the footer at start, as runTriageScreen shows it. */
  notice?: string;
  /** Where tickets open; over SSH (the URL dialog) when absent. */
  browser?: BrowserSituation;
  /** Stands in for the `open` package; never launches anything. */
  openUrl?: UrlOpener;
}

export interface RenderedApp {
  store: Store;
  controller: Controller;
  /** The last frame with colours stripped. */
  frame(): string;
  /** The last frame as Ink wrote it, escapes included. */
  rawFrame(): string;
  /** Types into the app and lets it render. */
  press(input: string): Promise<void>;
  /** Polls until the frame satisfies the test (or contains the text). */
  waitFor(expected: string | ((frame: string) => boolean)): Promise<string>;
  quits: number;
  suspends: number;
  /** Escape sequences the app wrote outside Ink (OSC 52 copies). */
  raw: string[];
  dispose(): void;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping SGR
const SGR = /\u001b\[[0-9;]*m/g;

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The screen over a temp store seeded through the Store API. */
export async function renderApp(
  options: RenderAppOptions = {},
): Promise<RenderedApp> {
  const temp = tempStore();
  if (options.findings !== undefined && options.findings.length > 0) {
    await importFindings(temp.store, options.findings.map(scanFinding));
  }

  const keymap = createKeymap(options.keys);
  const opened = options.configPath
    ? openLiveConfig(options.configPath)
    : { live: fixedConfig(options.config ?? {}) };
  const { live } = opened;
  const browser = options.browser ?? {
    env: { SSH_CONNECTION: '10.0.0.9 5000 10.0.0.1 22' },
    platform: 'linux',
  };
  const openUrl = options.openUrl ?? (async () => undefined);
  const raw: string[] = [];
  const env: AppEnv = {
    store: temp.store,
    keymap,
    now: options.now ?? Date.now,
    triage: {
      get config() {
        return live.current();
      },
      checkConfig: () => live.check(),
      drafts: options.drafts,
      remarkDrafts: options.remarkDrafts,
      requestTicket(issue) {
        ticketAction(live.current(), issue, openUrl, browser).then((outcome) =>
          controller.dispatch({ type: 'ticket', outcome }),
        );
      },
      writeRaw: (sequence) => raw.push(sequence),
    },
  };
  const workspace = temp.store.workspaceByName('acme');
  const controller = createController(
    initialState(
      {
        width: options.width ?? 100,
        height: options.height ?? 20,
        colors: options.colors ?? true,
        workspace,
        filterLine: options.filterLine,
      },
      env,
    ),
    env,
  );
  if (options.notice) {
    controller.dispatch({ type: 'message', text: options.notice, error: true });
  }

  const rendered: RenderedApp = {
    store: temp.store,
    controller,
    quits: 0,
    suspends: 0,
    raw,
    frame: () => (instance.lastFrame() ?? '').replace(SGR, ''),
    rawFrame: () => instance.lastFrame() ?? '',
    async press(input) {
      instance.stdin.write(input);
      await macrotask();
    },
    async waitFor(expected) {
      const test =
        typeof expected === 'string'
          ? (frame: string) => frame.includes(expected)
          : expected;
      const deadline = Date.now() + 3000;
      while (!test(rendered.frame())) {
        if (Date.now() > deadline) {
          throw new Error(`frame never matched; last:\n${rendered.frame()}`);
        }
        await macrotask();
      }

      return rendered.frame();
    },
    dispose() {
      instance.unmount();
      temp.dispose();
    },
  };
  const instance = render(
    <App
      controller={controller}
      keymap={keymap}
      pollMs={30}
      onQuit={() => {
        rendered.quits += 1;
      }}
      onSuspend={() => {
        rendered.suspends += 1;
      }}
    />,
  );
  await macrotask();
  return rendered;
}

/** `count` findings on distinct hosts and ports, in host order. */
export function manyFindings(count: number): Partial<ScanFinding>[] {
  return Array.from({ length: count }, (_, index) => ({
    host: [
      10,
      Math.floor(index / 65536),
      Math.floor(index / 256) % 256,
      index % 256,
    ].join('.'),
    port: `${1000 + (index % 50)}/tcp`,
    plugin: `plugin-${index % 7}`,
    severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[
      index % 5
    ],
    text: `finding number ${index}`,
  }));
}

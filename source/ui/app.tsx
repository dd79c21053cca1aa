/**
 * The triage screen's shell: header, main pane, footer, and routing of
 * views. Contract for views (engineer B's included):
 *
 * - All state lives in AppState (app-state.ts) and changes only through
 *   appReducer, driven by a Controller; keys reach the reducer as key
 *   names in batches and are looked up in the keymap per view.
 * - A view is a kind in the Overlay union (or `main`) plus a render case
 *   in MainPane below, a case in chrome/view-chrome.ts for what the
 *   header and footer say about it, a ViewKind in keymap.ts with its
 *   commands, and a case in appReducer's handleKey that runs those
 *   commands: `(state, env, overlay, commandId) => AppState`.
 * - View components get `{ state, width, height, theme, keymap }` props
 *   and never read keys or the store themselves; reducers use env.store.
 * - Undoable actions push an UndoEntry (undo.ts); `u` undoes any of them.
 * - Before exit, runTriageScreen calls every onBeforeExit hook (run.tsx),
 *   e.g. to save an unsaved form as a draft.
 */

import { Box, useInput } from 'ink';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { AppState } from './app-state.js';
import { viewChrome } from './chrome/view-chrome.js';
import type { Controller } from './controller.js';
import { FacetPickerView } from './facet-picker-view.js';
import { FindingsTable } from './findings-table.js';
import { Footer } from './footer.js';
import { Header } from './header.js';
import { HelpView } from './help-view.js';
import { keyNames } from './key-names.js';
import type { Keymap } from './keymap.js';
import { frameHeight, isTooSmall, paneRows } from './screen-size.js';
import { createTheme, type Theme } from './theme.js';
import { TooSmall } from './too-small.js';
import { isTriageOverlay } from './triage/overlays.js';
import { TriagePane } from './triage/triage-pane.js';

/** Longer than Ink's frame throttle (maxFps 120), so rows paint first. */
const COUNT_DELAY_MS = 25;

export interface AppProps {
  controller: Controller;
  keymap: Keymap;
  onQuit(): void;
  onSuspend(): void;
  /** How often to look for other processes' writes (ms). */
  pollMs?: number;
}

export function App({
  controller,
  keymap,
  onQuit,
  onSuspend,
  pollMs = 1000,
}: AppProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  useInput((input, key) => {
    controller.dispatch({ type: 'keys', keys: keyNames(input, key) });
  });

  useEffect(() => {
    const timer = setInterval(
      () => controller.dispatch({ type: 'poll' }),
      pollMs,
    );
    return () => clearInterval(timer);
  }, [controller, pollMs]);

  useEffect(() => {
    if (state.quitting) onQuit();
  }, [state.quitting, onQuit]);

  // Counting waits until the rows are on screen, so a big store paints
  // its first frame (and a new filter its rows) without waiting; a slow
  // count's later steps follow at once, with keys taken between them.
  const { countsStale, counting } = state.findings;
  useEffect(() => {
    if (!countsStale) return;
    const timer = setTimeout(
      () => controller.dispatch({ type: 'count' }),
      counting ? 0 : COUNT_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [countsStale, counting, controller]);

  const suspends = useRef(state.suspends);
  useEffect(() => {
    if (state.suspends === suspends.current) return;
    suspends.current = state.suspends;
    onSuspend();
  }, [state.suspends, onSuspend]);

  const { width, height } = state;
  if (isTooSmall(width, height))
    return <TooSmall width={width} height={height} />;

  const theme = createTheme(state.colors);
  const { title, summary } = viewChrome(state, keymap);
  return (
    <Box flexDirection="column" width={width} height={frameHeight(height)}>
      <Header state={state} title={title} width={width} />
      <MainPane state={state} keymap={keymap} theme={theme} />
      <Footer
        state={state}
        summary={summary}
        keymap={keymap}
        theme={theme}
        width={width}
      />
    </Box>
  );
}

interface PaneProps {
  state: AppState;
  keymap: Keymap;
  theme: Theme;
}

/** The view under the header: the top overlay that has a pane, or main. */
function MainPane({ state, keymap, theme }: PaneProps) {
  const { width } = state;
  const height = paneRows(state.height);
  const pane = state.overlays.findLast(
    (overlay) =>
      overlay.kind === 'help' ||
      overlay.kind === 'facet-picker' ||
      isTriageOverlay(overlay),
  );
  if (isTriageOverlay(pane)) {
    return (
      <TriagePane overlay={pane} theme={theme} width={width} height={height} />
    );
  }

  switch (pane?.kind) {
    case 'help':
      return (
        <HelpView
          keymap={keymap}
          scroll={pane.scroll}
          width={width}
          height={height}
        />
      );
    case 'facet-picker':
      return <FacetPickerView picker={pane} width={width} height={height} />;
    default:
      return (
        <FindingsTable
          state={state}
          theme={theme}
          width={width}
          height={height}
        />
      );
  }
}

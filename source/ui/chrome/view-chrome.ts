import type { AppState, Overlay } from '../app-state.js';
import { helpLines, helpSpan } from '../help-lines.js';
import type { Keymap } from '../keymap.js';
import { paneRows } from '../screen-size.js';
import { spanLabel } from '../scroll-span.js';
import { findingDetailSummary, findingTitle } from './finding-detail-chrome.js';
import { filterTitle, findingsSummary } from './findings-chrome.js';
import {
  issueDetailSummary,
  issueEditSummary,
  issuesSummary,
  issueTitle,
} from './issue-chrome.js';
import { CHOOSING, facetSummary, pickerSummary } from './picker-chrome.js';

/** What the header and footer say about the view on screen. */
export interface ViewChrome {
  /** The header's last part, after workspace and scan. */
  title: string;
  /** The footer's first line. */
  summary: string;
}

/** Sanitized; computed from the state alone, never from the store. */
export function viewChrome(state: AppState, keymap: Keymap): ViewChrome {
  return chromeOf(state, state.overlays, keymap);
}

function chromeOf(
  state: AppState,
  overlays: readonly Overlay[],
  keymap: Keymap,
): ViewChrome {
  const top = overlays.at(-1);
  const beneath = () => chromeOf(state, overlays.slice(0, -1), keymap);
  switch (top?.kind) {
    case undefined:
      return {
        title: filterTitle(state),
        summary: findingsSummary(state.findings),
      };
    // These act on the view beneath them, so its lines stay true.
    case 'status-chooser':
    case 'line-input':
    case 'ticket-dialog':
      return beneath();
    case 'issue-form':
      return top.target.kind === 'create'
        ? beneath()
        : {
            title: issueTitle(top.target.issue),
            summary: issueEditSummary(top.target.issue),
          };
    case 'help': {
      const { length } = helpLines(keymap);
      const span = helpSpan(length, top.scroll, paneRows(state.height));
      return {
        title: 'keys',
        summary: `every view's keys │ ${spanLabel(span)}`,
      };
    }
    case 'facet-picker':
      return { title: filterTitle(state), summary: facetSummary(top) };
    case 'picker':
      return {
        title:
          top.purpose === 'link' ? filterTitle(state) : CHOOSING[top.purpose],
        summary: pickerSummary(top),
      };
    case 'issues':
      return { title: 'issues', summary: issuesSummary(top) };
    case 'issue-detail':
      return { title: issueTitle(top.issue), summary: issueDetailSummary(top) };
    case 'finding-detail':
      return {
        title: findingTitle(top),
        summary: findingDetailSummary(top, state.width, paneRows(state.height)),
      };
  }
}

import { afterEach, describe, expect, it } from 'vitest';
import { createKeymap, footerHints } from '../../source/ui/keymap.js';
import { PANES } from '../../source/ui/keymap-views.js';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

/** The footer's last line: the key hints. */
const hintLine = (frame: string) => frame.trimEnd().split('\n').at(-1) ?? '';

describe('footer hints', () => {
  it('tell in every full-pane view how to go back and get help', () => {
    const keymap = createKeymap();
    for (const view of PANES) {
      const hints = footerHints(keymap, view);
      expect(hints, view).toContainEqual({ keys: 'Esc', label: 'back' });
      if (view !== 'help') {
        expect(hints, view).toContainEqual({ keys: '?', label: 'help' });
      }
    }
  });

  it('say back, help and quit in finding detail and issues', async () => {
    app = await renderApp({ findings: [{ host: '10.0.0.1' }] });
    await app.press(KEY.enter);
    await app.waitFor('finding #');
    const detail = hintLine(app.frame());
    expect(detail).toContain('Esc back');
    expect(detail).toContain('? help');
    expect(detail).toContain('q Quit');
    expect(detail).toContain('t ticket');

    await app.press(KEY.escape);
    await app.press('2');
    const issues = hintLine(await app.waitFor('Enter open'));
    expect(issues).toContain('Esc back');
    expect(issues).toContain('q Quit');
  });

  it('closes the facet picker with q, and opens help from it', async () => {
    app = await renderApp({ findings: [{ host: '10.0.0.1' }] });
    await app.press('f');
    await app.waitFor('Esc back');
    await app.press('?');
    await app.waitFor('Keys (Esc or ? closes)');
    await app.press('q');
    await app.waitFor((frame) => !frame.includes('Keys (Esc'));
    expect(app.controller.getState().overlays.map((o) => o.kind)).toEqual([
      'facet-picker',
    ]);
    await app.press('q');
    await app.waitFor((frame) => frame.includes('10.0.0.1'));
    expect(app.controller.getState().overlays).toEqual([]);
    expect(app.controller.getState().quitting).toBe(false);
  });
});

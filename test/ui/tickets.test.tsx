import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTheme } from '../../source/ui/theme.js';
import { TicketDialog } from '../../source/ui/ticket-dialog.js';
import { type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

const config = {
  tickets: {
    urlHead: 'https://jira.example.com/browse/',
    urlTail: '?showall=1',
  },
};
const desktop = { env: { DISPLAY: ':0' }, platform: 'linux' as const };

async function withIssue(options: Parameters<typeof renderApp>[0]) {
  app = await renderApp({ findings: [{ host: '10.0.0.1' }], ...options });
  app.store.createIssue({ workspace: 'acme', name: 'Weak', extRef: 'DEMO-1' });
  app.store.createIssue({ workspace: 'acme', name: 'No ref' });
  app.controller.dispatch({ type: 'refresh' });
  await app.press('2');
  await app.waitFor('DEMO-1');
  return app;
}

describe('ticket key', () => {
  it('opens the URL where a browser is reachable', async () => {
    const openUrl = vi.fn(async () => undefined);
    const shown = await withIssue({ config, browser: desktop, openUrl });

    await shown.press('t');

    await shown.waitFor(
      'opened https://jira.example.com/browse/DEMO-1?showall=1',
    );
    expect(openUrl).toHaveBeenCalledWith(
      'https://jira.example.com/browse/DEMO-1?showall=1',
    );
  });

  it('shows the URL when opening fails', async () => {
    const openUrl = vi.fn(async () => {
      throw new Error('xdg-open exited 3');
    });
    const shown = await withIssue({ config, browser: desktop, openUrl });

    await shown.press('t');

    await shown.waitFor('the browser could not be opened (xdg-open exited 3)');
    expect(shown.frame()).toContain(
      'https://jira.example.com/browse/DEMO-1?showall=1',
    );
  });

  it('explains a missing reference or head', async () => {
    const openUrl = vi.fn(async () => undefined);
    const shown = await withIssue({ browser: desktop, openUrl });

    await shown.press('t');
    await shown.waitFor('no ticket URL is configured');
    await shown.press('j');
    await shown.press('t');
    await shown.waitFor('this issue has no external reference');
    expect(openUrl).not.toHaveBeenCalled();
  });
});

describe('ticket key on a finding', () => {
  it("opens its one linked issue's ticket", async () => {
    app = await renderApp({ findings: [{ host: '10.0.0.1' }], config });
    const [finding] = app.store.findings({});
    app.store.createIssue(
      { workspace: 'acme', name: 'Weak', extRef: 'DEMO 7' },
      [finding?.id ?? 0],
    );
    app.controller.dispatch({ type: 'refresh' });
    await app.waitFor('DEMO 7');

    await app.press('t');

    await app.waitFor('https://jira.example.com/browse/DEMO%207?showall=1');
  });

  it('says so when the finding is linked to no issue', async () => {
    app = await renderApp({ findings: [{ host: '10.0.0.1' }], config });

    await app.press('t');

    await app.waitFor('this finding is linked to no issue');
  });
});

describe('TicketDialog', () => {
  it('refuses a URL with control characters: no OSC 8 link', () => {
    const view = render(
      <TicketDialog
        overlay={{
          kind: 'ticket-dialog',
          url: 'https://x.example/\u001b]52;c;QQ==\u0007',
          reason: 'over SSH',
          copied: false,
        }}
        theme={createTheme(false)}
        width={80}
        height={6}
      />,
    );

    expect(view.lastFrame()).toContain('refused: not an http(s) URL');
    expect(view.lastFrame()).not.toContain('\u001b]');
  });
});

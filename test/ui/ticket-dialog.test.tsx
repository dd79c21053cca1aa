import { describe, expect, it, vi } from 'vitest';
import { createKeymap } from '../../source/ui/keymap.js';
import { TicketDialog } from '../../source/ui/ticket-dialog.js';
import { KEY, renderView } from './view-harness.js';

const url = 'https://jira.example.com/browse/DEMO-1?showall=1';

function dialog(shown: string, writeRaw = vi.fn(), onClose = vi.fn()) {
  return renderView(
    <TicketDialog
      url={shown}
      reason="over SSH a browser here would not be on your screen"
      keymap={createKeymap()}
      width={80}
      writeRaw={writeRaw}
      onClose={onClose}
    />,
  );
}

describe('TicketDialog', () => {
  it('shows the URL as an OSC 8 link and copies it with OSC 52', async () => {
    const writeRaw = vi.fn();
    const onClose = vi.fn();
    const view = dialog(url, writeRaw, onClose);

    await view.waitFor(url);
    expect(view.lastFrame()).toContain(
      `\u001b]8;;${url}\u001b\\${url}\u001b]8;;\u001b\\`,
    );
    expect(view.frame()).toContain('Not opened: over SSH');
    await view.press('y');
    await view.waitFor('copied to the clipboard');
    expect(writeRaw).toHaveBeenCalledWith(
      `\u001b]52;c;${Buffer.from(url).toString('base64')}\u001b\\`,
    );
    await view.press(KEY.escape);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('refuses a URL with control characters: no link, no copy', async () => {
    const writeRaw = vi.fn();
    const view = dialog(`${url}\u001b]52;c;QQ==\u0007`, writeRaw);

    await view.waitFor('refused: not an http(s) URL');
    await view.press('y');

    expect(writeRaw).not.toHaveBeenCalled();
    expect(view.lastFrame()).not.toContain('\u001b]8;;');
    expect(view.lastFrame()).not.toContain('\u001b]52');
  });
});

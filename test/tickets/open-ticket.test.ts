import { describe, expect, it, vi } from 'vitest';
import { osc8Link, osc52Copy } from '../../source/tickets/escapes.js';
import {
  noBrowserReason,
  openTicket,
} from '../../source/tickets/open-ticket.js';
import {
  ticketAction,
  ticketIssueOfFinding,
} from '../../source/tickets/ticket-action.js';

const url = 'https://jira.example.com/browse/DEMO-1';
const desktop = { env: { DISPLAY: ':0' }, platform: 'linux' as const };

describe('noBrowserReason', () => {
  it('finds no browser over SSH or without a display on Linux', () => {
    expect(
      noBrowserReason({
        env: { SSH_CONNECTION: '1 2 3 4' },
        platform: 'darwin',
      }),
    ).toMatch(/SSH/);
    expect(
      noBrowserReason({
        env: { DISPLAY: ':0', SSH_TTY: '/dev/pts/1' },
        platform: 'linux',
      }),
    ).toMatch(/SSH/);
    expect(noBrowserReason({ env: {}, platform: 'linux' })).toMatch(/display/);
    expect(
      noBrowserReason({ env: { WAYLAND_DISPLAY: 'w-0' }, platform: 'linux' }),
    ).toBe(undefined);
    expect(noBrowserReason({ env: {}, platform: 'darwin' })).toBe(undefined);
  });
});

describe('openTicket', () => {
  it('opens with a reachable browser', async () => {
    const opener = vi.fn(async () => undefined);

    expect(await openTicket(url, opener, desktop)).toEqual({
      kind: 'opened',
      url,
    });
    expect(opener).toHaveBeenCalledWith(url);
  });

  it('shows the URL over SSH without trying to open it', async () => {
    const opener = vi.fn(async () => undefined);
    const ssh = {
      env: { DISPLAY: ':0', SSH_CONNECTION: 'a' },
      platform: 'linux' as const,
    };

    const outcome = await openTicket(url, opener, ssh);

    expect(outcome.kind).toBe('show');
    expect(opener).not.toHaveBeenCalled();
  });

  it('shows the URL when opening fails', async () => {
    const opener = vi.fn(async () => {
      throw new Error('xdg-open exited 3');
    });

    const outcome = await openTicket(url, opener, desktop);

    expect(outcome).toEqual({
      kind: 'show',
      url,
      reason: 'the browser could not be opened (xdg-open exited 3)',
    });
  });

  it('never opens a URL with control characters', async () => {
    const opener = vi.fn(async () => undefined);

    const outcome = await openTicket(
      `${url}\u001b]52;c;x\u0007`,
      opener,
      desktop,
    );

    expect(outcome.kind).toBe('refused');
    expect(opener).not.toHaveBeenCalled();
  });
});

describe('escape sequences around a URL', () => {
  it('wrap only a validated URL', () => {
    expect(osc8Link(url)).toBe(
      `\u001b]8;;${url}\u001b\\${url}\u001b]8;;\u001b\\`,
    );
    expect(osc52Copy(url)).toBe(
      `\u001b]52;c;${Buffer.from(url).toString('base64')}\u001b\\`,
    );
    expect(() => osc8Link(`${url}\u0007`)).toThrow();
    expect(() => osc52Copy('javascript:alert(1)')).toThrow();
  });
});

describe('ticketAction', () => {
  const config = {
    tickets: {
      urlHead: 'https://jira.example.com/browse/',
      urlTail: '?showall=1',
    },
  };
  const issue = { workspace: 'acme', extRef: 'DEMO-1' };
  const full = 'https://jira.example.com/browse/DEMO-1?showall=1';

  it('opens locally, shows over SSH, explains', async () => {
    const opener = vi.fn(async () => undefined);
    const ssh = { env: { SSH_CONNECTION: 'x' }, platform: 'linux' as const };

    expect(await ticketAction(config, issue, opener, desktop)).toEqual({
      kind: 'message',
      message: `opened ${full}`,
      error: false,
    });
    expect(await ticketAction(config, issue, opener, ssh)).toMatchObject({
      kind: 'dialog',
      url: full,
    });
    expect(
      await ticketAction(config, { ...issue, extRef: '' }, opener, desktop),
    ).toEqual({
      kind: 'message',
      message: 'this issue has no external reference',
      error: true,
    });
    expect(opener).toHaveBeenCalledTimes(1);
  });

  it('finds the one issue of a finding', () => {
    expect(ticketIssueOfFinding([issue])).toEqual({ issue });
    expect(ticketIssueOfFinding([])).toEqual({
      message: 'this finding is linked to no issue',
    });
    expect(ticketIssueOfFinding([issue, issue])).toMatchObject({
      message: expect.stringMatching(/linked to 2 issues/),
    });
  });
});

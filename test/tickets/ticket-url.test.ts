import { describe, expect, it } from 'vitest';
import { isSafeTicketUrl, ticketUrl } from '../../source/tickets/ticket-url.js';

const config = {
  tickets: {
    urlHead: 'https://jira.example.com/browse/',
    urlTail: '?showall=1',
  },
  workspaces: { acme: { tickets: { urlHead: 'http://acme.example/t/' } } },
};

describe('ticketUrl', () => {
  it('joins head, encoded reference and tail', () => {
    expect(ticketUrl(config, 'other', 'DEMO-1')).toEqual({
      ok: true,
      url: 'https://jira.example.com/browse/DEMO-1?showall=1',
    });
  });

  it('prefers the workspace head and falls back to the global tail', () => {
    expect(ticketUrl(config, 'acme', 'A 1/2')).toEqual({
      ok: true,
      url: 'http://acme.example/t/A%201%2F2?showall=1',
    });
  });

  it('encodes control characters in the reference', () => {
    const result = ticketUrl(config, 'other', 'X\u001b]52;c;AAAA\u0007');

    expect(result).toEqual({
      ok: true,
      url: 'https://jira.example.com/browse/X%1B%5D52%3Bc%3BAAAA%07?showall=1',
    });
  });

  it('says why when there is no reference or no head', () => {
    expect(ticketUrl(config, 'other', '  ')).toEqual({
      ok: false,
      reason: 'this issue has no external reference',
    });
    const none = ticketUrl({}, 'other', 'DEMO-1');
    expect(none.ok).toBe(false);
    expect(!none.ok && none.reason).toMatch(/no ticket URL is configured/);
  });

  it('refuses a head with control characters or another scheme', () => {
    const evil = { tickets: { urlHead: 'https://a/\u001b[2J' } };
    const script = { tickets: { urlHead: 'javascript:alert(1)//' } };

    expect(ticketUrl(evil, 'w', 'X').ok).toBe(false);
    expect(ticketUrl(script, 'w', 'X')).toEqual({
      ok: false,
      reason: 'only http and https ticket URLs are opened',
    });
  });
});

describe('isSafeTicketUrl', () => {
  it('accepts http(s) of printable ASCII only', () => {
    expect(isSafeTicketUrl('https://x.example/a?b=1')).toBe(true);
    expect(isSafeTicketUrl('https://x.example/\u0007')).toBe(false);
    expect(isSafeTicketUrl('https://x.example/\u009b')).toBe(false);
    expect(isSafeTicketUrl('https://x.example/a b')).toBe(false);
    expect(isSafeTicketUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeTicketUrl('/relative')).toBe(false);
  });
});

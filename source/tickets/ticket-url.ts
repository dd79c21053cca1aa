import type { Config } from '../config/types.js';
import { hasControlCharacters } from '../config/validate.js';

/** A ticket URL that may be opened or shown, or why there is none. */
export type TicketUrl =
  | { ok: true; url: string }
  | { ok: false; reason: string };

/**
 * True only for an absolute http(s) URL of printable ASCII: the one
 * shape the app ever opens, links (OSC 8) or copies (OSC 52).
 */
export function isSafeTicketUrl(url: string): boolean {
  if (!/^[!-~]+$/.test(url)) return false;

  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Builds an issue's ticket URL: head + encodeURIComponent(extRef) + tail,
 * the workspace's settings over the global ones.
 */
export function ticketUrl(
  config: Config,
  workspace: string,
  extRef: string,
): TicketUrl {
  const reference = extRef.trim();
  if (reference === '') {
    return { ok: false, reason: 'this issue has no external reference' };
  }

  const own = config.workspaces?.[workspace]?.tickets;
  const head = own?.urlHead ?? config.tickets?.urlHead;
  const tail = own?.urlTail ?? config.tickets?.urlTail ?? '';
  if (!head) {
    return {
      ok: false,
      reason:
        'no ticket URL is configured: sectriage config set ' +
        'tickets.urlHead https://tickets.example.com/browse/',
    };
  }

  const raw = head + encodeURIComponent(reference) + tail;
  if (hasControlCharacters(raw)) {
    return { ok: false, reason: 'the ticket URL holds control characters' };
  }

  let url: string;
  try {
    url = new URL(raw).href;
  } catch {
    return { ok: false, reason: `not a valid URL: ${raw}` };
  }

  if (!isSafeTicketUrl(url)) {
    return { ok: false, reason: 'only http and https ticket URLs are opened' };
  }

  return { ok: true, url };
}

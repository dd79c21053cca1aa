import { isSafeTicketUrl } from './ticket-url.js';

/** Opens a URL in a browser; rejects when that fails. */
export type UrlOpener = (url: string) => Promise<unknown>;

/** What happened to a ticket URL: opened, or to be shown to the user. */
export type OpenOutcome =
  | { kind: 'opened'; url: string }
  | { kind: 'show'; url: string; reason: string }
  | { kind: 'refused'; reason: string };

export interface BrowserSituation {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

/**
 * Why no browser on the user's screen can be reached from here, or
 * undefined when one probably can.
 */
export function noBrowserReason({
  env,
  platform,
}: BrowserSituation): string | undefined {
  if (env.SSH_CONNECTION || env.SSH_TTY) {
    return 'over SSH a browser here would not be on your screen';
  }

  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return 'there is no graphical display to open a browser on';
  }

  return;
}

/**
 * Opens a validated ticket URL when a local browser can be reached;
 * otherwise, or when opening fails, asks for it to be shown instead.
 */
export async function openTicket(
  url: string,
  opener: UrlOpener,
  situation: BrowserSituation,
): Promise<OpenOutcome> {
  if (!isSafeTicketUrl(url)) {
    return { kind: 'refused', reason: 'not an http(s) URL; not opened' };
  }

  const reason = noBrowserReason(situation);
  if (reason) return { kind: 'show', url, reason };

  try {
    await opener(url);
    return { kind: 'opened', url };
  } catch (error) {
    return {
      kind: 'show',
      url,
      reason: `the browser could not be opened (${(error as Error).message})`,
    };
  }
}

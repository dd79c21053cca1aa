import { isSafeTicketUrl } from './ticket-url.js';

const OSC = '\u001b]';
const ST = '\u001b\\';

/**
 * An OSC 8 hyperlink whose target and text are both the URL. Only a
 * validated http(s) URL is ever wrapped; anything else throws, so no
 * data can smuggle an escape sequence out through it.
 */
export function osc8Link(url: string): string {
  if (!isSafeTicketUrl(url)) throw new Error('refusing to link a non-http(s)');
  return `${OSC}8;;${url}${ST}${url}${OSC}8;;${ST}`;
}

/** An OSC 52 sequence asking the terminal to copy the URL. */
export function osc52Copy(url: string): string {
  if (!isSafeTicketUrl(url)) throw new Error('refusing to copy a non-http(s)');
  return `${OSC}52;c;${Buffer.from(url, 'utf8').toString('base64')}${ST}`;
}

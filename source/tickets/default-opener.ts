import open from 'open';
import type { UrlOpener } from './open-ticket.js';

/**
 * The real opener. `wait: true` because without it `open` resolves even
 * when xdg-open later fails to find a browser.
 */
export const openInBrowser: UrlOpener = (url) => open(url, { wait: true });

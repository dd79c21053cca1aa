import type { FindingSink } from './types.js';
import {
  emptyZapAlert,
  type ZapAlert,
  type ZapSite,
  zapFinding,
} from './zap-alert.js';

interface SiteState {
  site: ZapSite;
  /** Alerts finished before the site's `@host` and `@port` arrived. */
  waiting: { alert: ZapAlert; record: number }[];
}

/**
 * Keeps track of sites and the alert being read while a ZAP JSON report
 * streams past. ZAP writes a site's `@name`, `@host`, `@port` before its
 * alerts; should a file put them after, finished alerts (already without
 * request/response bodies) wait for them until the site ends.
 */
export class ZapJsonSites {
  /** Whether the report held any site at all. */
  sawSite = false;

  private readonly sites = new Map<number, SiteState>();
  private current: { site: number; index: number; alert: ZapAlert } | null =
    null;
  private record = 0;

  constructor(private readonly sink: FindingSink) {}

  setSiteField(siteIndex: number, key: string, value: string): void {
    const state = this.state(siteIndex);
    const field = key.slice(1) as keyof ZapSite;
    state.site[field] = value.trim();
    if (this.isReady(state)) this.flush(state);
  }

  /** The alert at this position, finishing the previous one if it ended. */
  alertAt(siteIndex: number, index: number): ZapAlert {
    if (this.current?.site === siteIndex && this.current.index === index) {
      return this.current.alert;
    }

    const previousSite = this.current?.site;
    this.finishAlert();
    if (previousSite !== undefined && previousSite !== siteIndex) {
      this.finishSite(previousSite);
    }
    this.state(siteIndex);
    this.record += 1;
    this.current = { site: siteIndex, index, alert: emptyZapAlert() };
    return this.current.alert;
  }

  /** Hands on what is left once the whole report has been read. */
  finish(): void {
    this.finishAlert();
    for (const siteIndex of [...this.sites.keys()]) {
      this.finishSite(siteIndex);
    }
  }

  private finishAlert(): void {
    if (!this.current) return;

    const state = this.state(this.current.site);
    state.waiting.push({ alert: this.current.alert, record: this.record });
    this.current = null;
    if (this.isReady(state)) this.flush(state);
  }

  /** Emits waiting alerts with whatever the site gave (its URL, say). */
  private finishSite(siteIndex: number): void {
    const state = this.sites.get(siteIndex);
    if (state) this.flush(state);
    // A finished site is never needed again; keeping it would also keep
    // alive the parser chunks its strings were cut from.
    this.sites.delete(siteIndex);
  }

  private flush(state: SiteState): void {
    for (const { alert, record } of state.waiting) {
      this.sink.add(zapFinding(state.site, alert, `record ${record}`));
    }
    state.waiting = [];
  }

  private isReady(state: SiteState): boolean {
    return state.site.host !== '' && state.site.port !== '';
  }

  private state(siteIndex: number): SiteState {
    this.sawSite = true;
    let state = this.sites.get(siteIndex);
    if (!state) {
      state = {
        site: { name: '', host: '', port: '', ssl: '' },
        waiting: [],
      };
      this.sites.set(siteIndex, state);
    }
    return state;
  }
}

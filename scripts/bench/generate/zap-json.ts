import type { Generator } from './types.js';
import { ALERTS_PER_SITE, zapSite } from './zap-alerts.js';

/** ZAP's traditional JSON report: sites of five alerts each. */
export const zapJsonGenerator: Generator = {
  header: () =>
    '{\n\t"@programName": "ZAP",\n\t"@version": "2.15.0",\n' +
    '\t"@generated": "Tue, 3 Mar 2026 10:15:42",\n' +
    '\t"created": "2026-03-03T09:15:42.118204Z",\n\t"site": [\n',

  record(index) {
    const site = zapSite(index);
    const json = {
      '@name': site.name,
      '@host': site.host,
      '@port': site.port,
      '@ssl': site.ssl,
      alerts: site.alerts.map((alert, at) => ({
        ...alert,
        instances: site.instances[at] ?? [],
      })),
    };

    const separator = index === 0 ? '' : ',\n';
    const text = `${separator}${JSON.stringify(json, null, '\t')}`;
    return { text, findings: ALERTS_PER_SITE };
  },

  footer: () => '\n\t]\n}\n',
};

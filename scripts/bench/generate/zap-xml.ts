import type { Generator } from './types.js';
import { xml, xmlAttribute } from './vary.js';
import { ALERTS_PER_SITE, zapSite } from './zap-alerts.js';

/** ZAP's traditional XML report: sites of five alerts each. */
export const zapXmlGenerator: Generator = {
  header: () =>
    '<?xml version="1.0"?>\n<OWASPZAPReport programName="ZAP"' +
    ' version="2.15.0" generated="Tue, 3 Mar 2026 10:15:42"' +
    ' created="2026-03-03T09:15:42.118204Z">\n',

  record(index) {
    const site = zapSite(index);
    const alerts = site.alerts.map((alert, at) => {
      const fields = Object.entries(alert)
        .map(([key, value]) => `\t\t\t\t<${key}>${xml(value)}</${key}>\n`)
        .join('');
      const instances = (site.instances[at] ?? [])
        .map(
          (instance) =>
            '\t\t\t\t\t<instance>\n' +
            Object.entries(instance)
              .map(
                ([key, value]) =>
                  `\t\t\t\t\t\t<${key}>${xml(value)}</${key}>\n`,
              )
              .join('') +
            '\t\t\t\t\t</instance>\n',
        )
        .join('');
      return (
        `\t\t\t<alertitem>\n${fields}` +
        `\t\t\t\t<instances>\n${instances}\t\t\t\t</instances>\n` +
        '\t\t\t</alertitem>\n'
      );
    });

    const text =
      `\t<site name="${xmlAttribute(site.name)}" host="${site.host}"` +
      ` port="${site.port}" ssl="${site.ssl}">\n` +
      `\t\t<alerts>\n${alerts.join('')}\t\t</alerts>\n\t</site>\n`;
    return { text, findings: ALERTS_PER_SITE };
  },

  footer: () => '</OWASPZAPReport>\n',
};

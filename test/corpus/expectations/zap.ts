import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/**
 * Distinct `host|port|alertRef-or-pluginid` over ZAP XML, by regular
 * expressions over the raw text.
 */
function zapXmlCount(file: string): () => number {
  return () => {
    const text = readFileSync(realPath(file), 'utf8');
    const keys = new Set<string>();
    for (const site of text.matchAll(/<site\b([^>]*)>([\s\S]*?)<\/site>/g)) {
      const host = attribute(site[1] ?? '', 'host');
      const port = attribute(site[1] ?? '', 'port');
      for (const alert of (site[2] ?? '').matchAll(
        /<alertitem>([\s\S]*?)<\/alertitem>/g,
      )) {
        const body = alert[1] ?? '';
        const plugin =
          /<alertRef>([^<]*)<\/alertRef>/.exec(body)?.[1] ||
          /<pluginid>([^<]*)<\/pluginid>/.exec(body)?.[1];
        keys.add(`${host}|${port}|${plugin}`);
      }
    }
    return keys.size;
  };
}

/** The same count over ZAP JSON, with JSON.parse. */
function zapJsonCount(file: string): () => number {
  return () => {
    const report: ZapJsonReport = JSON.parse(
      readFileSync(realPath(file), 'utf8'),
    );
    const keys = new Set<string>();
    for (const site of report.site) {
      for (const alert of site.alerts) {
        const plugin = alert.alertRef || alert.pluginid;
        keys.add(`${site['@host']}|${site['@port']}|${plugin}`);
      }
    }
    return keys.size;
  };
}

interface ZapJsonReport {
  site: {
    '@host': string;
    '@port': string;
    alerts: { pluginid: string; alertRef?: string }[];
  }[];
}

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

const xml = (file: string): CorpusExpectation => ({
  file,
  format: 'zap-xml',
  expect: { count: zapXmlCount(file) },
});

const json = (file: string): CorpusExpectation => ({
  file,
  format: 'zap-json',
  expect: { count: zapJsonCount(file) },
});

export const expectations: CorpusExpectation[] = [
  // A valid scan of a site where ZAP raised nothing: zero findings.
  xml('zap/dd-empty_2.9.0.xml'),
  xml('zap/dd-some_2.9.0.xml'),
  xml('zap/dd-zap-xml-plus-format.xml'),
  xml('zap/dd-zap_2.16.1_with_req_resp.xml'),
  xml('zap/reconmap-zap-report-merged.xml'),
  json('zap/scb-example.com.json'),
  json('zap/scb-juice-shop.json'),
  json('zap/zap-basic-traditional-json-plus.json'),
  json('zap/zap-basic-traditional-json.json'),
  xml('zap/zap-basic-traditional-xml.xml'),
];

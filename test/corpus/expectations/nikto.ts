import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/**
 * Distinct `ip|port|id:uri` over Nikto XML, by regular expressions over
 * the raw text (one `scandetails` per host, its `item`s inside).
 */
function niktoXmlCount(file: string): () => number {
  return () => {
    const text = readFileSync(realPath(file), 'utf8');
    const keys = new Set<string>();
    for (const host of text.matchAll(
      /<scandetails\b([^>]*)>([\s\S]*?)<\/scandetails>/g,
    )) {
      const ip = attribute(host[1] ?? '', 'targetip');
      const port = attribute(host[1] ?? '', 'targetport');
      for (const item of (host[2] ?? '').matchAll(
        /<item\b([^>]*)>([\s\S]*?)<\/item>/g,
      )) {
        const uri = /<uri><!\[CDATA\[([\s\S]*?)\]\]><\/uri>/.exec(
          item[2] ?? '',
        )?.[1];
        keys.add(`${ip}|${port}|${attribute(item[1] ?? '', 'id')}:${uri}`);
      }
    }
    return keys.size;
  };
}

/** Distinct `ip|port|id:url` over Nikto JSON (an object or an array). */
function niktoJsonCount(file: string): () => number {
  return () => {
    const document = JSON.parse(readFileSync(realPath(file), 'utf8'));
    const hosts: NiktoJsonHost[] = Array.isArray(document)
      ? document
      : [document];
    const keys = new Set<string>();
    for (const host of hosts) {
      for (const result of host.vulnerabilities) {
        keys.add(`${host.ip}|${host.port}|${result.id}:${result.url}`);
      }
    }
    return keys.size;
  };
}

interface NiktoJsonHost {
  ip: string;
  port: string;
  vulnerabilities: { id: string; url: string }[];
}

function attribute(attributes: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
}

const xml = (file: string): CorpusExpectation => ({
  file,
  format: 'nikto-xml',
  expect: { count: niktoXmlCount(file) },
});

const json = (file: string): CorpusExpectation => ({
  file,
  format: 'nikto-json',
  expect: { count: niktoJsonCount(file) },
});

export const expectations: CorpusExpectation[] = [
  json('nikto/dd-issue_9274.json'),
  json('nikto/dd-juice-shop.json'),
  xml('nikto/dd-nikto-output.xml'),
  xml('nikto/dd-nikto-report-many-vuln.xml'),
  xml('nikto/dd-nikto-report-old-format.xml'),
  // A valid scan that found nothing: zero findings, not an error.
  xml('nikto/dd-nikto-report-zero-vuln.xml'),
  xml('nikto/dradis-sample_v2.1.4.xml'),
  json('nikto/scb-docs.securecodebox.io.json'),
  // `[]` says nothing about which scanner wrote it, so detection refuses it.
  {
    file: 'nikto/scb-empty-report.json',
    format: 'nikto-json',
    expect: { error: /not a scan format/ },
  },
];

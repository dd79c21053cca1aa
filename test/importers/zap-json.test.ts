import { describe, expect, it } from 'vitest';
import { detectImporter } from '../../source/importers/registry.js';
import { zapJson } from '../../source/importers/zap-json.js';
import { zapXml } from '../../source/importers/zap-xml.js';
import { collect } from '../helpers/collect.js';
import {
  expectNotDetectedAs,
  fixture,
  otherFixtures,
  scanFileError,
} from '../helpers/fixtures.js';

const path = (name: string) => fixture('zap-json', name);
const texts = async (name: string) =>
  [...(await collect(zapJson, path(name))).findings.entries()].map(
    ([key, finding]) => `${key}\n${finding.text}`,
  );

describe('zap-json', () => {
  it('reads each site, one finding per alertRef', async () => {
    const { findings, scanTime } = await collect(
      zapJson,
      path('traditional.json'),
    );

    expect([...findings.keys()]).toEqual([
      'portal.example.org|443/tcp|10020-1',
      'portal.example.org|443/tcp|10020-2',
      '2001:db8::5|8080/tcp|10036',
    ]);
    expect(findings.get('2001:db8::5|8080/tcp|10036')?.hostname).toBe('');
    expect(scanTime).toEqual(new Date('2026-03-03T09:15:42.118204Z'));
  });

  it('gives the same findings as the XML report of the same scan', async () => {
    const json = await collect(zapJson, path('traditional.json'));
    const xml = await collect(zapXml, fixture('zap-xml', 'traditional.xml'));

    for (const [key, finding] of json.findings) {
      expect(finding).toEqual(xml.findings.get(key));
    }
  });

  it('ignores dates, ids, counts and instance order', async () => {
    expect(await texts('traditional-rescan.json')).toEqual(
      await texts('traditional.json'),
    );
  });

  it('waits for site fields written after the alerts', async () => {
    expect(await texts('fields-after-alerts.json')).toEqual(
      await texts('traditional.json'),
    );
  });

  it('leaves request and response out of JSON-plus, keeps tags', async () => {
    const { findings } = await collect(zapJson, path('plus.json'));
    const csp = findings.get('192.0.2.60|3000/tcp|10038');

    expect(findings.size).toBe(1);
    expect(csp?.text).toContain('Tags: CWE-693, OWASP_2021_A05');
    expect(csp?.text).not.toMatch(/SECRET-REQUEST-COOKIE|RESPONSE-BODY|Date:/);
  });

  it('reads a report without sites as zero findings', async () => {
    const { findings } = await collect(zapJson, path('empty.json'));

    expect(findings.size).toBe(0);
  });

  it("refuses ZAP's own error response with its message", async () => {
    const error = await scanFileError(collect(zapJson, path('error.json')));

    expect(error.message).toBe(
      'ZAP reported an error: URL Not Found in the Scan Tree',
    );
  });

  it('refuses truncated JSON with a location', async () => {
    const error = await scanFileError(collect(zapJson, path('truncated.json')));

    expect(error.message).toMatch(/malformed JSON/);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('is detected for its files and not for the others', async () => {
    for (const name of ['traditional.json', 'plus.json', 'empty.json']) {
      expect((await detectImporter(path(name))).format).toBe('zap-json');
    }
    for (const other of otherFixtures('zap-json')) {
      await expectNotDetectedAs(zapJson, other);
    }
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHead } from '../../source/importers/file-text.js';
import { nucleiImporter } from '../../source/importers/nuclei.js';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import { otherFixtures } from '../helpers/other-fixtures.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '../../fixtures/nuclei', name);

const read = (name: string) => collect(nucleiImporter, fixture(name));

describe('nuclei importer', () => {
  it('reads v3 JSON lines, skipping non-matches', async () => {
    const { findings } = await read('v3.jsonl');

    expect([...findings.keys()]).toEqual([
      '203.0.113.20|8443/tcp|CVE-2023-46747:/tmui/login.jsp',
      '203.0.113.20|443/tcp|' +
        'http-missing-security-headers:strict-transport-security',
      '203.0.113.20|443/tcp|' +
        'http-missing-security-headers:content-security-policy',
      '2001:db8::443|80/tcp|tech-detect:nginx',
      'docs.example.test|general|dns-saas-service-detection:azure',
      '203.0.113.22|8080/tcp|CVE-2021-44228:/api',
    ]);
  });

  it('keeps address and name, and maps severities', async () => {
    const { findings } = await read('v3.jsonl');

    expect(
      findings.get('203.0.113.20|8443/tcp|CVE-2023-46747:/tmui/login.jsp'),
    ).toMatchObject({ hostname: 'bigip.example.test', severity: 'critical' });
    expect(
      findings.get('2001:db8::443|80/tcp|tech-detect:nginx')?.hostname,
    ).toBe('');
    expect(
      findings.get('203.0.113.22|8080/tcp|CVE-2021-44228:/api')?.severity,
    ).toBe('info');
  });

  it('keeps what identifies the match and drops raw traffic', async () => {
    const { findings } = await read('v3.jsonl');
    const text =
      findings.get('203.0.113.20|8443/tcp|CVE-2023-46747:/tmui/login.jsp')
        ?.text ?? '';

    expect(text).toBe(
      [
        'F5 BIG-IP - Unauthenticated RCE via AJP Smuggling',
        'Severity: critical (CVSS 9.8)\n' +
          'Matched at: https://bigip.example.test:8443/tmui/login.jsp\n' +
          'Classification: CVE-2023-46747, CWE-288',
        'Extracted:\n- uid=0(root)',
        'Undisclosed requests may bypass configuration utility authentication.',
        'References:\n- https://my.f5.com/manage/s/article/K000137353',
      ].join('\n\n'),
    );
    expect(text).not.toMatch(/X-Request-Id|curl|2026-03-02/);
  });

  it('keeps unicode text intact', async () => {
    const { findings } = await read('v3.jsonl');

    expect(
      findings.get('docs.example.test|general|dns-saas-service-detection:azure')
        ?.text,
    ).toContain('«Übersicht» CDN');
  });

  it('gives identical texts for a rescan with new ids and times', async () => {
    const first = await read('v3.jsonl');
    const second = await read('v3-rescan.jsonl');

    expect([...second.findings.values()]).toEqual([...first.findings.values()]);
  });

  it('reads legacy field names and keeps each matched page apart', async () => {
    const { findings } = await read('legacy.jsonl');

    expect([...findings.keys()]).toEqual([
      '198.51.100.40|22/tcp|openssh-detect',
      '198.51.100.40|443/tcp|tech-detect:bootstrap',
      '198.51.100.40|443/tcp|git-config:/.git/config',
      '198.51.100.40|443/tcp|git-config:/static/.git/config',
    ]);
    expect(findings.get('198.51.100.40|22/tcp|openssh-detect')?.text).toContain(
      'References:\n- https://www.openssh.com/\n- https://nvd.nist.gov/',
    );
  });

  it('reads the -json-export array', async () => {
    const { findings } = await read('export.json');

    expect([...findings.keys()]).toEqual([
      '192.0.2.80|465/tcp|tls-version',
      'mail.example.test|general|caa-fingerprint',
    ]);
  });

  it('reads an empty export as zero findings', async () => {
    expect((await read('empty-export.json')).findings.size).toBe(0);
  });

  it('refuses a 0-byte file as empty', async () => {
    await expect(detectImporter(fixture('empty.jsonl'))).rejects.toThrow(
      'the file is empty',
    );
  });

  it('says which line or record is broken', async () => {
    await expect(read('malformed.jsonl')).rejects.toMatchObject({
      name: 'ScanFileError',
      message: 'malformed JSON: the JSON ends too early',
      location: 'line 2, column 57',
    });
    await expect(read('no-template.jsonl')).rejects.toMatchObject({
      message: 'not a Nuclei result (no template id)',
      location: 'line 2',
    });
    await expect(read('truncated-export.json')).rejects.toMatchObject({
      name: 'ScanFileError',
      location: expect.stringMatching(/^line \d+, column \d+$/),
    });
  });

  it('is detected for its own files and not for other JSON', async () => {
    for (const name of ['v3.jsonl', 'legacy.jsonl', 'export.json']) {
      expect((await detectImporter(fixture(name))).format).toBe('nuclei');
    }
    expect(nucleiImporter.detect('{"info":{"name":"x"},"id":"1"}')).toBe(false);
    for (const path of otherFixtures('nuclei')) {
      expect(nucleiImporter.detect(await readHead(path))).toBe(false);
    }
  });
});

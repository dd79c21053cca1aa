import { describe, expect, it } from 'vitest';
import { niktoJson } from '../../source/importers/nikto-json.js';
import { detectImporter } from '../../source/importers/registry.js';
import { collect } from '../helpers/collect.js';
import {
  expectNotDetectedAs,
  fixture,
  otherFixtures,
  scanFileError,
} from '../helpers/fixtures.js';

const path = (name: string) => fixture('nikto-json', name);

describe('nikto-json', () => {
  it('reads an array of hosts, one finding per id and URI', async () => {
    const { findings, scanTime } = await collect(niktoJson, path('hosts.json'));

    expect([...findings.keys()]).toEqual([
      '203.0.113.40|443/tcp|999103:/',
      '203.0.113.40|443/tcp|740001:/shop.tar.gz',
      '203.0.113.40|443/tcp|740001:/backup.zip',
      '203.0.113.40|443/tcp|001503:/ドキュメント/',
      '2001:db8::31|8080/tcp|999986:/',
    ]);
    expect(scanTime).toBeUndefined();
  });

  it('keeps the message, method, URI, OSVDB id and references', async () => {
    const { findings } = await collect(niktoJson, path('hosts.json'));

    expect(findings.get('203.0.113.40|443/tcp|001503:/ドキュメント/')).toEqual({
      host: '203.0.113.40',
      hostname: 'shop.example.org',
      port: '443/tcp',
      plugin: '001503:/ドキュメント/',
      severity: 'info',
      text: [
        'Verzeichnisauflistung gefunden: „ドキュメント“.',
        'Method: GET',
        'URI: /ドキュメント/',
        'OSVDB: 3233',
        'Nikto test: 001503',
      ].join('\n'),
    });
    expect(findings.get('203.0.113.40|443/tcp|999103:/')?.text).toContain(
      'References: https://developer.mozilla.org/',
    );
    expect(findings.get('2001:db8::31|8080/tcp|999986:/')?.hostname).toBe('');
  });

  it('reads a single host object', async () => {
    const { findings } = await collect(niktoJson, path('single.json'));

    expect([...findings.keys()]).toEqual([
      '192.0.2.80|80/tcp|999970:/',
      '192.0.2.80|80/tcp|999990:/',
    ]);
    expect(findings.get('192.0.2.80|80/tcp|999970:/')?.text).not.toContain(
      'OSVDB',
    );
  });

  it('reads an empty array as zero findings', async () => {
    const { findings } = await collect(niktoJson, path('empty.json'));

    expect(findings.size).toBe(0);
  });

  it('refuses a result that comes before its host', async () => {
    const error = await scanFileError(
      collect(niktoJson, path('result-first.json')),
    );

    expect(error.message).toMatch(/before its host/);
    expect(error.location).toBe('record 1');
  });

  it('refuses truncated JSON with a location', async () => {
    const error = await scanFileError(
      collect(niktoJson, path('truncated.json')),
    );

    expect(error.message).toMatch(/malformed JSON/);
    expect(error.location).toMatch(/^line \d+, column \d+$/);
  });

  it('refuses a JSON document that is not a Nikto report', async () => {
    const error = await scanFileError(
      collect(niktoJson, fixture('zap-json', 'error.json')),
    );

    expect(error.message).toBe('not a Nikto JSON report');
  });

  it('is detected for its files and not for the others', async () => {
    for (const name of ['hosts.json', 'single.json']) {
      expect((await detectImporter(path(name))).format).toBe('nikto-json');
    }
    for (const other of otherFixtures('nikto-json')) {
      await expectNotDetectedAs(niktoJson, other);
    }
  });
});

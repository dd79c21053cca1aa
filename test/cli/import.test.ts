import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpStore } from '../helpers/dump-store.js';
import { runCli, runJson } from '../helpers/run-cli.js';
import { type TempStore, tempStore } from '../helpers/temp-store.js';

const ZAP = 'fixtures/zap-xml/traditional.xml';
const ZAP_RESCAN = 'fixtures/zap-xml/traditional-rescan.xml';

let temp: TempStore;
beforeEach(() => {
  temp = tempStore();
});
afterEach(() => temp.dispose());

const importArgs = (...files: string[]) => [
  'import',
  ...files,
  '--workspace',
  'acme',
  '--scan',
  'web',
];

describe('sectriage import', () => {
  it('prints the run, findings read and counts by status', async () => {
    const result = await runCli(temp.path, importArgs(ZAP));

    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /traditional\.xml: run 1 \(zap-xml\), \d+ findings read; now new \d+/,
    );
  });

  it('counts one finding read as one', async () => {
    const file = join(temp.dir, 'one.nbe');
    writeFileSync(file, 'results|10.0.0|10.0.0.1|ssh (22/tcp)\n');
    const result = await runCli(temp.path, importArgs(file));

    expect(result.err).toBe('');
    expect(result.out).toMatch(/one\.nbe: run 1 \(nbe\), 1 finding read;/);
  });

  it('reports JSON per file with status counts', async () => {
    const [first, second] = await runJson<
      { runId: number; findingsRead: number; changedTo: object }[]
    >(temp.path, importArgs(ZAP, ZAP_RESCAN));

    expect(first?.runId).toBe(1);
    expect(second?.runId).toBe(2);
    expect(first?.findingsRead).toBeGreaterThan(0);
    expect(second?.changedTo).toEqual({});
  });

  it('records the time given, the file name and its hash', async () => {
    await runCli(temp.path, [
      ...importArgs(ZAP),
      '--time',
      '2026-01-02T03:04:05Z',
    ]);
    const [run] = temp.store.runs(temp.store.scans()[0]?.id ?? -1);

    expect(run?.scanTime).toBe('2026-01-02T03:04:05.000Z');
    expect(run?.sourceFile).toBe('traditional.xml');
    expect(run?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an empty scan unless --allow-empty', async () => {
    await runCli(temp.path, importArgs(ZAP));
    const before = dumpStore(temp.path);
    const refused = await runCli(
      temp.path,
      importArgs('fixtures/zap-xml/empty.xml'),
    );

    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/empty\.xml: no findings read.*--allow-empty/);
    expect(dumpStore(temp.path)).toBe(before);

    const allowed = await runCli(temp.path, [
      ...importArgs('fixtures/zap-xml/empty.xml'),
      '--allow-empty',
    ]);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toMatch(/now gone \d+/);
  });

  describe('bad input leaves the store exactly as it was', () => {
    const cases: [string, string, RegExp][] = [
      [
        'malformed.xml',
        '<?xml version="1.0"?>\n<OWASPZAPReport>\n<site></alerts>',
        /malformed\.xml: line 3, column \d+: malformed XML/,
      ],
      [
        'truncated.xml',
        '<?xml version="1.0"?>\n' +
          '<OWASPZAPReport version="2.9.0">\n<site name="x"',
        /truncated\.xml: line \d+, column \d+: /,
      ],
      [
        'other.txt',
        'just some text\nthat is no scan\n',
        /other\.txt: line 1: not a scan format/,
      ],
      [
        'entity.xml',
        '<?xml version="1.0"?>\n' +
          '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n' +
          '<OWASPZAPReport>&x;</OWASPZAPReport>',
        /entity\.xml: line 2, column \d+: entity declarations are not accepted/,
      ],
    ];

    for (const [name, content, message] of cases) {
      it(name, async () => {
        await runCli(temp.path, importArgs(ZAP));
        const before = dumpStore(temp.path);
        const file = join(temp.dir, name);
        writeFileSync(file, content);

        const result = await runCli(temp.path, importArgs(file));

        expect(result.code).toBe(1);
        expect(result.err.split('\n')).toHaveLength(1);
        expect(result.err).toMatch(message);
        expect(dumpStore(temp.path)).toBe(before);
      });
    }

    it('a failed first import, which leaves no store behind', async () => {
      const path = join(temp.dir, 'new.db');
      const broken = join(temp.dir, 'broken.xml');
      writeFileSync(broken, '<OWASPZAPReport><site');

      const failed = await runCli(path, importArgs(broken));
      expect(failed.code).toBe(1);
      expect(existsSync(path)).toBe(false);
      expect(existsSync(`${path}-wal`)).toBe(false);

      const mixed = await runCli(path, importArgs(ZAP, broken));
      expect(mixed.code).toBe(1);
      expect(existsSync(path)).toBe(true);
      expect(await runCli(path, ['workspaces'])).toMatchObject({ code: 0 });
    });

    it('a file that does not exist', async () => {
      await runCli(temp.path, importArgs(ZAP));
      const before = dumpStore(temp.path);
      const result = await runCli(temp.path, importArgs('/nonexistent/x.xml'));

      expect(result.code).toBe(1);
      expect(result.err).toBe('sectriage: /nonexistent/x.xml: no such file');
      expect(dumpStore(temp.path)).toBe(before);
    });
  });

  it('exits 2 on usage errors', async () => {
    const cases = [
      ['import', ZAP, '--scan', 'web'],
      ['import', ZAP, '--workspace', 'a', '--scan', 'b', '--format', 'nope'],
      ['import', ZAP, '--workspace', 'a', '--scan', 'b', '--time', 'soon'],
      ['import', '--bogus'],
    ];
    for (const args of cases) {
      const result = await runCli(temp.path, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/^sectriage: /);
    }
  });

  it('forces a format with --format', async () => {
    const result = await runCli(temp.path, [
      ...importArgs('fixtures/nikto-json/single.json'),
      '--format',
      'zap-json',
    ]);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/single\.json: /);
  });
});

describe('sectriage import of a file forced into the wrong format', () => {
  it('places the JSON error in an XML file', async () => {
    const result = await runCli(temp.path, [
      ...importArgs(ZAP),
      '--format',
      'testssl',
    ]);

    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `sectriage: ${ZAP}: line 1, column 1: ` +
        "malformed JSON: expected a value, not '<'",
    );
  });
});

describe('sectriage import keeps a scan one scanner, in time order', () => {
  it('refuses a file of another scanner', async () => {
    await runCli(temp.path, importArgs(ZAP));
    const before = dumpStore(temp.path);
    const result = await runCli(
      temp.path,
      importArgs('fixtures/nmap/demo-week1.xml'),
    );

    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /scan "web" holds OWASP ZAP runs and this file is Nmap output;/,
    );
    expect(dumpStore(temp.path)).toBe(before);
  });

  it('refuses a run older than the latest one', async () => {
    await runCli(temp.path, [...importArgs(ZAP), '--time', '2026-02-01']);
    const result = await runCli(temp.path, [
      ...importArgs(ZAP_RESCAN),
      '--time',
      '2026-01-01',
    ]);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/older than the scan's latest run/);
  });
});

describe('sectriage import of a file the scan already has', () => {
  const storeBytes = () =>
    ['', '-wal']
      .map((suffix) => `${temp.path}${suffix}`)
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('base64'))
      .join();

  it('imports nothing when it is the latest run', async () => {
    await runCli(temp.path, importArgs(ZAP));
    const before = { rows: dumpStore(temp.path), bytes: storeBytes() };
    const again = await runCli(temp.path, importArgs(ZAP));

    expect(again.code).toBe(0);
    expect(again.err).toBe('');
    expect(again.out).toBe(
      `${ZAP}: already imported as run 1; nothing changed`,
    );
    expect(dumpStore(temp.path)).toBe(before.rows);
    expect(storeBytes()).toBe(before.bytes);
  });

  it('says so in JSON, with the run it already is', async () => {
    await runCli(temp.path, importArgs(ZAP));
    const [again] = await runJson<
      { runId: number; alreadyImported: boolean; changedTo: object }[]
    >(temp.path, importArgs(ZAP));

    expect(again).toMatchObject({
      runId: 1,
      alreadyImported: true,
      changedTo: {},
    });
  });

  it('judges each file of one call on its own', async () => {
    await runCli(temp.path, importArgs(ZAP));
    const result = await runCli(temp.path, importArgs(ZAP, ZAP_RESCAN));

    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `${ZAP}: already imported as run 1; nothing changed`,
      expect.stringMatching(/traditional-rescan\.xml: run 2 /),
    ]);
  });

  it('imports nothing when it is an older run, at its own time', async () => {
    await runCli(temp.path, importArgs(ZAP, ZAP_RESCAN));
    const before = dumpStore(temp.path);
    const again = await runCli(temp.path, importArgs(ZAP, ZAP_RESCAN));

    expect(again.code).toBe(0);
    expect(again.out).toMatch(/traditional\.xml: already imported as run 1;/);
    expect(again.out).toMatch(/rescan\.xml: already imported as run 2;/);
    expect(dumpStore(temp.path)).toBe(before);
  });

  it('imports an older run at a later time as a new run', async () => {
    const at = (time: string) => ['--time', time];
    await runCli(temp.path, [...importArgs(ZAP), ...at('2026-01-01')]);
    await runCli(temp.path, [...importArgs(ZAP_RESCAN), ...at('2026-02-01')]);
    const back = await runCli(temp.path, [
      ...importArgs(ZAP),
      ...at('2026-03-01'),
    ]);

    expect(back.code).toBe(0);
    expect(back.out).toMatch(/traditional\.xml: run 3 /);
    expect(back.err).toMatch(/note: .*same content as run 1, an older run/);
    expect(back.err).toMatch(/of this scan; imported as run 3/);
  });
});

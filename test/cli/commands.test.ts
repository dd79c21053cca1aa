import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../helpers/run-cli.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

interface FindingJson {
  id: number;
  host: string;
  port: string;
  status: string;
  severity: string;
  remark: string;
  issues: number[];
  run: number;
}

let temp: TempStore;
const cli = (...args: string[]) => runCli(temp.path, args);

beforeEach(async () => {
  temp = tempStore();
  await importFindings(temp.store, [
    scanFinding({ host: '10.0.0.1', port: '22/tcp', plugin: 'open-port' }),
    scanFinding({ host: '10.0.0.2', port: '443/tcp', severity: 'high' }),
    scanFinding({
      host: '10.1.0.3',
      plugin: 'ssl-cert',
      text: 'evil \x1b]52;c;AAAA\x07 text',
    }),
  ]);
});
afterEach(() => temp.dispose());

describe('sectriage findings', () => {
  it('lists findings as JSON with the documented fields', async () => {
    const findings = await runJson<FindingJson[]>(temp.path, ['findings']);

    expect(findings).toHaveLength(3);
    expect(Object.keys(findings[0] ?? {}).sort()).toEqual(
      [
        'finding',
        'host',
        'hostname',
        'id',
        'issues',
        'plugin',
        'port',
        'remark',
        'run',
        'scan',
        'severity',
        'status',
        'workspace',
      ].sort(),
    );
  });

  it('filters by host pattern, port, severity and status', async () => {
    const hosts = async (...args: string[]) =>
      (await runJson<FindingJson[]>(temp.path, ['findings', ...args])).map(
        (finding) => finding.host,
      );

    expect(await hosts('--host', '10.0.*')).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(await hosts('--port', '443/tcp')).toEqual(['10.0.0.2']);
    expect(await hosts('--severity', 'high,critical')).toEqual(['10.0.0.2']);
    expect(await hosts('--plugin', 'ssl-*')).toEqual(['10.1.0.3']);
    expect(await hosts('--status', 'open')).toEqual([]);
    expect(await hosts('--workspace', 'acme', '--scan', 'weekly')).toHaveLength(
      3,
    );
  });

  it('never prints escape sequences from scan text', async () => {
    const table = await cli('findings');
    const json = await cli('findings', '--json');

    expect(table.out).not.toContain('\x1b');
    expect(table.out).toContain('␛]52;c;AAAA␇');
    expect(json.out).not.toContain('\x1b');
    expect(JSON.parse(json.out)[2].finding).toContain('\x1b]52');
  });

  it('fails clearly on an unknown workspace', async () => {
    const result = await cli('findings', '--workspace', 'nope');

    expect(result.code).toBe(1);
    expect(result.err).toBe('sectriage: no workspace named "nope"');
  });
});

describe('sectriage finding', () => {
  it('updates status and remark, and shows the history', async () => {
    const update = await cli(
      'finding',
      'update',
      '1',
      '2',
      '--status',
      'open',
      '--remark',
      'seen',
    );
    await cli('finding', 'update', '1', '--remark', 'fixing', '--append');
    const shown = await runJson<FindingJson & { history: object[] }>(
      temp.path,
      ['finding', 'show', '1'],
    );

    expect(update.out).toBe('updated 2 of 2 findings');
    expect(shown.status).toBe('open');
    expect(shown.remark).toBe('seen\nfixing');
    expect(shown.history).toMatchObject([
      { status: 'new', user: 'tester' },
      { status: 'open', remark: 'seen' },
      { status: 'open', remark: 'seen\nfixing' },
    ]);
  });

  it('refuses statuses only imports set, and unknown findings', async () => {
    expect((await cli('finding', 'update', '1', '--status', 'new')).code).toBe(
      2,
    );
    const missing = await cli('finding', 'update', '99', '--status', 'open');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('sectriage: no finding 99');
    expect((await cli('finding', 'show', 'x')).code).toBe(2);
  });
});

describe('sectriage issue', () => {
  it('creates, links, unlinks and answers "is it really fixed?"', async () => {
    const created = await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'Telnet open',
      '--ext-ref',
      'DEMO-1',
      '--severity',
      'high',
      '--finding',
      '1',
    );
    const id = created.out;
    await cli('issue', 'link', id, '2', '3');
    await cli('issue', 'unlink', id, '3');
    await cli('finding', 'update', '1', '--status', 'closed');

    const issue = await runJson<{
      extRef: string;
      linkedCount: number;
      presentCount: number;
      findings: FindingJson[];
    }>(temp.path, ['issue', 'show', 'DEMO-1']);

    expect(created.code).toBe(0);
    expect(id).toBe('1');
    expect(issue.extRef).toBe('DEMO-1');
    expect(issue.findings.map((finding) => finding.id)).toEqual([1, 2]);
    expect(issue.linkedCount).toBe(2);
    expect(issue.presentCount).toBe(1);

    await cli('finding', 'update', '2', '--status', 'closed');
    const text = await cli('issue', 'show', '1');
    expect(text.out).toContain('Still present: 0 of 2');
    expect(text.out).toContain('really fixed');
  });

  it('counts one finding as one, not as findings', async () => {
    await cli('issue', 'create', '--workspace', 'acme', '--name', 'One');
    const linked = await cli('issue', 'link', '1', '2');
    const unlinked = await cli('issue', 'unlink', '1', '2');
    await cli('issue', 'link', '1', '3');
    const shown = await cli('issue', 'show', '1');
    const updated = await cli('finding', 'update', '1', '--status', 'open');

    expect(linked.out).toBe('linked 1 finding to issue 1');
    expect(unlinked.out).toBe('unlinked 1 finding from issue 1');
    expect(shown.out).toContain('Still present: 1 of 1 linked finding\n');
    expect(updated.out).toBe('updated 1 of 1 finding');
  });

  it('updates issues and lists them by status', async () => {
    await cli('issue', 'create', '--workspace', 'acme', '--name', 'A');
    await cli('issue', 'create', '--workspace', 'acme', '--name', 'B');
    await cli('issue', 'update', '2', '--status', 'closed', '--name', 'B2');

    const open = await runJson<{ name: string }[]>(temp.path, [
      'issues',
      '--status',
      'open',
    ]);
    const closed = await runJson<{ name: string }[]>(temp.path, [
      'issues',
      '--workspace',
      'acme',
      '--status',
      'closed',
    ]);

    expect(open.map((issue) => issue.name)).toEqual(['A']);
    expect(closed.map((issue) => issue.name)).toEqual(['B2']);
  });

  it('needs a name and a workspace, and a known issue', async () => {
    expect((await cli('issue', 'create', '--name', 'x')).code).toBe(2);
    expect((await cli('issue', 'create', '--workspace', 'acme')).code).toBe(2);
    const missing = await cli('issue', 'show', 'NOPE-1');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('sectriage: no issue NOPE-1');
  });

  it('refuses to link findings of another workspace', async () => {
    await importFindings(temp.store, [scanFinding({})], { workspace: 'other' });
    await cli('issue', 'create', '--workspace', 'other', '--name', 'x');
    const result = await cli('issue', 'link', '1', '1');

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/another workspace/);
  });
});

describe('sectriage workspaces and scans', () => {
  it('lists them with counts', async () => {
    const workspaces = await runJson<object[]>(temp.path, ['workspaces']);
    const scans = await runJson<object[]>(temp.path, ['scans']);

    expect(workspaces).toEqual([
      { id: 1, name: 'acme', scanCount: 1, findingCount: 3 },
    ]);
    expect(scans).toMatchObject([
      { workspace: 'acme', name: 'weekly', scanner: 'Test', runCount: 1 },
    ]);
  });
});

describe('the command line itself', () => {
  it('opens the screen when only options are given', async () => {
    const launched: unknown[] = [];
    const { main } = await import('../../source/commands/main.js');
    const code = await main(
      ['--db', temp.path, '--user', 'ann'],
      { out: () => {}, err: () => {}, env: {} },
      async (options) => {
        launched.push(options);
        return 0;
      },
    );

    expect(code).toBe(0);
    expect(launched).toEqual([{ storePath: temp.path, user: 'ann' }]);
  });

  it('names an unknown command and exits 2', async () => {
    const result = await cli('frobnicate');

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'sectriage: unknown command "frobnicate"; see sectriage --help',
    );
  });

  it('names an option the screen does not take, not its value', async () => {
    for (const args of [['--workspace', 'beta'], ['--workspace=beta']]) {
      const result = await cli(...args);

      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toBe(
        'sectriage: unknown option --workspace for the triage screen ' +
          '(press w on the screen, or set defaultWorkspace); ' +
          'see sectriage --help',
      );
    }
    expect((await cli('--json')).err).toBe(
      'sectriage: unknown option --json for the triage screen; ' +
        'see sectriage --help',
    );
  });

  it('names an unknown option as it was typed', async () => {
    for (const typed of ['--bogus-flag', '--bogus-flag=1', '--no-bogus-flag']) {
      const before = await cli(typed, 'findings');
      const after = await cli('findings', typed);

      const name = typed.split('=')[0];
      const line =
        `sectriage: unknown option ${name} for "findings"; ` +
        'see sectriage findings --help';
      expect(before.code, typed).toBe(2);
      expect(before.err).toBe(line);
      expect(after.err).toBe(line);
    }
  });

  it('edits the config file without a store', async () => {
    const env = { XDG_CONFIG_HOME: temp.dir };
    const set = await runCli(
      temp.path,
      ['config', 'set', 'tickets.urlHead', 'https://t.example.com/b/'],
      env,
    );
    const get = await runCli(
      temp.path,
      ['config', 'get', 'tickets.urlHead'],
      env,
    );

    expect(set.code).toBe(0);
    expect(get.out).toBe('https://t.example.com/b/');
  });
});

describe('mistakes the command line catches', () => {
  it('refuses stray arguments and names the fix', async () => {
    const result = await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'x',
      '--finding',
      '1',
      '2',
    );

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'sectriage: unexpected argument "2" ' +
        '(repeat --finding for several findings)',
    );
  });

  it('treats a flag given twice as wrong usage', async () => {
    const result = await cli(
      'findings',
      '--workspace',
      'a',
      '--workspace',
      'b',
    );

    expect(result.code).toBe(2);
  });

  it('lists the subcommands of a group', async () => {
    const result = await cli('issue');

    expect(result.code).toBe(2);
    expect(result.err).toMatch(/"issue" needs one of: create, update, link/);
  });

  it('creates no workspace or store by mistake', async () => {
    const typo = await cli(
      'issue',
      'create',
      '--workspace',
      'acm',
      '--name',
      'x',
    );
    const missing = await runCli(`${temp.dir}/nodir/x.db`, ['findings']);

    expect(typo.code).toBe(1);
    expect(typo.err).toBe('sectriage: no workspace named "acm"');
    expect(temp.store.workspaces().map((w) => w.name)).toEqual(['acme']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(
      /^sectriage: no store at .*import a scan first/,
    );
  });

  it('keeps external references unique within a workspace', async () => {
    await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'a',
      '--ext-ref',
      'SEC-1',
    );
    const again = await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'b',
      '--ext-ref',
      'SEC-1',
    );

    expect(again.code).toBe(1);
    expect(again.err).toBe(
      'sectriage: SEC-1 is already the reference of issue 1 ' +
        'in workspace "acme"',
    );
  });
});

describe('external references', () => {
  it('are unique whatever their case, and printable', async () => {
    await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'a',
      '--ext-ref',
      'SEC-1',
    );
    const lower = await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'b',
      '--ext-ref',
      'sec-1',
    );
    const hidden = await cli(
      'issue',
      'create',
      '--workspace',
      'acme',
      '--name',
      'c',
      '--ext-ref',
      'SEC-2\x1b[2J',
    );
    const found = await runJson<{ id: number }>(temp.path, [
      'issue',
      'show',
      'sec-1',
    ]);

    expect(lower.code).toBe(1);
    expect(lower.err).toMatch(/sec-1 is already the reference of issue 1/);
    expect(hidden.code).toBe(1);
    expect(hidden.err).toMatch(/cannot hold control or formatting characters/);
    expect(found.id).toBe(1);
  });
});

describe('small conveniences', () => {
  it('reads a bare port number as that port over any protocol', async () => {
    const findings = await runJson<FindingJson[]>(temp.path, [
      'findings',
      '--port',
      '443',
    ]);

    expect(findings.map((finding) => finding.port)).toEqual(['443/tcp']);
  });

  it('refuses a run time in the future', async () => {
    const result = await cli(
      'import',
      'fixtures/zap-xml/traditional.xml',
      '--workspace',
      'acme',
      '--scan',
      'web',
      '--time',
      '2999-01-01T00:00:00Z',
    );

    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is in the future/);
  });
});

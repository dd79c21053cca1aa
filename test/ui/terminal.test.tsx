import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RemarkDraftFile,
  remarkDraftPath,
} from '../../source/drafts/remark-draft.js';
import { runTriageScreen } from '../../source/ui/run.js';
import {
  ENTER_SEQUENCE,
  LEAVE_SEQUENCE,
  onBeforeExit,
} from '../../source/ui/terminal.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';
import { streams } from './fake-terminal.js';

let temp: TempStore;
let exits: number[];

beforeEach(async () => {
  temp = tempStore();
  await importFindings(temp.store, [
    scanFinding({ host: '10.0.0.9', severity: 'high', text: 'Telnet open' }),
  ]);
  exits = [];
  vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
    exits.push(code);
  }) as typeof process.exit);
});

afterEach(() => {
  vi.restoreAllMocks();
  temp.dispose();
});

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function until(test: () => boolean) {
  const deadline = Date.now() + 3000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await macrotask();
  }
}

function start(env: NodeJS.ProcessEnv = {}) {
  const io = streams();
  const done = runTriageScreen({
    store: temp.store,
    workspace: temp.store.workspaceByName('acme'),
    stdin: io.stdin as unknown as NodeJS.ReadStream,
    stdout: io.stdout as unknown as NodeJS.WriteStream,
    stderr: io.stderr as unknown as NodeJS.WriteStream,
    env,
  });
  return { ...io, done };
}

describe('terminal lifecycle', () => {
  it('enters the alternate screen and restores it on quit', async () => {
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    expect(app.stdout.written.startsWith(ENTER_SEQUENCE)).toBe(true);
    expect(app.stdin.rawMode).toBe(true);

    app.stdin.type('q');
    expect(await app.done).toBe(0);
    expect(app.stdout.written.endsWith(LEAVE_SEQUENCE)).toBe(true);
    expect(app.stdin.rawMode).toBe(false);
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)(
    'restores on %s, runs exit hooks, exits %i',
    async (signal, code) => {
      const app = start();
      const hook = vi.fn();
      const remove = onBeforeExit(hook);
      await until(() => app.stdout.written.includes('Telnet open'));

      process.emit(signal, signal);
      expect(await app.done).toBe(code);
      remove();
      expect(hook).toHaveBeenCalledOnce();
      expect(exits).toEqual([code]);
      expect(app.stdout.written.endsWith(LEAVE_SEQUENCE)).toBe(true);
      expect(process.listenerCount(signal)).toBeLessThan(2);
    },
  );

  it('keeps a typed remark with its finding when the line drops', async () => {
    const stateHome = mkdtempSync(join(tmpdir(), 'sectriage-state-'));
    const app = start({ XDG_STATE_HOME: stateHome });
    await until(() => app.stdout.written.includes('Telnet open'));
    const [finding] = temp.store.findings({});
    app.stdin.type('R');
    app.stdin.type('call the owner');
    await until(() => app.stdout.written.includes('call the owner'));

    process.emit('SIGHUP', 'SIGHUP');
    expect(await app.done).toBe(129);
    const drafts = new RemarkDraftFile(
      remarkDraftPath(join(stateHome, 'sectriage'), temp.store.path),
    );
    expect(drafts.read()).toMatchObject({
      append: true,
      workspace: 'acme',
      findingIds: [finding?.id],
      text: 'call the owner',
    });
    expect(temp.store.findings({})[0]?.remark).toBe('');

    const again = start({ XDG_STATE_HOME: stateHome });
    await until(() =>
      again.stdout.written.includes('Restore the unsaved remark line'),
    );
    again.stdin.type('n');
    again.stdin.type('q');
    expect(await again.done).toBe(0);
    expect(drafts.read()).toBeUndefined();
  });

  it('quits at once on Ctrl-C typed in raw mode', async () => {
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    app.stdin.type('\x03');
    expect(await app.done).toBe(0);
    expect(app.stdout.written.endsWith(LEAVE_SEQUENCE)).toBe(true);
  });

  it('on a crash restores, prints one line and exits 1', async () => {
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    const emit = process.emit as (event: string, ...args: unknown[]) => boolean;
    emit.call(process, 'uncaughtException', new Error('boom'));
    expect(await app.done).toBe(1);
    expect(exits).toEqual([1]);
    expect(app.stderr.written).toBe('sectriage: boom\n');
    expect(app.stdout.written.endsWith(LEAVE_SEQUENCE)).toBe(true);
  });

  it('suspends on Ctrl-Z and redraws on SIGCONT', async () => {
    const kill = vi.spyOn(process, 'kill').mockImplementation(() => true);
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    app.stdin.type('\x1a');
    await until(() => kill.mock.calls.length > 0);
    expect(kill).toHaveBeenCalledWith(process.pid, 'SIGTSTP');
    expect(app.stdout.written.endsWith(LEAVE_SEQUENCE)).toBe(true);
    expect(app.stdin.rawMode).toBe(false);

    const before = app.stdout.written.length;
    process.emit('SIGCONT', 'SIGCONT');
    await until(() => app.stdout.written.slice(before).includes('resumed'));
    const after = app.stdout.written.slice(before);
    expect(after.startsWith(ENTER_SEQUENCE)).toBe(true);
    expect(after).toContain('Telnet open');
    expect(app.stdin.rawMode).toBe(true);

    app.stdin.type('q');
    expect(await app.done).toBe(0);
  });

  it('follows resizes and says when the terminal is too small', async () => {
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    app.stdout.resize(50, 10);
    await until(() => app.stdout.written.includes('Too small: 50x10'));
    app.stdout.resize(80, 14);
    const mark = app.stdout.written.length;
    await until(() => app.stdout.written.slice(mark).includes('Telnet open'));
    app.stdin.type('q');
    await app.done;
  });

  it('follows wider and narrower terminals unclearing', async () => {
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    app.stdin.type('jjk');
    app.stdout.resize(120, 30);
    let mark = app.stdout.written.length;
    await until(() => app.stdout.written.slice(mark).includes('Telnet open'));
    app.stdout.resize(90, 30);
    mark = app.stdout.written.length;
    await until(() => app.stdout.written.slice(mark).includes('Telnet open'));
    app.stdin.type('q');
    await app.done;

    const drawn = app.stdout.written
      .replace(ENTER_SEQUENCE, '')
      .replace(LEAVE_SEQUENCE, '');
    expect(drawn).not.toContain('\u001b[3J');
    expect(drawn).not.toContain('\u001b[2J');
  });

  it('keeps the scrollback when the terminal shrinks', async () => {
    const app = start();
    await until(() => app.stdout.written.includes('Telnet open'));
    app.stdout.resize(70, 14);
    const mark = app.stdout.written.length;
    await until(() => app.stdout.written.slice(mark).includes('Telnet open'));
    app.stdin.type('q');
    await app.done;

    expect(app.stdout.written).not.toContain('\u001b[3J');
  });

  it('draws no colours when NO_COLOR is set', async () => {
    const app = start({ NO_COLOR: '1' });
    await until(() => app.stdout.written.includes('Telnet open'));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: SGR colours
    expect(app.stdout.written).not.toMatch(/\u001b\[(3[0-7]|9[0-7]|38;)/);
    app.stdin.type('q');
    await app.done;
  });
});

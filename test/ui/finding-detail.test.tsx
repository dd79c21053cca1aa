import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  diffAgainstPrevious,
  wrapDetailLines,
} from '../../source/ui/finding-detail/detail-lines.js';
import { FindingDetailView } from '../../source/ui/finding-detail/finding-detail-view.js';
import { createKeymap } from '../../source/ui/keymap.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';
import { renderView } from './view-harness.js';

let temp: TempStore;
afterEach(() => temp.dispose());

async function seed() {
  temp = tempStore('alice');
  const { store } = temp;
  const base = { host: '10.0.0.1', hostname: 'web.acme', port: '443/tcp' };
  await importFindings(store, [
    scanFinding({ ...base, text: 'TLS 1.0\nTLS 1.1\ncert ok' }),
  ]);
  await importFindings(store, [
    scanFinding({
      ...base,
      text: 'TLS 1.0\ncert expired \u001b]52;c;QQ==\u0007',
    }),
  ]);
  const [finding] = store.findings({});
  const id = finding?.id ?? 0;
  store.updateFindings([id], { remark: 'asked the web team' });
  store.createIssue({ workspace: 'acme', name: 'Weak TLS', extRef: 'DEMO-1' }, [
    id,
  ]);
  return { store, id };
}

describe('FindingDetailView', () => {
  it('shows text, remark, issues, history and the diff, sanitized', async () => {
    const { store, id } = await seed();
    const onTicket = vi.fn();
    const view = renderView(
      <FindingDetailView
        store={store}
        findingId={id}
        keymap={createKeymap()}
        width={100}
        height={40}
        onTicket={onTicket}
      />,
    );

    const frame = await view.waitFor('Changes against the previous run');
    expect(frame).toContain('10.0.0.1 (web.acme)  443/tcp  open-port');
    expect(frame).toContain('asked the web team');
    expect(frame).toContain('DEMO-1  Weak TLS  [medium, open]');
    expect(frame).toMatch(/alice  run 2  new  low  remark: asked/);
    expect(frame).toContain('  TLS 1.0');
    expect(frame).toContain('- TLS 1.1');
    expect(frame).toContain('- cert ok');
    expect(frame).toContain('+ cert expired ␛]52;c;QQ==␇');
    expect(view.lastFrame()).not.toContain('\u001b]52');

    await view.press('t');
    await vi.waitFor(() => expect(onTicket).toHaveBeenCalled());
    expect(onTicket.mock.calls[0]?.[0][0].extRef).toBe('DEMO-1');
  });

  it('scrolls with the move keys', async () => {
    const { store, id } = await seed();
    const view = renderView(
      <FindingDetailView
        store={store}
        findingId={id}
        keymap={createKeymap()}
        width={100}
        height={5}
        onTicket={() => {}}
      />,
    );

    await view.waitFor('lines 1-4 of');
    await view.press('j', 'j');
    await view.waitFor('lines 3-6 of');
    await view.press('G');
    const frame = await view.waitFor('+ cert expired');
    expect(frame).not.toContain('10.0.0.1 (web.acme)');
    await view.press('g');
    await view.waitFor('lines 1-4 of');
  });
});

describe('detail lines', () => {
  it('marks the diff with + and - so it reads without colour', () => {
    expect(diffAgainstPrevious('a\nb\n', 'a\nc\n')).toEqual([
      { text: '  a', tone: 'plain' },
      { text: '- b', tone: 'removed' },
      { text: '+ c', tone: 'added' },
    ]);
    expect(diffAgainstPrevious(null, 'x')[0]?.text).toMatch(/no earlier run/);
    expect(diffAgainstPrevious('x', 'x')[0]?.text).toMatch(/unchanged/);
  });

  it('wraps by cells and keeps the diff marker', () => {
    expect(wrapDetailLines([{ text: '+ 漢字漢字', tone: 'added' }], 6)).toEqual(
      [
        { text: '+ 漢字', tone: 'added' },
        { text: '+ 漢字', tone: 'added' },
      ],
    );
  });
});

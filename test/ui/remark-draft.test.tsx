import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flushAllDrafts } from '../../source/drafts/draft-file.js';
import {
  type RemarkDraft,
  RemarkDraftFile,
} from '../../source/drafts/remark-draft.js';
import { type RenderedApp, renderApp } from './render-app.js';
import { KEY } from './triage-keys.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

const findings = [1, 2, 3].map((n) => ({ host: `10.0.0.${n}` }));

function draftFile(): RemarkDraftFile {
  const dir = mkdtempSync(join(tmpdir(), 'sectriage-remark-'));
  return new RemarkDraftFile(join(dir, 'remark-draft.json'));
}

function remarksOf(rendered: RenderedApp): string[] {
  return rendered.store.findings({}).map((finding) => finding.remark);
}

describe('remark drafts', () => {
  it('keeps typed remark text with its findings; Esc drops it', async () => {
    const drafts = draftFile();
    app = await renderApp({ findings, remarkDrafts: drafts });
    const rows = app.controller.getState().findings.window.rows;
    const [first, second] = rows.map((row) => row.id);

    await app.press(' ');
    await app.press(' ');
    await app.press('R');
    await app.waitFor('append to remark: █');
    await app.press('lab hosts');
    await app.waitFor('append to remark: lab hosts█');
    flushAllDrafts();
    expect(drafts.read()).toMatchObject({
      append: true,
      workspace: 'acme',
      findingIds: [first, second],
      text: 'lab hosts',
    });

    await app.press(KEY.escape);
    await app.waitFor((frame) => !frame.includes('append to remark'));
    flushAllDrafts();
    expect(drafts.read()).toBeUndefined();
    expect(remarksOf(app)).toEqual(['', '', '']);
  });

  it('keeps no draft of text back at its start, or once applied', async () => {
    const drafts = draftFile();
    app = await renderApp({ findings, remarkDrafts: drafts });

    await app.press('r');
    await app.press('x');
    await app.waitFor('remark: x█');
    await app.press(KEY.backspace);
    await app.waitFor('remark: █');
    flushAllDrafts();
    expect(drafts.read()).toBeUndefined();

    await app.press('ok');
    await app.waitFor('remark: ok█');
    await app.press(KEY.enter);
    await app.waitFor('set the remark of 1 finding');
    flushAllDrafts();
    expect(drafts.read()).toBeUndefined();
  });

  it('offers a draft at start and applies it only on Enter', async () => {
    const drafts = draftFile();
    const seed = await renderApp({ findings });
    const ids = seed.store.findings({}).map((each) => each.id);
    seed.dispose();
    const draft: RemarkDraft = {
      append: false,
      workspace: 'acme',
      findingIds: [ids[1] ?? 0, ids[2] ?? 0],
      text: 'false positive',
      savedAt: '2026-12-04T10:00:00.000Z',
    };
    drafts.schedule(draft);
    drafts.flush();

    app = await renderApp({ findings, remarkDrafts: drafts });
    await app.waitFor(
      'Restore the unsaved remark "false positive" for 2 findings in acme',
    );
    await app.press('y');
    await app.waitFor('remark: false positive█');
    expect(remarksOf(app)).toEqual(['', '', '']);
    expect(drafts.read()).toEqual(draft);

    await app.press(' (ops)');
    await app.press(KEY.enter);
    await app.waitFor('set the remark of 2 findings');
    const byId = new Map(
      app.store.findings({}).map((each) => [each.id, each.remark]),
    );
    expect([...byId.values()].sort()).toEqual([
      '',
      'false positive (ops)',
      'false positive (ops)',
    ]);
    expect(byId.get(ids[0] ?? 0)).toBe('');
    expect(drafts.read()).toBeUndefined();
  });

  it('throws an offered draft away on n, changing nothing', async () => {
    const drafts = draftFile();
    drafts.schedule({
      append: true,
      workspace: 'acme',
      findingIds: [1],
      text: 'stale',
      savedAt: '2026-12-04T10:00:00.000Z',
    });
    drafts.flush();

    app = await renderApp({ findings, remarkDrafts: drafts });
    await app.waitFor('Restore the unsaved remark line "stale" for 1 finding');
    await app.press('n');
    await app.waitFor('unsaved remark thrown away');
    expect(drafts.read()).toBeUndefined();
    expect(remarksOf(app)).toEqual(['', '', '']);
    expect(app.controller.getState().overlays).toEqual([]);
  });
});

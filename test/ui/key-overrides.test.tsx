import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScreenConfig } from '../../source/ui/screen-config.js';
import { type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp;
afterEach(() => app.dispose());

function configFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sectriage-keys-'));
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('key overrides from config.json', () => {
  it('keeps the defaults of a clashing override and says why', async () => {
    const path = configFile({
      keys: { 'cursor.down': ['q'], 'cursor.up': ['K'] },
    });
    const { config, notice } = loadScreenConfig(path);
    expect(config.keys).toEqual({ 'cursor.up': ['K'] });

    const findings = [1, 2, 3].map((n) => ({ host: `10.0.0.${n}` }));
    app = await renderApp({ findings, keys: config.keys, notice });
    await app.waitFor(
      'config.json: keys.cursor.down: q is already the key of app.quit ' +
        'in findings',
    );
    await app.waitFor('10.0.0.3');
    await app.press('j');
    await app.waitFor('2/3');
    await app.press('K');
    await app.waitFor('1/3');
    await app.press('q');
    await app.waitFor(() => app.quits === 1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { type RenderedApp, renderApp } from './render-app.js';

let app: RenderedApp | undefined;
afterEach(() => app?.dispose());

describe('findings view', () => {
  it('shows the table with header, rows and footer', async () => {
    app = await renderApp({
      width: 120,
      findings: [
        {
          host: '10.0.0.1',
          hostname: 'web.example',
          port: '443/tcp',
          plugin: 'ssl-cert',
          severity: 'high',
          text: 'Expired certificate\nmore',
        },
        {
          host: '10.0.0.2',
          port: '22/tcp',
          plugin: 'ssh',
          severity: 'low',
          text: 'SSH open',
        },
      ],
    });
    const frame = await app.waitFor('Expired certificate');
    expect(frame).toContain('acme');
    expect(frame).toContain('10.0.0.1 web.example');
    expect(frame).toContain('443/tcp');
    expect(frame).toContain('ssl-cert');
    expect(frame).toContain('new 2');
    expect(frame).toContain('0 selected');
    expect(frame).toContain('/ filter');
    expect(frame).not.toContain('more');
    expect(frame).toContain('1/2 │ new 2');
  });
});

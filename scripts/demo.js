// Opens the triage screen on the sample scans in fixtures/, in a demo
// store, config and state folder of its own under .demo/ (never the
// user's), rebuilt from scratch on every run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const demo = join(root, '.demo');
const cli = join(root, 'dist', 'sectriage.js');
const store = join(demo, 'demo.db');
const env = {
  ...process.env,
  SECTRIAGE_DB: store,
  XDG_CONFIG_HOME: join(demo, 'config'),
  XDG_STATE_HOME: join(demo, 'state'),
  XDG_DATA_HOME: join(demo, 'data'),
};

const IMPORTS = [
  ['external nmap', 'nmap/demo-week1.xml', '2025-03-03T09:15:02Z'],
  ['external nmap', 'nmap/demo-week2.xml', '2025-03-10T09:15:02Z'],
  ['internal nessus', 'nessus/several-hosts.nessus'],
  ['internal openvas', 'openvas/gmp22-nested.xml'],
  ['web zap', 'zap-xml/traditional.xml'],
  ['web nikto', 'nikto-xml/nested.xml'],
  ['tls testssl', 'testssl/flat.json'],
];

function sectriage(...args) {
  return execFileSync(process.execPath, [cli, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

execFileSync(process.execPath, [join(root, 'scripts', 'bundle.js')], {
  stdio: 'inherit',
});
rmSync(demo, { recursive: true, force: true });
mkdirSync(join(demo, 'config', 'sectriage'), { recursive: true });
writeFileSync(
  join(demo, 'config', 'sectriage', 'config.json'),
  `${JSON.stringify(
    {
      defaultWorkspace: 'demo',
      tickets: {
        urlHead: 'https://tickets.example.com/browse/',
        urlTail: '?focus=sectriage',
      },
    },
    null,
    2,
  )}\n`,
  { mode: 0o600 },
);

for (const [scan, file, time] of IMPORTS) {
  const timeArgs = time ? ['--time', time] : [];
  sectriage(
    'import',
    join(root, 'fixtures', file),
    '--workspace',
    'demo',
    '--scan',
    scan,
    ...timeArgs,
  );
}

const sshFindings = JSON.parse(
  sectriage('findings', '--workspace', 'demo', '--port', '22/tcp', '--json'),
).map((finding) => String(finding.id));
sectriage(
  'issue',
  'create',
  '--workspace',
  'demo',
  '--name',
  'SSH reachable from the internet',
  '--ext-ref',
  'DEMO-1',
  '--severity',
  'medium',
  '--description',
  'Management SSH should only be reachable over the VPN.',
  ...sshFindings.flatMap((id) => ['--finding', id]),
);

if (process.argv.includes('--no-screen')) process.exit(0);
const screen = spawnSync(process.execPath, [cli], { env, stdio: 'inherit' });
process.exitCode = screen.status ?? 1;

// The ui part of `npm run bench`: the triage screen on a generated store
// of a million findings, driven in a real pseudo-terminal (issue 3):
// start to first frame, key press to frame, resident memory.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { temporaryFolder } from './temp-dir.js';
import { readUiOptions, USAGE } from './ui-options.js';
import { type Plan, planSteps, QUIT, readyText } from './ui-plan.js';
import { type DriverResult, kindStats, LIMITS, targets } from './ui-results.js';
import { benchStore } from './ui-store.js';
import { uiReport } from './ui-table.js';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, '.bench');
const DRIVER = join(ROOT, 'scripts/bench/ui-driver.py');

let options: ReturnType<typeof readUiOptions>;
try {
  options = readUiOptions(process.argv.slice(2));
} catch (error) {
  const message = (error as Error).message;
  process.stderr.write(`bench ui: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const store = await benchStore(BENCH_DIR, options.findings, options.fresh, say);

// The bundle imports its dependencies from node_modules: keep it inside.
const bin = join(BENCH_DIR, 'ui', 'sectriage.js');
execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.js'), bin], {
  cwd: ROOT,
  stdio: 'inherit',
});

// No user configuration (keys, default workspace) may change what runs.
const home = temporaryFolder('sectriage-bench-ui-');
const plan: Plan = {
  command: [
    process.execPath,
    ...(options.profileDir
      ? ['--cpu-prof', '--cpu-prof-dir', resolve(options.profileDir)]
      : []),
    bin,
    '--db',
    store,
    '--user',
    'bench',
  ],
  cwd: ROOT,
  env: {
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_STATE_HOME: join(home, 'state'),
  },
  cols: 120,
  rows: 40,
  ready: [readyText()],
  timeoutMs: 30_000,
  // A frame is written in one go: 8 ms of quiet ends it. Counts come
  // COUNT_DELAY_MS after the rows, and take a while on a million rows.
  quietMs: 8,
  settleMs: 400,
  setupQuietMs: 100,
  steps: planSteps(options.presses),
  quit: QUIT,
};

say(
  `UI bench: ${options.findings} findings, ${options.presses} presses ` +
    `of each key kind, ${plan.cols}x${plan.rows} pty`,
);
const driver = spawnSync('python3', [DRIVER], {
  input: JSON.stringify(plan),
  encoding: 'utf8',
  stdio: ['pipe', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
if (driver.status !== 0) {
  process.stderr.write(`bench ui: the pty driver failed (${driver.status})\n`);
  process.exit(1);
}

const result = JSON.parse(driver.stdout) as DriverResult;
const stats = kindStats(result);
const list = targets(result, stats);
const ok = list.every((each) => each.pass) && result.exitCode === 0;
say(`\n${uiReport(result, stats, list)}`);
if (result.exitCode !== 0) say(`the app exited with ${result.exitCode}`);

if (options.jsonPath) {
  const report = {
    machine: { cpus: cpus().length, node: process.version },
    findings: options.findings,
    presses: options.presses,
    terminal: { cols: plan.cols, rows: plan.rows },
    limits: LIMITS,
    ok,
    firstFrameMs: result.firstFrameMs,
    firstSettledMs: result.firstSettledMs,
    keys: stats,
    memoryMb: {
      peak: result.memoryKb.peak / 1024,
      end: result.memoryKb.end / 1024,
    },
    targets: list,
  };
  writeFileSync(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
}
process.exitCode = ok ? 0 : 1;

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

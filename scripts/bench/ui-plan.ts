import { createKeymap, footerHints } from '../../source/ui/keymap.js';
import { bytesOf } from './ui-keys.js';

export const KINDS = ['cursor down', 'page down', 'filter change'] as const;

export type KeyKind = (typeof KINDS)[number];

/**
 * What a user types to change the filter: `/`, the line cleared, a term,
 * Enter. Only the Enter is timed: it is the key that re-queries the store.
 * Field terms only; a free-text term scans every finding's text.
 */
export const BENCH_FILTERS = [
  'sev:>=high',
  'status:new',
  'port:443/tcp',
  'sev:medium',
  'host:10.0.1.*',
  'status:open,no-issue',
  'port:22/tcp sev:>=medium',
  '-status:gone',
];

export interface Step {
  kind: KeyKind;
  /** Keys written first, each followed by quiet; not timed. */
  setup: string[];
  /** The timed key. */
  key: string;
}

export interface Plan {
  command: string[];
  cwd: string;
  env: Record<string, string>;
  cols: number;
  rows: number;
  /** Text that shows the first full frame is on screen. */
  ready: string[];
  timeoutMs: number;
  quietMs: number;
  settleMs: number;
  setupQuietMs: number;
  steps: Step[];
  quit: string;
}

/** The timed key presses: `presses` of each kind, kind after kind. */
export function planSteps(presses: number): Step[] {
  const times = (kind: KeyKind, step: (index: number) => Omit<Step, 'kind'>) =>
    Array.from({ length: presses }, (_, index) => ({ kind, ...step(index) }));
  const filter = (index: number) => ({
    setup: [
      bytesOf('filter.edit'),
      bytesOf('input.clear'),
      BENCH_FILTERS[index % BENCH_FILTERS.length] as string,
    ],
    key: bytesOf('input.submit'),
  });

  return [
    ...times('cursor down', () => ({ setup: [], key: bytesOf('cursor.down') })),
    ...times('page down', () => ({
      setup: [],
      key: bytesOf('cursor.pageDown'),
    })),
    ...times('filter change', filter),
  ];
}

/** The findings view's first footer hint: drawn last in a full frame. */
export function readyText(): string {
  const [first] = footerHints(createKeymap(), 'findings');
  if (first === undefined) throw new Error('the findings view has no hints');

  return `${first.keys} ${first.label}`;
}

export const QUIT = bytesOf('app.quit');

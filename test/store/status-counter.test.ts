import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusCounter } from '../../source/store/status-counter.js';
import type { Store } from '../../source/store/store.js';
import type { FindingFilter } from '../../source/store/types.js';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

let temp: TempStore;
let store: Store;

beforeEach(async () => {
  temp = tempStore();
  store = temp.store;
  await importFindings(
    store,
    Array.from({ length: 300 }, (_, index) =>
      scanFinding({
        host: `10.0.0.${index}`,
        hostname: index % 3 === 0 ? `web${index}.example` : '',
        text: index % 4 === 0 ? 'Telnet open' : 'SSH open',
      }),
    ),
  );
  store.updateFindings([5, 10, 15, 20], { status: 'open' });
  store.updateFindings([30, 60], { status: 'no-issue' });
});
afterEach(() => temp.dispose());

/** Runs a counter to the end; the counts and how many steps it took. */
function countAll(filter: FindingFilter, firstStepIds: number) {
  // biome-ignore lint/complexity/useLiteralKeys: the store's private db
  const counter = statusCounter(store['db'], filter, firstStepIds);
  const progress: number[] = [];
  for (let steps = 1; steps < 1000; steps += 1) {
    const counts = counter.step();
    if (counts) return { counts, steps, progress };
    progress.push(counter.progress);
  }
  throw new Error('the counter never finished');
}

describe('statusCounter', () => {
  it.each<[string, FindingFilter]>([
    ['free text', { text: ['telnet'] }],
    ['a hostname pattern', { hostname: ['web*'] }],
    ['text and status', { text: ['open'], status: ['open', 'no-issue'] }],
    ['nothing matching', { text: ['absent'] }],
  ])('counts %s in steps to what one query counts', (_, filter) => {
    const { counts, steps, progress } = countAll(filter, 7);

    expect(counts).toEqual(store.countByStatus(filter));
    expect(steps).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((done) => done > 0 && done < 1)).toBe(true);
  });

  it('answers a filter the tally counts in one step', () => {
    const filter = { status: ['open' as const], severity: ['low' as const] };

    expect(countAll(filter, 7)).toMatchObject({
      counts: store.countByStatus(filter),
      steps: 1,
    });
  });
});

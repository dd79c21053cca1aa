import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importFindings,
  scanFinding,
  type TempStore,
  tempStore,
} from '../helpers/temp-store.js';

let temp: TempStore;

beforeEach(() => {
  temp = tempStore();
});

afterEach(() => temp.dispose());

describe('workspaceRefs', () => {
  it('lists the workspaces by name with the ids workspaces() has', async () => {
    await importFindings(temp.store, [scanFinding({})], { workspace: 'zeta' });
    await importFindings(temp.store, [scanFinding({})], { workspace: 'acme' });

    const counted = temp.store.workspaces();

    expect(temp.store.workspaceRefs()).toEqual(
      counted.map(({ id, name }) => ({ id, name })),
    );
    expect(counted.map((workspace) => workspace.name)).toEqual([
      'acme',
      'zeta',
    ]);
  });
});

import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../source/ui/error-boundary.js';

function Broken(): never {
  throw new Error('view exploded');
}

describe('root error boundary', () => {
  it('hands a render error to onCrash and draws nothing more', async () => {
    const onCrash = vi.fn();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { lastFrame, unmount } = render(
      <ErrorBoundary onCrash={onCrash}>
        <Text>before</Text>
        <Broken />
      </ErrorBoundary>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    spy.mockRestore();
    expect(onCrash).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'view exploded' }),
    );
    expect(lastFrame()).toBe('');
    unmount();
  });
});

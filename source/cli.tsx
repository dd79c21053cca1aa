import { main } from './commands/main.js';
import { allowInteractiveRendering } from './commands/screen-env.js';

const code = await main(process.argv.slice(2), undefined, async (options) => {
  allowInteractiveRendering();

  // Ink and React load only when the screen opens: commands start fast.
  const { launchTriageScreen } = await import('./ui/launch.js');
  return launchTriageScreen(options);
});
process.exitCode = code;

import { main } from './commands/main.js';
import { allowInteractiveRendering } from './commands/screen-env.js';

// `sectriage findings | head` closes the pipe early: that is not an error.
// Any other failure to write (a full disk) is one line, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`sectriage: cannot write the output (${error.code})\n`);
  process.exit(1);
});

const code = await main(process.argv.slice(2), undefined, async (options) => {
  allowInteractiveRendering();

  // Ink and React load only when the screen opens: commands start fast.
  const { launchTriageScreen } = await import('./ui/launch.js');
  return launchTriageScreen(options);
});
process.exitCode = code;

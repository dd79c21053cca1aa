const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

/**
 * Ink draws nothing until the app exits when CI or CONTINUOUS_INTEGRATION
 * is set (it assumes a log, not a terminal). The triage screen only ever
 * runs on a terminal, so such variables must not switch it off. Call this
 * before Ink is first imported: Ink reads them once, at import.
 */
export function allowInteractiveRendering(
  env: NodeJS.ProcessEnv = process.env,
): void {
  for (const name of CI_VARIABLES) {
    if (name in env) env[name] = 'false';
  }
}

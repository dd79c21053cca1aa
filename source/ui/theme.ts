import type { Severity } from '../domain/severity.js';
import type { FindingStatus } from '../domain/status.js';

/**
 * Colours by meaning. With colours off (NO_COLOR) every entry is
 * undefined and Ink draws plain text; bold and inverse still mark the
 * cursor and the header.
 */
export interface Theme {
  severity(severity: Severity): string | undefined;
  status(status: FindingStatus): string | undefined;
  accent: string | undefined;
  error: string | undefined;
  dim: boolean;
}

const SEVERITY_COLORS: Record<Severity, string> = {
  critical: 'magenta',
  high: 'red',
  medium: 'yellow',
  low: 'cyan',
  info: 'gray',
  none: 'gray',
};

const STATUS_COLORS: Partial<Record<FindingStatus, string>> = {
  new: 'green',
  changed: 'yellow',
  open: 'red',
};

export function createTheme(colors: boolean): Theme {
  if (!colors) {
    return {
      severity: () => undefined,
      status: () => undefined,
      accent: undefined,
      error: undefined,
      dim: false,
    };
  }

  return {
    severity: (severity) => SEVERITY_COLORS[severity],
    status: (status) => STATUS_COLORS[status],
    accent: 'cyan',
    error: 'red',
    dim: true,
  };
}

/** NO_COLOR (https://no-color.org): present and not empty turns colour off. */
export function colorsWanted(env: NodeJS.ProcessEnv): boolean {
  return (env.NO_COLOR ?? '') === '';
}

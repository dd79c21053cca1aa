import { Box, Text } from 'ink';
import { sanitizeLine } from '../text/sanitize.js';
import { osc8Link } from '../tickets/escapes.js';
import { isSafeTicketUrl } from '../tickets/ticket-url.js';
import type { Theme } from './theme.js';
import type { TicketOverlay } from './triage/overlays.js';

interface TicketDialogProps {
  overlay: TicketOverlay;
  theme: Theme;
  width: number;
  height: number;
}

/**
 * A ticket URL that could not be opened here, as an OSC 8 link built
 * only from the validated http(s) URL; anything else is refused.
 */
export function TicketDialog({
  overlay,
  theme,
  width,
  height,
}: TicketDialogProps) {
  const { url, reason, copied } = overlay;

  // No border: Ink counts the OSC 8 bytes as cells, which would push a
  // right border off the link's line.
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{'── Ticket '.padEnd(width, '─')}</Text>
      <Text wrap="wrap">Not opened: {sanitizeLine(reason)}.</Text>
      {isSafeTicketUrl(url) ? (
        <Text>{osc8Link(url)}</Text>
      ) : (
        <Text color={theme.error}>refused: not an http(s) URL</Text>
      )}
      {copied ? (
        <Text>
          sent to the clipboard with OSC 52 (if your terminal allows it)
        </Text>
      ) : null}
      <Text bold>{''.padEnd(width, '─')}</Text>
    </Box>
  );
}

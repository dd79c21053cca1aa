import { Box, Text } from 'ink';
import { useCallback, useState } from 'react';
import { sanitizeLine } from '../text/sanitize.js';
import { osc8Link, osc52Copy } from '../tickets/escapes.js';
import { isSafeTicketUrl } from '../tickets/ticket-url.js';
import { footerHints, type Keymap } from './keymap.js';
import { useLatest } from './use-latest.js';
import { useViewKeys, type ViewKey } from './use-view-keys.js';

export interface TicketDialogProps {
  url: string;
  /** Why it is shown rather than opened. */
  reason: string;
  keymap: Keymap;
  width: number;
  /**
   * Writes an escape sequence straight to the terminal, outside Ink's
   * text (the OSC 52 copy); tests capture it.
   */
  writeRaw: (sequence: string) => void;
  onClose: () => void;
  isActive?: boolean;
}

/**
 * Shows a ticket URL that could not be opened here, as an OSC 8 link,
 * and copies it with OSC 52. Both sequences are built only from a
 * validated http(s) URL; anything else is shown as refused.
 */
export function TicketDialog(props: TicketDialogProps) {
  const { url, reason, keymap, width } = props;
  const [copied, setCopied] = useState(false);
  const latest = useLatest(props);
  const safe = isSafeTicketUrl(url);

  const onKeys = useCallback(
    (keys: ViewKey[]) => {
      for (const key of keys) {
        if (!('command' in key)) continue;
        if (key.command === 'dialog.close') {
          latest.current.onClose();
          return;
        }

        if (key.command === 'ticket.copy' && safe) {
          latest.current.writeRaw(osc52Copy(latest.current.url));
          setCopied(true);
        }
      }
    },
    [latest, safe],
  );
  useViewKeys(keymap, 'ticket-dialog', onKeys, props.isActive ?? true);

  const hints = footerHints(keymap, 'ticket-dialog')
    .map((hint) => `${hint.keys} ${hint.label}`)
    .join('  ');

  return (
    // No border: Ink counts the OSC 8 bytes as cells, which would push a
    // right border off the link's line.
    <Box flexDirection="column" width={width}>
      <Text bold>{'── Ticket '.padEnd(width, '─')}</Text>
      <Text dimColor wrap="wrap">
        Not opened: {sanitizeLine(reason)}.
      </Text>
      {safe ? (
        <Text>{osc8Link(url)}</Text>
      ) : (
        <Text color="red">refused: not an http(s) URL</Text>
      )}
      {copied ? <Text color="green">copied to the clipboard</Text> : null}
      <Text dimColor>{hints}</Text>
      <Text bold>{''.padEnd(width, '─')}</Text>
    </Box>
  );
}

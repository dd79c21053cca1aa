import { Box, Text } from 'ink';
import { useCallback, useMemo, useState } from 'react';
import type { Finding, IssueDetail } from '../../store/types.js';
import { fitCells } from '../../text/layout.js';
import { firstLine, sanitizeLine, sanitizeLines } from '../../text/sanitize.js';
import { type ActionResult, issueLabel, plural } from '../action-result.js';
import type { Keymap } from '../keymap.js';
import { windowStart } from '../list-cursor.js';
import type { TriageStore } from '../store-port.js';
import { useLatest } from '../use-latest.js';
import { useSyncReducer } from '../use-sync-reducer.js';
import { useViewKeys, type ViewKey } from '../use-view-keys.js';
import {
  initialIssueDetail,
  reduceIssueDetail,
  targetIds,
} from './issue-detail-reducer.js';

export interface IssueDetailViewProps {
  store: TriageStore;
  issueId: number;
  keymap: Keymap;
  width: number;
  height: number;
  /** Changes when the store changed (dataVersion): the issue reloads. */
  refresh?: number;
  onOpenFinding: (findingId: number) => void;
  onEdit: (issue: IssueDetail) => void;
  onTicket: (issue: IssueDetail) => void;
  /** Reports an action for the footer and the undo stack. */
  onAction: (result: ActionResult) => void;
  isActive?: boolean;
}

const DESCRIPTION_LINES = 3;

/** Unlinks findings from an issue; undo links them again. */
export function unlinkFromIssue(
  store: TriageStore,
  issue: IssueDetail,
  findingIds: readonly number[],
): ActionResult {
  const count = store.unlinkFindings(issue.id, findingIds);
  const label = issueLabel(issue);

  return {
    message: `unlinked ${plural(count, 'finding')} from ${label}`,
    undo: {
      label: `unlink ${plural(count, 'finding')} from ${label}`,
      undo: (target) => target.linkFindings(issue.id, findingIds),
    },
  };
}

function findingRow(finding: Finding, marked: boolean, width: number) {
  return fitCells(
    [
      marked ? '*' : ' ',
      fitCells(finding.status, 8),
      fitCells(finding.severity, 8),
      fitCells(sanitizeLine(finding.host), 15),
      fitCells(sanitizeLine(finding.port), 9),
      fitCells(sanitizeLine(finding.plugin), 14),
      firstLine(finding.finding),
    ].join(' '),
    width,
  );
}

/** An issue: its fields, description and linked findings. */
export function IssueDetailView(props: IssueDetailViewProps) {
  const { store, issueId, keymap, width, height, refresh } = props;
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh and version reload after a store change
  const issue = useMemo(
    () => store.issue(issueId),
    [store, issueId, refresh, version],
  );
  const [state, dispatch, current] = useSyncReducer(
    reduceIssueDetail,
    () => initialIssueDetail,
  );
  const findings = issue?.findings ?? [];
  const description = issue
    ? sanitizeLines(issue.description).slice(0, DESCRIPTION_LINES)
    : [];
  const rows = Math.max(1, height - 4 - description.length);
  const latest = useLatest({ props, issue, rows });

  const onKeys = useCallback(
    (keys: ViewKey[]) => {
      const { props, issue, rows } = latest.current;
      if (!issue) return;
      const rowIds = issue.findings.map((finding) => finding.id);
      for (const key of keys) {
        if (!('command' in key)) continue;
        const now = current();
        switch (key.command) {
          case 'issue.edit':
            props.onEdit(issue);
            break;
          case 'ticket.open':
            props.onTicket(issue);
            break;
          case 'finding.detail': {
            const id = rowIds[Math.min(now.cursor, rowIds.length - 1)];
            if (id !== undefined) props.onOpenFinding(id);
            break;
          }
          case 'issue.unlink': {
            const ids = targetIds(now, rowIds);
            if (ids.length === 0) break;
            props.onAction(unlinkFromIssue(props.store, issue, ids));
            dispatch({ type: 'unlinked' });
            setVersion((old) => old + 1);
            return;
          }
          default:
            dispatch({
              type: 'command',
              command: key.command,
              rowIds,
              page: rows,
            });
        }
      }
    },
    [current, dispatch, latest],
  );
  useViewKeys(keymap, 'issue-detail', onKeys, props.isActive ?? true);

  if (!issue) return <Text color="red">issue #{issueId} no longer exists</Text>;

  const at = Math.min(state.cursor, Math.max(0, findings.length - 1));
  const start = windowStart(at, findings.length, rows);
  const selected = state.selected.size;

  return (
    <Box flexDirection="column" width={width}>
      <Text bold>
        {fitCells(
          `${sanitizeLine(issueLabel(issue))}  ${sanitizeLine(issue.name)}`,
          width,
        )}
      </Text>
      <Text>
        {fitCells(
          `severity ${issue.severity} · status ${issue.status} · ` +
            `${sanitizeLine(issue.workspace)} · ${issue.linkedCount} linked, ` +
            `${issue.presentCount} present`,
          width,
        )}
      </Text>
      {description.map((line, index) => (
        // Lines have no identity beyond their position.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={index} dimColor>
          {fitCells(line, width)}
        </Text>
      ))}
      <Text bold>
        {fitCells(
          `── Linked findings (${findings.length}${
            selected > 0 ? `, ${selected} selected` : ''
          }) `.padEnd(width, '─'),
          width,
        )}
      </Text>
      {findings.length === 0 ? (
        <Text dimColor>no findings are linked</Text>
      ) : (
        findings.slice(start, start + rows).map((finding, index) => (
          <Text key={finding.id} inverse={start + index === at}>
            {findingRow(finding, state.selected.has(finding.id), width)}
          </Text>
        ))
      )}
    </Box>
  );
}

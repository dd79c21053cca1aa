import { Box, Text } from 'ink';
import type { Severity } from '../../domain/severity.js';
import { fitCells } from '../../text/layout.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { issueLabel, plural } from '../action-result.js';
import type { Theme } from '../theme.js';
import type { IssueFormOverlay } from '../triage/overlays.js';
import {
  FIELD_LABELS,
  FORM_FIELDS,
  SEVERITY_SCALE,
} from './issue-form-reducer.js';

interface IssueFormProps {
  overlay: IssueFormOverlay;
  theme: Theme;
  width: number;
  height: number;
}

function title({ target }: IssueFormOverlay): string {
  if (target.kind === 'edit') return `Edit ${issueLabel(target.issue)}`;

  const count = plural(target.findingIds.length, 'finding');
  return `New issue from ${count} in ${target.workspace}`;
}

/** `none info low [medium] high critical`: ← and → move the brackets. */
function severityScale(current: Severity): string {
  return SEVERITY_SCALE.map((each) =>
    each === current ? `[${each}]` : ` ${each} `,
  ).join('');
}

/** The issue form: name, external reference, severity, description. */
export function IssueForm({ overlay, theme, width, height }: IssueFormProps) {
  const { form, draft } = overlay;
  const question =
    form.phase === 'restore'
      ? `Restore the unsaved draft from ${draft?.savedAt ?? 'earlier'}? (y/n)`
      : 'Throw away what you typed? (y/n)';

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold>{fitCells(sanitizeLine(title(overlay)), width)}</Text>
      {FORM_FIELDS.map((field, index) => {
        const focused = index === form.focus && form.phase === 'editing';
        const value =
          field === 'severity'
            ? severityScale(form.fields.severity)
            : sanitizeLine(form.fields[field]) + (focused ? '▏' : '');
        return (
          <Text key={field} wrap="truncate-start">
            <Text color={focused ? theme.accent : undefined} bold={focused}>
              {focused ? '>' : ' '} {fitCells(FIELD_LABELS[field], 20)}
            </Text>{' '}
            {value}
          </Text>
        );
      })}
      {form.error ? <Text color={theme.error}>! {form.error}</Text> : null}
      {form.phase === 'editing' ? null : <Text bold>{question}</Text>}
    </Box>
  );
}

import { FindingDetailView } from '../finding-detail/finding-detail-view.js';
import { IssueDetailView } from '../issues/issue-detail-view.js';
import { IssueForm } from '../issues/issue-form.js';
import { IssuesView } from '../issues/issues-view.js';
import { PickerView } from '../picker/picker-view.js';
import type { Theme } from '../theme.js';
import { TicketDialog } from '../ticket-dialog.js';
import type { TriageOverlay } from './overlays.js';

interface TriagePaneProps {
  overlay: TriageOverlay;
  theme: Theme;
  width: number;
  height: number;
}

/** The main pane for an issue, picker, form, ticket or detail view. */
export function TriagePane({ overlay, theme, width, height }: TriagePaneProps) {
  const size = { theme, width, height };
  switch (overlay.kind) {
    case 'issues':
      return <IssuesView overlay={overlay} {...size} />;
    case 'issue-detail':
      return <IssueDetailView overlay={overlay} {...size} />;
    case 'finding-detail':
      return <FindingDetailView overlay={overlay} {...size} />;
    case 'issue-form':
      return <IssueForm overlay={overlay} {...size} />;
    case 'picker':
      return <PickerView picker={overlay} width={width} height={height} />;
    case 'ticket-dialog':
      return <TicketDialog overlay={overlay} {...size} />;
  }
}

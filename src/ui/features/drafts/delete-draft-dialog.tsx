import { ConfirmDialog } from '../../components/confirm-dialog';
import type { DraftSummary } from './draft-summary';

export type DeleteDraftDialogProps = {
  /** The draft to ask about; the dialog is closed when undefined. */
  readonly draft: DraftSummary | undefined;
  readonly onConfirm: (id: string) => void;
  readonly onCancel: () => void;
};

/** Deleting cannot be undone, so it is confirmed in an alert dialog (focus kept inside, Escape keeps the draft). */
export function DeleteDraftDialog({ draft, onConfirm, onCancel }: DeleteDraftDialogProps) {
  return (
    <ConfirmDialog
      open={draft !== undefined}
      title="Delete this draft?"
      confirm="Delete draft"
      cancel="Keep it"
      onConfirm={() => draft && onConfirm(draft.id)}
      onCancel={onCancel}
    >
      “{draft?.title}” will be deleted from this device. This cannot be undone.
    </ConfirmDialog>
  );
}

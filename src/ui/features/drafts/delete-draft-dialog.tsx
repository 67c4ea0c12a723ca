import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  useId,
} from '@fluentui/react-components';
import type { DraftSummary } from './draft-summary';

export type DeleteDraftDialogProps = {
  /** The draft to ask about; the dialog is closed when undefined. */
  readonly draft: DraftSummary | undefined;
  readonly onConfirm: (id: string) => void;
  readonly onCancel: () => void;
};

/** Deleting cannot be undone, so it is confirmed in an alert dialog (focus trapped, Escape keeps the draft). */
export function DeleteDraftDialog({ draft, onConfirm, onCancel }: DeleteDraftDialogProps) {
  const what = useId('delete-draft-what');
  return (
    <Dialog modalType="alert" open={draft !== undefined} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={what}>
        <DialogBody>
          <DialogTitle>Delete this draft?</DialogTitle>
          <DialogContent id={what}>
            “{draft?.title}” will be deleted from this device. This cannot be undone.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => draft && onConfirm(draft.id)}>
              Delete draft
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              Keep it
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

import {
  Menu,
  MenuButton,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
} from '@fluentui/react-components';
import { memo, useCallback, useRef, useState } from 'react';
import { DeleteDraftDialog } from './delete-draft-dialog';
import { useDraftsMenuStyles } from './drafts-menu.styles';
import { ukDateTime, ukTime } from './draft-summary';
import type { DraftSummary } from './draft-summary';
import type { DraftsState } from './use-drafts';

export type DraftsMenuProps = DraftsState;

function statusText({ status, error, savedAt }: DraftsMenuProps): string {
  if (error) return error;
  if (status === 'loading') return 'Loading drafts…';
  return savedAt ? `Saved at ${ukTime(savedAt)}` : '';
}

/** "Drafts (n)": open, delete (after confirming) or start a referral; beside it, whether the work is saved. */
export const DraftsMenu = memo(function DraftsMenu(props: DraftsMenuProps) {
  const { list, currentId, open, remove, startNew, error, notice } = props;
  const s = useDraftsMenuStyles();
  const trigger = useRef<HTMLButtonElement>(null);
  const [deleting, setDeleting] = useState<DraftSummary | undefined>(undefined);
  // The menu item that opened the dialog is gone when it closes: give focus back to the menu button.
  const closeDialog = useCallback(() => {
    setDeleting(undefined);
    trigger.current?.focus();
  }, []);
  const confirmDelete = useCallback(
    (id: string) => {
      closeDialog();
      void remove(id);
    },
    [closeDialog, remove],
  );

  return (
    <div className={s.root}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton ref={trigger} appearance="subtle">
            Drafts ({list.length})
          </MenuButton>
        </MenuTrigger>
        <MenuPopover className={s.popover}>
          <MenuList>
            <MenuItem onClick={startNew}>New referral</MenuItem>
            {list.map((d) => (
              <DraftItems key={d.id} draft={d} isOpen={d.id === currentId} onOpen={open} onDelete={setDeleting} />
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <div role="status" aria-live="polite" className={s.status}>
        <span className={mergeClasses(error && s.error)}>{statusText(props)}</span>
        {notice && <span className={s.notice}>{notice}</span>}
      </div>
      <DeleteDraftDialog draft={deleting} onConfirm={confirmDelete} onCancel={closeDialog} />
    </div>
  );
});

type DraftItemsProps = {
  readonly draft: DraftSummary;
  readonly isOpen: boolean;
  readonly onOpen: (id: string) => Promise<void>;
  readonly onDelete: (d: DraftSummary) => void;
};

function DraftItems({ draft, isOpen, onOpen, onDelete }: DraftItemsProps) {
  const s = useDraftsMenuStyles();
  const saved = `saved ${ukDateTime(draft.updatedAt)}`;
  return (
    <>
      <MenuDivider />
      <MenuItem onClick={() => void onOpen(draft.id)} aria-current={isOpen || undefined}>
        <span className={s.entry}>
          <span>{draft.title}</span>
          <span className={s.meta}>{isOpen ? `open now, ${saved}` : saved}</span>
        </span>
      </MenuItem>
      <MenuItem onClick={() => onDelete(draft)} aria-label={`Delete ${draft.title}`}>
        Delete…
      </MenuItem>
    </>
  );
}

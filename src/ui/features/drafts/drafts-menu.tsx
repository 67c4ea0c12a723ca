import { mergeClasses } from '@fluentui/react-components';
import { memo, useCallback, useRef, useState } from 'react';
import { MenuButton } from '../../components/menu-button';
import type { MenuEntry } from '../../components/menu-button';
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
  const { list, currentId, remove, error, notice } = props;
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
      <MenuButton ref={trigger} items={menuEntries(list, currentId, props, setDeleting, s)}>
        Drafts ({list.length})
      </MenuButton>
      <div role="status" aria-live="polite" className={s.status}>
        <span className={mergeClasses(error && s.error)}>{statusText(props)}</span>
        {notice && <span className={s.notice}>{notice}</span>}
      </div>
      <DeleteDraftDialog draft={deleting} onConfirm={confirmDelete} onCancel={closeDialog} />
    </div>
  );
});

/** "New referral", then each draft (open it, or delete it after asking), the one open now marked. */
function menuEntries(
  list: readonly DraftSummary[],
  currentId: string | undefined,
  { open, startNew }: Pick<DraftsMenuProps, 'open' | 'startNew'>,
  onDelete: (d: DraftSummary) => void,
  s: ReturnType<typeof useDraftsMenuStyles>,
): MenuEntry[] {
  const entries: MenuEntry[] = [{ key: 'new', content: 'New referral', onSelect: startNew }];
  for (const d of list) {
    const isOpen = d.id === currentId;
    const saved = `saved ${ukDateTime(d.updatedAt)}`;
    entries.push(
      {
        key: `open-${d.id}`,
        divider: true,
        current: isOpen,
        onSelect: () => void open(d.id),
        content: (
          <span className={s.entry}>
            <span>{d.title}</span>
            <span className={s.meta}>{isOpen ? `open now, ${saved}` : saved}</span>
          </span>
        ),
      },
      { key: `delete-${d.id}`, label: `Delete ${d.title}`, content: 'Delete…', onSelect: () => onDelete(d) },
    );
  }
  return entries;
}

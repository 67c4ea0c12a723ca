import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { useConfirmDialogStyles } from './confirm-dialog.styles';

export type ConfirmDialogProps = {
  /** Shown while true; nothing is in the page while false. */
  readonly open: boolean;
  readonly title: string;
  /** What will happen, read out with the title: text, or paragraphs and lists. */
  readonly children: ReactNode;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  /** "Cancel", Escape, or the dialog closed another way. */
  readonly onCancel: () => void;
};

/**
 * An alert dialog asking before something that cannot be undone, in Fluent's look. The browser's own modal <dialog>
 * keeps focus inside and the page behind out of reach; focus starts on the choice that changes nothing. Written here
 * rather than with Fluent's Dialog, whose focus manager (Tabster) adds hidden focusable elements to the whole page.
 */
export function ConfirmDialog(p: ConfirmDialogProps) {
  if (!p.open) return null;
  return <OpenDialog {...p} />;
}

/** Tab from the last button goes to the first, Shift+Tab from the first to the last: never out to the browser. */
function keepTabInside(e: KeyboardEvent, dialog: HTMLDialogElement | null): void {
  const buttons = Array.from(dialog?.querySelectorAll<HTMLElement>('button') ?? []);
  const edge = e.shiftKey ? buttons[0] : buttons.at(-1);
  if (!edge || document.activeElement !== edge) return;
  e.preventDefault();
  (e.shiftKey ? buttons.at(-1) : buttons[0])?.focus();
}

function OpenDialog(p: ConfirmDialogProps) {
  const s = useConfirmDialogStyles();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const contentId = useId();
  const { onCancel } = p;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // jsdom has no showModal: there the dialog is simply open.
    if (!d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    cancel.current?.focus();
    // Escape: the browser fires "cancel" and would close the dialog behind React's back.
    const onNativeCancel = (e: Event) => {
      e.preventDefault();
      onCancel();
    };
    d.addEventListener('cancel', onNativeCancel);
    return () => {
      d.removeEventListener('cancel', onNativeCancel);
      if (typeof d.close === 'function' && d.open) d.close();
    };
  }, [onCancel]);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={contentId}
      className={s.surface}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Tab') keepTabInside(e, dialog.current);
      }}
    >
      <div className={s.body}>
        <h2 id={titleId} className={s.title}>
          {p.title}
        </h2>
        <div id={contentId} className={s.content}>
          {p.children}
        </div>
        <div className={s.actions}>
          <Button appearance="primary" onClick={p.onConfirm}>
            {p.confirm}
          </Button>
          <Button ref={cancel} appearance="secondary" onClick={onCancel}>
            {p.cancel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

import { Suspense, lazy, memo, useCallback } from 'react';
import type { Answer, DashQuestionId } from '../../domain';
import type { DashPath } from '../features/dash/dash-checklist';
import type { DraftAction } from '../state/draft-actions';
import { useDraft, useDispatch } from '../state/use-draft';
import { useAppStyles } from './app.styles';

// The DASH checklist loads on demand: the first screen does not wait for it. Memoised: it re-renders when the DASH
// answers change, not on every keystroke elsewhere.
const DashChecklist = lazy(() =>
  import('../features/dash/dash-checklist').then((m) => ({ default: memo(m.DashChecklist) })),
);

/** The checklist's change, as an action: an answer to one of the 24 questions, or another of its fields. */
function dashEdit([key, question]: DashPath, value: unknown): DraftAction {
  if (key === 'answers')
    return { type: 'answer-dash', question: question as DashQuestionId, answer: value as Answer | undefined };
  return { type: 'edit-dash', patch: { [key as string]: value } };
}

/** The DASH risk checklist over the draft's DASH answers. */
export function DashSlot({ today }: { readonly today: string }) {
  const s = useAppStyles();
  const dispatch = useDispatch();
  const dash = useDraft((r) => r.risks?.dash);
  const onChange = useCallback((path: DashPath, value: unknown) => dispatch(dashEdit(path, value)), [dispatch]);
  return (
    <div id="dash-checklist" tabIndex={-1} className={s.panel}>
      <Suspense fallback={<p role="status">Loading the DASH risk checklist…</p>}>
        <DashChecklist dash={dash} today={today} onChange={onChange} />
      </Suspense>
    </div>
  );
}

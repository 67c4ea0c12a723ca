import { Button } from '@fluentui/react-components';
import { TextAreaField, TextField } from '../typed-fields';
import { DateField } from '../../../components/date-field';
import { fieldId } from '../../../components/field-id';
import type { DraftSupportEntry } from '../../../state/draft';
import type { DraftAction, SupportList } from '../../../state/draft-actions';
import { useFieldStates, useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';

const KEYS = ['service', 'from', 'to', 'outcome'] as const;

function SupportEntry({
  list,
  index,
  entry,
  onRemove,
}: {
  list: SupportList;
  index: number;
  entry: DraftSupportEntry;
  onRemove: () => void;
}) {
  const s = useFormStyles();
  const f = useFieldStates(
    ['support', list, index],
    KEYS,
    (key, value) => ({ type: 'edit-support', list, index, patch: { [key]: value } }) as DraftAction,
  );
  const title = typeof entry.service === 'string' && entry.service.trim() ? entry.service.trim() : `Entry ${index + 1}`;
  return (
    <li className={s.card}>
      <div className={s.row}>
        <h4 className={s.subTitle}>{title}</h4>
        <Button size="small" onClick={onRemove} aria-label={`Remove ${title}`}>
          Remove
        </Button>
      </div>
      <TextField {...f.service} label="Service or support" required value={entry.service} />
      <DateField {...f.from} label="Started (optional)" value={entry.from} />
      <DateField {...f.to} label="Ended (optional)" value={entry.to} />
      <TextAreaField {...f.outcome} label="Outcome (optional)" value={entry.outcome} />
    </li>
  );
}

export type SupportEntriesProps = {
  readonly list: SupportList;
  readonly title: string;
  readonly entries: readonly DraftSupportEntry[] | undefined;
};

/** A list of support the family has had or has now, each entry added and removed by the referrer. */
export function SupportEntries({ list, title, entries }: SupportEntriesProps) {
  const s = useFormStyles();
  const { dispatch, focusLater } = useFormActions();
  const items = Array.isArray(entries) ? entries : [];
  const add = () => {
    dispatch({ type: 'add-support', list });
    focusLater(fieldId(['support', list, items.length, 'service']));
  };
  const remove = (i: number) => {
    dispatch({ type: 'remove-support', list, index: i });
    focusLater(fieldId(['support', list]));
  };
  return (
    <div className={s.fields}>
      <h3 className={s.cardTitle}>{title}</h3>
      {items.length === 0 && <p className={s.muted}>None recorded.</p>}
      {items.length > 0 && (
        <ul className={s.list}>
          {items.map((entry, i) => (
            <SupportEntry key={i} list={list} index={i} entry={entry} onRemove={() => remove(i)} />
          ))}
        </ul>
      )}
      <div id={fieldId(['support', list])} className={s.actions}>
        <Button onClick={add}>{list === 'previous' ? 'Add previous support' : 'Add current support'}</Button>
      </div>
    </div>
  );
}

import { memo, useCallback } from 'react';
import { Button } from '@fluentui/react-components';
import { fieldId } from '../../../components/field-id';
import type { DraftPhone } from '../../../state/draft-actions';
import { useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';
import { ActionGroup } from '../action-group';
import { PhoneRow } from './phone-row';

export type PhoneRowsProps = {
  readonly phones: readonly DraftPhone[] | undefined;
};

/** The family's phone numbers: as many rows as the referrer adds. */
export const PhoneRows = memo(function PhoneRows({ phones }: PhoneRowsProps) {
  const s = useFormStyles();
  const { dispatch, focusLater } = useFormActions();
  const rows = (Array.isArray(phones) ? phones : []).filter((p) => p !== null && typeof p === 'object');
  const add = () => {
    dispatch({ type: 'add-phone' });
    focusLater(fieldId(['family', 'phones', rows.length, 'number']));
  };
  const remove = useCallback(
    (index: number) => {
      dispatch({ type: 'remove-phone', index });
      // Focus goes to the add button, not the page.
      focusLater(fieldId(['family', 'phones']));
    },
    [dispatch, focusLater],
  );
  return (
    <div className={s.fields}>
      <h3 className={s.cardTitle}>Phone numbers</h3>
      {rows.length === 0 && <p className={s.muted}>No phone number yet.</p>}
      {rows.length > 0 && (
        <ul className={s.list}>
          {rows.map((phone, i) => (
            <PhoneRow key={i} index={i} phone={phone} onRemove={remove} />
          ))}
        </ul>
      )}
      <ActionGroup path={['family', 'phones']} label="Phone numbers">
        <Button onClick={add}>Add a phone number</Button>
      </ActionGroup>
    </div>
  );
});

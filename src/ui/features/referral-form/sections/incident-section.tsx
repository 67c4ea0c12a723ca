import { memo } from 'react';
import { TextAreaField } from '../typed-fields';
import { Checkbox } from '@fluentui/react-components';
import { DateField } from '../../../components/date-field';
import { Section } from '../../../components/section';
import { fieldId } from '../../../components/field-id';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldStates, useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';
import { PersonCausingHarmSummary } from './person-causing-harm-summary';

const KEYS = ['date', 'account'] as const;
const editIncident: FieldEdit<(typeof KEYS)[number]> = (key, value) =>
  ({ type: 'edit-incident', patch: { [key]: value } }) as DraftAction;

/** For domestic-abuse services: what happened most recently, in the referrer's words, and who caused harm. */
export const IncidentSection = memo(function IncidentSection() {
  const s = useFormStyles();
  const incident = useDraft((r) => r.risks?.latestIncident);
  const { dispatch } = useFormActions();
  const f = useFieldStates(['risks', 'latestIncident'], KEYS, editIncident);
  const dateNotKnown = incident?.dateNotKnown === true;
  // "Not known" and a date never stand together.
  const setDateNotKnown = (on: boolean) =>
    dispatch({
      type: 'edit-incident',
      patch: on ? { dateNotKnown: true, date: undefined } : { dateNotKnown: undefined },
    });
  return (
    <Section
      id="section-incident"
      title="What happened: the latest incident"
      description="Domestic-abuse services need to know what happened most recently, and who caused harm."
      contained
    >
      <div className={s.fields}>
        {!dateNotKnown && <DateField {...f.date} label="Date of the latest incident" required value={incident?.date} />}
        <Checkbox
          id={fieldId(['risks', 'latestIncident', 'dateNotKnown'])}
          label="Date not known"
          checked={dateNotKnown}
          onChange={(_, d) => setDateNotKnown(d.checked === true)}
        />
        <TextAreaField
          {...f.account}
          label="What happened"
          required
          hint="In your words: what happened, who was there, and whether the police were called"
          value={incident?.account}
        />
        <PersonCausingHarmSummary />
      </div>
    </Section>
  );
});

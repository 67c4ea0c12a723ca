import { memo, useRef } from 'react';
import { TextAreaField, TextField } from '../typed-fields';
import { LAWFUL_BASES } from '../../../../domain';
import { DateField } from '../../../components/date-field';
import { RadioField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { Section } from '../../../components/section';
import { optionsFrom } from '../../../components/field-shell';
import type { DraftPart } from '../../../state/draft';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldState, useFieldStates, useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';

const GIVEN_OPTIONS = [
  { value: 'yes', label: 'Yes, consent was given' },
  { value: 'no', label: 'No, referring without consent' },
];
const BASES = optionsFrom(LAWFUL_BASES);
const GIVEN_KEYS = ['recordedOn', 'givenBy'] as const;
const NOT_GIVEN_KEYS = ['lawfulBasis', 'reason'] as const;
const ALL_KEYS = [...GIVEN_KEYS, ...NOT_GIVEN_KEYS];

type Consent = DraftPart<'consent'>;
type Stash = Partial<Record<(typeof GIVEN_KEYS)[number] | (typeof NOT_GIVEN_KEYS)[number], unknown>>;
const pick = (from: Consent | undefined, keys: readonly (keyof Stash)[]): Stash =>
  Object.fromEntries(keys.map((k) => [k, (from as Stash | undefined)?.[k]]).filter(([, v]) => v !== undefined));
const editConsent: FieldEdit<keyof Stash> = (key, value) =>
  ({ type: 'edit-consent', patch: { [key]: value } }) as DraftAction;
// The radio's own change is handled by `choose`, which knows the stashed answers.
const chooseOnly = (): DraftAction => ({ type: 'edit-consent', patch: {} });

/** Consent given (when, by whom) or not given (lawful basis and why): MARAC may proceed without consent. */
export const ConsentSection = memo(function ConsentSection() {
  const s = useFormStyles();
  const consent = useDraft((r) => r.consent);
  const { dispatch } = useFormActions();
  // The schema keeps only one branch; the other's answers wait here, so switching back loses nothing typed.
  const stash = useRef<{ yes: Stash; no: Stash }>({ yes: {}, no: {} });
  const given = consent?.given;
  const held = consent as Stash | undefined; // whichever branch's answers the draft holds
  const givenField = useFieldState(['consent', 'given'], chooseOnly);
  const f = useFieldStates(['consent'], ALL_KEYS, editConsent);
  const choose = (answer: string) => {
    if (given === true) stash.current.yes = pick(consent, GIVEN_KEYS);
    if (given === false) stash.current.no = pick(consent, NOT_GIVEN_KEYS);
    const yes = answer === 'yes';
    const kept = yes ? stash.current.yes : stash.current.no;
    dispatch({ type: 'choose-consent', consent: { given: yes, ...kept } as Consent });
  };
  return (
    <Section id="section-consent" title="Consent">
      <div className={s.fields}>
        <RadioField
          {...givenField}
          onChange={choose}
          label="Has the family consented to this referral?"
          required
          options={GIVEN_OPTIONS}
          value={given === true ? 'yes' : given === false ? 'no' : undefined}
        />
        {given === true && (
          <>
            <DateField {...f.recordedOn} label="Date consent was recorded" required value={held?.recordedOn} />
            <TextField
              {...f.givenBy}
              label="Consent given by"
              required
              hint="The name of the person who gave consent"
              value={held?.givenBy}
            />
          </>
        )}
        {given === false && (
          <>
            <SelectField
              {...f.lawfulBasis}
              label="Lawful basis for referring without consent"
              required
              options={BASES}
              value={held?.lawfulBasis}
            />
            <TextAreaField
              {...f.reason}
              label="Why consent was not sought or not given"
              required
              value={held?.reason}
            />
          </>
        )}
      </div>
    </Section>
  );
});

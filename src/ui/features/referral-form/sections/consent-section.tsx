import { memo, useRef } from 'react';
import { LAWFUL_BASES } from '../../../../domain';
import { DateField } from '../../../components/date-field';
import { RadioField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { Section } from '../../../components/section';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { optionsFrom } from '../../../components/field-shell';
import { getIn } from '../../../state/draft';
import { useFieldState, useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';

const GIVEN_OPTIONS = [
  { value: 'yes', label: 'Yes, consent was given' },
  { value: 'no', label: 'No, referring without consent' },
];
const BASES = optionsFrom(LAWFUL_BASES);
const GIVEN_KEYS = ['recordedOn', 'givenBy'] as const;
const NOT_GIVEN_KEYS = ['lawfulBasis', 'reason'] as const;

type Stash = Record<string, unknown>;
const pick = (from: unknown, keys: readonly string[]): Stash =>
  Object.fromEntries(keys.map((k) => [k, getIn(from, [k])]).filter(([, v]) => v !== undefined));

/** Consent given (when, by whom) or not given (lawful basis and why): MARAC may proceed without consent. */
export const ConsentSection = memo(function ConsentSection({ consent }: { readonly consent: unknown }) {
  const s = useFormStyles();
  const { set } = useFormActions();
  // The schema keeps only one branch; the other's answers wait here, so switching back loses nothing typed.
  const stash = useRef<{ yes: Stash; no: Stash }>({ yes: {}, no: {} });
  const given = getIn(consent, ['given']);
  const givenField = useFieldState(['consent', 'given']);
  const recordedOn = useFieldState(['consent', 'recordedOn']);
  const givenBy = useFieldState(['consent', 'givenBy']);
  const basis = useFieldState(['consent', 'lawfulBasis']);
  const reason = useFieldState(['consent', 'reason']);
  const choose = (answer: string) => {
    if (given === true) stash.current.yes = pick(consent, GIVEN_KEYS);
    if (given === false) stash.current.no = pick(consent, NOT_GIVEN_KEYS);
    const yes = answer === 'yes';
    set(['consent'], { given: yes, ...(yes ? stash.current.yes : stash.current.no) });
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
            <DateField
              {...recordedOn}
              label="Date consent was recorded"
              required
              value={getIn(consent, ['recordedOn'])}
            />
            <TextField
              {...givenBy}
              label="Consent given by"
              required
              hint="The name of the person who gave consent"
              value={getIn(consent, ['givenBy'])}
            />
          </>
        )}
        {given === false && (
          <>
            <SelectField
              {...basis}
              label="Lawful basis for referring without consent"
              required
              options={BASES}
              value={getIn(consent, ['lawfulBasis'])}
            />
            <TextAreaField
              {...reason}
              label="Why consent was not sought or not given"
              required
              value={getIn(consent, ['reason'])}
            />
          </>
        )}
      </div>
    </Section>
  );
});

import { memo } from 'react';
import { BEHAVIOURS, CHALLENGES, GFPO_NEEDS } from '../../../../domain';
import { CheckboxesField } from '../../../components/checkboxes-field';
import { AnswerField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { Section } from '../../../components/section';
import { TextAreaField } from '../../../components/text-area-field';
import { optionsFrom } from '../../../components/field-shell';
import { getIn } from '../../../state/draft';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';
import { storedOption, storedOptions } from '../questions/fact-value';

const NEEDS = optionsFrom(GFPO_NEEDS);
const CHALLENGE_OPTIONS = optionsFrom(CHALLENGES);
const BEHAVIOUR_OPTIONS = optionsFrom(BEHAVIOURS);
const KEYS = [
  'gfpoPrimaryNeed',
  'gfpoOtherNeeds',
  'challenges',
  'behaviours',
  'additionalNeeds',
  'englishAdditionalLanguage',
  'summary',
] as const;

export const NeedsSection = memo(function NeedsSection({ needs }: { readonly needs: unknown }) {
  const s = useFormStyles();
  const f = useFieldStates(['needs'], KEYS);
  const v = (key: string) => getIn(needs, [key]);
  const primary = v('gfpoPrimaryNeed');
  // GFPO section 2: the other needs are the categories besides the primary one.
  const others = NEEDS.filter((o) => o.value !== String(primary));
  return (
    <Section id="section-needs" title="Needs" contained>
      <div className={s.fields}>
        <SelectField
          {...f.gfpoPrimaryNeed}
          label="Primary need (GFPO category)"
          options={NEEDS}
          value={primary}
          onChange={(value) =>
            f.gfpoPrimaryNeed.onChange(
              value === undefined ? undefined : storedOption(['needs', 'gfpoPrimaryNeed'], value),
            )
          }
        />
        <CheckboxesField
          {...f.gfpoOtherNeeds}
          label="Other needs (GFPO categories)"
          options={others}
          value={v('gfpoOtherNeeds')}
          onChange={(values) => f.gfpoOtherNeeds.onChange(storedOptions(['needs', 'gfpoOtherNeeds'], values))}
        />
        <CheckboxesField
          {...f.challenges}
          label="Challenges the family is experiencing"
          options={CHALLENGE_OPTIONS}
          value={v('challenges')}
        />
        <CheckboxesField
          {...f.behaviours}
          label="The child's behaviours"
          options={BEHAVIOUR_OPTIONS}
          value={v('behaviours')}
        />
        <AnswerField
          {...f.additionalNeeds}
          label="Does the family have additional needs?"
          value={v('additionalNeeds')}
        />
        <AnswerField
          {...f.englishAdditionalLanguage}
          label="Is English an additional language for the parents or carers?"
          value={v('englishAdditionalLanguage')}
        />
        <TextAreaField
          {...f.summary}
          label="Summary of needs"
          hint="What is happening for the family, and what they want to change"
          value={v('summary')}
        />
      </div>
    </Section>
  );
});

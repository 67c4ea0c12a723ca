import { memo } from 'react';
import { BEHAVIOURS, CHALLENGES, GFPO_NEEDS } from '../../../../domain';
import { CheckboxesField } from '../../../components/checkboxes-field';
import { SelectField } from '../../../components/select-field';
import { Section } from '../../../components/section';
import { optionsFrom } from '../../../components/field-shell';
import { sectionEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';
import { storedOption, storedOptions } from '../questions/fact-value';
import { AnswerFields } from '../answer-fields';

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
] as const;
const editNeeds = sectionEdit('needs');

const NEEDS_ANSWERS = [
  ['additionalNeeds', 'Does the family have additional needs?'],
  ['englishAdditionalLanguage', 'Is English an additional language for the parents or carers?'],
] as const;
export const NeedsSection = memo(function NeedsSection() {
  const s = useFormStyles();
  const needs = useDraft((r) => r.needs);
  const f = useFieldStates(['needs'], KEYS, editNeeds);
  const primary = needs?.gfpoPrimaryNeed;
  const familyBehaviours = Array.isArray(needs?.behaviours) && needs.behaviours.length > 0;
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
          value={needs?.gfpoOtherNeeds}
          onChange={(values) => f.gfpoOtherNeeds.onChange(storedOptions(['needs', 'gfpoOtherNeeds'], values))}
        />
        <CheckboxesField
          {...f.challenges}
          label="Challenges the family is experiencing"
          options={CHALLENGE_OPTIONS}
          value={needs?.challenges}
        />
        {/* Behaviours are asked of each child; a family-wide list is shown only where one is kept from before. */}
        {familyBehaviours && (
          <CheckboxesField
            {...f.behaviours}
            label="Behaviours in the family, not of one child"
            hint="Each child's own behaviours are asked on their card in Family."
            options={BEHAVIOUR_OPTIONS}
            value={needs?.behaviours}
          />
        )}
        <AnswerFields questions={NEEDS_ANSWERS} fields={f} values={needs} />
      </div>
    </Section>
  );
});

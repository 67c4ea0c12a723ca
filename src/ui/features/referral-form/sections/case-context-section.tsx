import { memo } from 'react';
import { TextField } from '../typed-fields';
import { COURT_PROCEEDINGS } from '../../../../domain';
import { AnswerField, RadioField } from '../../../components/radio-field';
import { SelectField } from '../../../components/select-field';
import { Section } from '../../../components/section';
import { optionsFrom } from '../../../components/field-shell';
import type { DraftAction, FieldEdit } from '../../../state/draft-actions';
import { sectionEdit } from '../../../state/draft-actions';
import { useDraft } from '../../../state/use-draft';
import { useFieldStates } from '../form-context';
import { useFormStyles } from '../form.styles';
import { storedOption } from '../questions/fact-value';
import { AnswerFields } from '../answer-fields';
import { StatutoryStatusField } from './statutory-status-field';

// Nottinghamshire Pathway to Provision levels (GFPO section 1); stored as numbers, "not known" as text.
const P2P = [1, 2, 3, 4]
  .map((n) => ({ value: String(n), label: `Level ${n}` }))
  .concat({ value: 'not-known', label: 'Not known' });
const COURT = optionsFrom(COURT_PROCEEDINGS);
const LEAD = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const KEYS = [
  'p2pLevel',
  'statutoryStatus',
  'childProtectionPlanConsidered',
  'openToSocialCare',
  'leadProfessional',
  'courtProceedings',
  'recentWholeFamilyAssessment',
] as const;
const LEAD_KEYS = ['name', 'role', 'organisation', 'email'] as const;
const editContext = sectionEdit('context');
const editLead: FieldEdit<(typeof LEAD_KEYS)[number]> = (key, value) =>
  ({ type: 'edit-lead-professional', patch: { [key]: value } }) as DraftAction;

const CARE_ANSWERS = [
  ['childProtectionPlanConsidered', 'Is a child protection plan in place or under consideration?'],
  ['openToSocialCare', "Is the family open to children's social care?"],
] as const;
export const CaseContextSection = memo(function CaseContextSection() {
  const s = useFormStyles();
  const context = useDraft((r) => r.context);
  const f = useFieldStates(['context'], KEYS, editContext);
  const lp = useFieldStates(['context', 'leadProfessional'], LEAD_KEYS, editLead);
  const lead = context?.leadProfessional;
  // null records "no lead professional"; an object holds their details.
  const hasLead = lead === null ? 'no' : lead && typeof lead === 'object' ? 'yes' : undefined;
  return (
    <Section id="section-context" title="Case context" contained>
      <div className={s.fields}>
        <SelectField
          {...f.p2pLevel}
          label="Pathway to Provision level"
          options={P2P}
          value={context?.p2pLevel}
          onChange={(value) =>
            f.p2pLevel.onChange(value === undefined ? undefined : storedOption(['context', 'p2pLevel'], value))
          }
        />
        <StatutoryStatusField {...f.statutoryStatus} value={context?.statutoryStatus} />
        <AnswerFields questions={CARE_ANSWERS} fields={f} values={context} />
        <RadioField
          {...f.leadProfessional}
          label="Is there a lead professional for the family?"
          layout="horizontal"
          options={LEAD}
          value={hasLead}
          onChange={(answer) => f.leadProfessional.onChange(answer === 'no' ? null : hasLead === 'yes' ? lead : {})}
        />
        {hasLead === 'yes' && (
          <div className={s.card}>
            <TextField {...lp.name} label="Lead professional's name" required value={lead?.name} />
            <TextField {...lp.role} label="Lead professional's role" required value={lead?.role} />
            <TextField
              {...lp.organisation}
              label="Lead professional's organisation (optional)"
              value={lead?.organisation}
            />
            <TextField {...lp.email} label="Lead professional's email (optional)" type="email" value={lead?.email} />
          </div>
        )}
        <SelectField
          {...f.courtProceedings}
          label="Are court proceedings under way or likely?"
          options={COURT}
          value={context?.courtProceedings}
        />
        <AnswerField
          {...f.recentWholeFamilyAssessment}
          label="Has the family had a recent whole-family assessment?"
          value={context?.recentWholeFamilyAssessment}
        />
      </div>
    </Section>
  );
});

import { memo } from 'react';
import { Button } from '@fluentui/react-components';
import { VERDICT_WORDS, isRecord, requestedServices } from '../../../../domain';
import type { Catalogue, Evaluation, RequestedEntry, Verdict } from '../../../../domain';
import { useDraft } from '../../../state/use-draft';
import { CheckboxesField } from '../../../components/checkboxes-field';
import { Section } from '../../../components/section';
import { fieldId } from '../../../components/field-id';
import type { DraftPerson } from '../../../state/draft';
import { useFieldState, useFormActions } from '../form-context';
import { useFormStyles } from '../form.styles';
import { personTitle } from '../people/use-add-person';

type RowProps = {
  index: number;
  item: RequestedEntry;
  name: string;
  verdict?: Verdict;
  known: boolean;
  people: readonly DraftPerson[];
};

function ServiceRow({ index, item, name, verdict, known, people }: RowProps) {
  const s = useFormStyles();
  const { dispatch } = useFormActions();
  const who = useFieldState(['services', index, 'personIds'], (personIds) => ({
    type: 'choose-service-people',
    index,
    personIds: personIds as string[],
  }));
  const options = people.map((p, i) => ({ value: String(p.id), label: personTitle(p, i) }));
  return (
    <li className={s.card} aria-labelledby={`service-${index}-title`}>
      <div className={s.row}>
        <h3 id={`service-${index}-title`} className={s.cardTitle}>
          {name}
        </h3>
        <Button
          size="small"
          onClick={() => dispatch({ type: 'toggle-service', serviceId: item.serviceId })}
          aria-label={`Remove ${name}`}
        >
          Remove
        </Button>
      </div>
      <p className={s.text}>
        {item.advice
          ? 'Asking the service for advice'
          : verdict
            ? VERDICT_WORDS[verdict]
            : known
              ? 'Not in the catalogue'
              : 'Checking eligibility…'}
      </p>
      {options.length > 0 && (
        <CheckboxesField
          {...who}
          label={`Who is ${name} for?`}
          hint="Leave all unticked if it is for the whole family."
          options={options}
          value={item.personIds}
        />
      )}
    </li>
  );
}

export type ServicesSectionProps = {
  readonly people: readonly DraftPerson[] | undefined;
  /** Both undefined while the catalogue loads. */
  readonly catalogue?: Catalogue;
  readonly evaluation?: Evaluation;
  /** Shows the services panel (on narrow screens it is another tab). */
  readonly onShowServices?: () => void;
};

/** What is chosen in the services panel, and who each service is for. */
export const ServicesSection = memo(function ServicesSection(p: ServicesSectionProps) {
  const s = useFormStyles();
  const services = useDraft((r) => r.services);
  const items = requestedServices(services);
  const people = (Array.isArray(p.people) ? p.people : []).filter((x) => isRecord(x));
  const names = new Map(p.catalogue?.services.map((svc) => [svc.id, svc.name]));
  const verdicts = new Map(p.evaluation?.results.map((r) => [r.serviceId, r.verdict]));
  const known = p.catalogue !== undefined && p.evaluation !== undefined;
  return (
    <Section id="section-services" title="Services" contained>
      {items.length === 0 && <p className={s.text}>No services chosen yet. Choose them from the list of services.</p>}
      {items.length > 0 && (
        <ul className={s.list}>
          {items.map((item, i) => {
            const verdict = verdicts.get(item.serviceId);
            return (
              <ServiceRow
                key={item.serviceId}
                index={i}
                item={item}
                name={names.get(item.serviceId) ?? item.serviceId}
                known={known}
                people={people}
                {...(verdict ? { verdict } : {})}
              />
            );
          })}
        </ul>
      )}
      {p.onShowServices && (
        <div id={fieldId(['services'])} className={s.actions}>
          <Button onClick={p.onShowServices}>{items.length ? 'Change services' : 'Choose services'}</Button>
        </div>
      )}
    </Section>
  );
});

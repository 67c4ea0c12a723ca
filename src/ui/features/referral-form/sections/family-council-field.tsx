// The family's council area: searchable, grouped by region, with "Another council area" for a council the card does
// not list (its name is kept, and no service's area includes it). Service areas are checked against this choice.
import { Combobox, Field, Input, Option, OptionGroup } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import { COUNCILS, councilByCode } from '../../../../domain';
import type { Council } from '../../../../domain';

export const ANOTHER_COUNCIL = 'another';
const ANOTHER_LABEL = 'Another council area';

export type FamilyCouncil = { readonly councilCode: string | undefined; readonly councilName: string | undefined };

export type FamilyCouncilFieldProps = {
  /** The control's id (for the error summary and focus), e.g. fieldId(['family', 'councilCode']). */
  readonly id: string;
  readonly councilCode: string | undefined;
  readonly councilName: string | undefined;
  /** Called with both fields: a council from the list clears the name; "Another council area" clears the code. */
  readonly onChange: (next: FamilyCouncil) => void;
  readonly error?: string;
  readonly onBlur?: () => void;
};

const REGIONS = [...new Set(COUNCILS.map((c) => c.region))];

const matches = (council: Council, query: string) =>
  [council.name, ...(council.aliases ?? [])].some((n) => n.toLowerCase().includes(query));

/** The councils whose name has the typed text in it, by region; everything while the text is the chosen name. */
function groupsFor(query: string, chosenName: string): { region: string; councils: Council[] }[] {
  const q = query.trim().toLowerCase();
  const all = !q || query === chosenName;
  return REGIONS.map((region) => ({
    region,
    councils: COUNCILS.filter((c) => c.region === region && (all || matches(c, q))),
  })).filter((g) => g.councils.length > 0);
}

export const FamilyCouncilField = memo(function FamilyCouncilField(p: FamilyCouncilFieldProps) {
  const chosen = councilByCode(p.councilCode);
  const [another, setAnother] = useState(() => !chosen && Boolean(p.councilName));
  const isAnother = another && !chosen;
  const chosenName = chosen?.name ?? (isAnother ? ANOTHER_LABEL : '');
  const [query, setQuery] = useState(chosenName);
  // A change from outside (an address lookup, another draft) shows the new council's name.
  const [shownFor, setShownFor] = useState(chosenName);
  if (shownFor !== chosenName) {
    setShownFor(chosenName);
    setQuery(chosenName);
  }
  const groups = useMemo(() => groupsFor(query, chosenName), [query, chosenName]);
  const selected = chosen ? [chosen.code] : isAnother ? [ANOTHER_COUNCIL] : [];

  const choose = (value: string | undefined) => {
    if (value === ANOTHER_COUNCIL) {
      setAnother(true);
      p.onChange({ councilCode: undefined, councilName: p.councilName });
    } else if (value) {
      setAnother(false);
      p.onChange({ councilCode: value, councilName: undefined });
    }
  };

  return (
    <>
      <Field
        label="Which council area does the family live in?"
        hint="Services are shown for this area. Type to search."
        required
        validationState={p.error ? 'error' : 'none'}
        {...(p.error ? { validationMessage: { children: p.error, role: undefined } } : {})}
      >
        <Combobox
          id={p.id}
          value={query}
          selectedOptions={selected}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => choose(d.optionValue)}
          onBlur={() => {
            setQuery(chosenName);
            p.onBlur?.();
          }}
          placeholder="Choose a council"
        >
          {groups.map((g) => (
            <OptionGroup key={g.region} label={g.region}>
              {g.councils.map((c) => (
                <Option key={c.code} value={c.code} text={c.name}>
                  {c.name}
                </Option>
              ))}
            </OptionGroup>
          ))}
          <Option value={ANOTHER_COUNCIL} text={ANOTHER_LABEL}>
            {ANOTHER_LABEL}
          </Option>
        </Combobox>
      </Field>
      {isAnother && (
        <Field
          label="Name of the council area"
          hint="The services in the card are for the council areas in the list, so they will show as for other areas."
        >
          <Input
            value={p.councilName ?? ''}
            onChange={(_, d) => p.onChange({ councilCode: undefined, councilName: d.value || undefined })}
          />
        </Field>
      )}
    </>
  );
});

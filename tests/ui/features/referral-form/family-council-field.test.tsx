/** @jest-environment jsdom */
// The family's council picker: searchable, grouped by region, with "Another council area" kept by name.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { FamilyCouncilField } from '../../../../src/ui/features/referral-form/sections/family-council-field';
import type { FamilyCouncil } from '../../../../src/ui/features/referral-form/sections/family-council-field';

afterEach(cleanup);

function Picker(props: { initial: FamilyCouncil; changes: FamilyCouncil[] }) {
  const [value, setValue] = useState(props.initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <FamilyCouncilField
        id="family-council"
        councilCode={value.councilCode}
        councilName={value.councilName}
        onChange={(next) => {
          props.changes.push(next);
          setValue(next);
        }}
      />
    </FluentProvider>
  );
}

const combobox = () => screen.getByRole('combobox', { name: /Which council area does the family live in/ });
const open = () => fireEvent.click(combobox());

test('shows the chosen council by name', () => {
  render(<Picker initial={{ councilCode: 'E09000023', councilName: undefined }} changes={[]} />);
  expect((combobox() as HTMLInputElement).value).toBe('Lewisham');
});

test('typing narrows the list; choosing a council writes its code and clears any name', () => {
  const changes: FamilyCouncil[] = [];
  render(<Picker initial={{ councilCode: undefined, councilName: 'Leeds' }} changes={changes} />);
  open();
  fireEvent.change(combobox(), { target: { value: 'ged' } });
  const list = screen.getByRole('listbox');
  const options = within(list)
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(options).toEqual(['Gedling', 'Another council area']);
  fireEvent.click(within(list).getByRole('option', { name: 'Gedling' }));
  expect(changes.at(-1)).toEqual({ councilCode: 'E07000173', councilName: undefined });
});

test('the councils are grouped by region', () => {
  render(<Picker initial={{ councilCode: undefined, councilName: undefined }} changes={[]} />);
  open();
  const groups = screen.getAllByRole('group').map((g) => g.getAttribute('aria-labelledby'));
  const labels = groups.map((id) => (id ? document.getElementById(id)?.textContent : undefined));
  expect(labels).toEqual(['London', 'North East', 'East Midlands']);
  expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(33 + 6 + 9 + 1);
});

test('"Another council area" clears the code and asks for the name, kept as typed', () => {
  const changes: FamilyCouncil[] = [];
  render(<Picker initial={{ councilCode: 'E09000023', councilName: undefined }} changes={changes} />);
  open();
  fireEvent.click(screen.getByRole('option', { name: 'Another council area' }));
  expect(changes.at(-1)).toEqual({ councilCode: undefined, councilName: undefined });
  fireEvent.change(screen.getByRole('textbox', { name: 'Name of the council area' }), { target: { value: 'Leeds' } });
  expect(changes.at(-1)).toEqual({ councilCode: undefined, councilName: 'Leeds' });
});

test('a draft that already names another council opens with the name field', () => {
  render(<Picker initial={{ councilCode: undefined, councilName: 'Leeds' }} changes={[]} />);
  expect((screen.getByRole('textbox', { name: 'Name of the council area' }) as HTMLInputElement).value).toBe('Leeds');
});

/** @jest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CardTabs } from '../../../src/ui/app/card-tabs';

type View = 'form' | 'services' | 'dash';
const TABS = [
  { value: 'form', label: 'Family details' },
  { value: 'services', label: 'Services (2)' },
  { value: 'dash', label: 'DASH' },
] as const;

afterEach(cleanup);

function show(selected: View = 'form') {
  const onSelect = jest.fn<void, [View]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <CardTabs label="Referral sections" tabs={TABS} selected={selected} onSelect={onSelect} />
    </FluentProvider>,
  );
  const list = screen.getByRole('tablist', { name: 'Referral sections' });
  const tab = (name: string) => within(list).getByRole('tab', { name });
  return { list, tab, onSelect };
}

/** A key pressed on the focused element; whether the tabs took it (and so stopped the page scrolling). */
const press = (key: string) => !fireEvent.keyDown(document.activeElement as Element, { key });

describe('the card tabs', () => {
  test('each tab names the panel it controls; only the selected one is in the Tab order', () => {
    const { tab } = show('services');
    expect(tab('Services (2)').getAttribute('aria-selected')).toBe('true');
    expect(tab('Services (2)').tabIndex).toBe(0);
    expect(tab('Family details').getAttribute('aria-selected')).toBe('false');
    expect(tab('Family details').tabIndex).toBe(-1);
    expect(tab('DASH').tabIndex).toBe(-1);
    expect(tab('DASH').id).toBe('tab-dash');
    expect(tab('DASH').getAttribute('aria-controls')).toBe('panel-dash');
    expect(tab('DASH').getAttribute('type')).toBe('button'); // never submits a form it sits in
  });

  test('the arrow keys move between the tabs, wrapping at either end; Home and End go to the first and last', () => {
    const { tab, onSelect } = show();
    tab('Family details').focus();
    expect(press('ArrowRight')).toBe(true);
    expect(document.activeElement).toBe(tab('Services (2)'));
    press('ArrowRight');
    press('ArrowRight');
    expect(document.activeElement).toBe(tab('Family details'));
    press('ArrowLeft');
    expect(document.activeElement).toBe(tab('DASH'));
    press('Home');
    expect(document.activeElement).toBe(tab('Family details'));
    press('End');
    expect(document.activeElement).toBe(tab('DASH'));
    expect(onSelect).not.toHaveBeenCalled(); // moving is not choosing
  });

  test('other keys, and keys on the list itself, are left alone', () => {
    const { list, tab } = show();
    tab('Family details').focus();
    expect(press('ArrowDown')).toBe(false);
    expect(press('a')).toBe(false);
    expect(document.activeElement).toBe(tab('Family details'));
    expect(fireEvent.keyDown(list, { key: 'ArrowRight' })).toBe(true);
    expect(document.activeElement).toBe(tab('Family details'));
  });

  test('choosing a tab selects its view', () => {
    const { tab, onSelect } = show();
    fireEvent.click(tab('DASH'));
    expect(onSelect).toHaveBeenCalledWith('dash');
  });
});

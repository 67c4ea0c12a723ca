/** @jest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ContactLine } from '../../../../src/ui/features/eligibility/contact-line';
import { catalogue } from '../../../../src/catalogues';

const base = catalogue.services[0]!;
const provider = catalogue.providers.find((p) => p.id === base.providerId)!;

function line(service: typeof base, p = provider) {
  cleanup();
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <p data-testid="line">
        <ContactLine service={service} provider={p} />
      </p>
    </FluentProvider>,
  );
  return { text: screen.getByTestId('line').textContent, container };
}

describe('ContactLine', () => {
  test('details with links, each note in brackets after its own contact', () => {
    const { text } = line({
      ...base,
      contacts: [
        { name: 'YUVA', email: 'yuva@example.org', phone: '020 7946 0000', note: 'For adolescents.' },
        { name: 'Front door', phone: '020 7946 0001' },
      ],
    });
    expect(text).toBe('YUVA, yuva@example.org, 020 7946 0000 (For adolescents); Front door, 020 7946 0001');
    expect(screen.getByRole('link', { name: 'yuva@example.org' }).getAttribute('href')).toBe('mailto:yuva@example.org');
    expect(screen.getByRole('link', { name: '020 7946 0000' }).getAttribute('href')).toBe('tel:02079460000');
  });

  test('a contact that is only a note reads as written; no contacts falls back to the provider’s', () => {
    expect(line({ ...base, contacts: [{ note: 'Refer with the form.' }] }).text).toBe('Refer with the form.');
    const bare = { ...base, contacts: undefined };
    expect(line(bare, { ...provider, contacts: [{ name: 'Duty desk', hours: 'Evenings' }] }).text).toBe(
      'Duty desk, Evenings',
    );
    expect(line(bare, { ...provider, contacts: undefined, website: undefined }).text).toBe(`${provider.name} directly`);
  });

  test('a note is text, never markup', () => {
    const { text, container } = line({ ...base, contacts: [{ phone: '1', note: '<img src=x onerror=alert(1)>' }] });
    expect(text).toBe('1 (<img src=x onerror=alert(1)>)');
    expect(container.querySelector('img')).toBeNull();
  });
});

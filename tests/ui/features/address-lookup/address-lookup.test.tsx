/** @jest-environment jsdom */
// "Find address" with a fake lookup service: what the referrer sees, hears and can do with the keyboard.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import axe from 'axe-core';
import { useState } from 'react';
import {
  AddressLookupError,
  type AddressLookup as LookupService,
  type AddressSearch,
  type FindOptions,
  type FoundAddress,
} from '../../../../src/address';
import { AnnouncerProvider } from '../../../../src/ui/components/announcer';
import { AddressLookup, type AddressLookupProps } from '../../../../src/ui/features/address-lookup';
import { HostProvider, type HostInput } from '../../../../src/ui/host-context';
import '../../../auth/jsdom-support';

afterEach(async () => {
  cleanup();
  await act(async () => undefined);
});

const found = (uprn: string, line1: string, council?: { code: string; name: string }): FoundAddress => ({
  uprn,
  label: `${line1}, London, SE6 4RU`,
  address: { line1, town: 'London', postcode: 'SE6 4RU' },
  ...(council ? { council } : {}),
  councilName: council?.name ?? 'City of Elsewhere',
});
const LEWISHAM = { code: 'E09000023', name: 'Lewisham' };
const TWO: AddressSearch = {
  addresses: [found('1', 'Flat 1, Rowan Court', LEWISHAM), found('2', '14 Bramble Road', LEWISHAM)],
  total: 2,
};

/** A lookup service whose answers the test gives, one search at a time. */
function fakeService() {
  const calls: { postcode: string; signal: AbortSignal | undefined }[] = [];
  let settle: { resolve: (s: AddressSearch) => void; reject: (e: unknown) => void } | undefined;
  const service: LookupService = {
    findByPostcode: (postcode: string, options?: FindOptions) => {
      calls.push({ postcode, signal: options?.signal });
      return new Promise<AddressSearch>((resolve, reject) => (settle = { resolve, reject }));
    },
  };
  const answer = async (search: AddressSearch) => act(async () => settle?.resolve(search));
  const fail = async (error: unknown) => act(async () => settle?.reject(error));
  return { service, calls, answer, fail };
}

type Chosen = Parameters<AddressLookupProps['onChoose']>;

function Harness({ service, initial }: { readonly service?: LookupService; readonly initial: string }) {
  const [postcode, setPostcode] = useState(initial);
  const [chosen, setChosen] = useState<Chosen | undefined>();
  return (
    <>
      <label htmlFor="pc">Postcode</label>
      <input id="pc" value={postcode} onChange={(e) => setPostcode(e.target.value)} />
      <AddressLookup
        postcode={postcode}
        onChoose={(...args) => {
          setChosen(args);
          setPostcode(args[0].postcode);
        }}
        {...(service ? { lookup: service } : {})}
      />
      <output data-testid="chosen">{chosen ? JSON.stringify(chosen) : ''}</output>
    </>
  );
}

function show(service: LookupService | undefined, postcode = 'se64ru') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AnnouncerProvider>
        <Harness initial={postcode} {...(service ? { service } : {})} />
      </AnnouncerProvider>
    </FluentProvider>,
  );
}

const findButton = () => screen.getByRole('button', { name: 'Find address' });
const announced = () => screen.getByTestId('announcer').textContent?.trim();
const chosen = () => JSON.parse(screen.getByTestId('chosen').textContent || 'null') as Chosen | null;

describe('with no lookup service configured', () => {
  test('there is no "Find address" button, outside a host or in one without a service', () => {
    show(undefined);
    expect(screen.queryByRole('button', { name: 'Find address' })).toBeNull();
    cleanup();
    render(
      <HostProvider value={{ host: 'browser' } as HostInput}>
        <AddressLookup postcode="SE6 4RU" onChoose={() => undefined} />
      </HostProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Find address' })).toBeNull();
  });

  test("the host's service is used when there is one (the panel loads on demand)", async () => {
    const { service } = fakeService();
    render(
      <FluentProvider theme={webLightTheme}>
        <HostProvider value={{ host: 'browser', addressLookup: service } as HostInput}>
          <AddressLookup postcode="SE6 4RU" onChoose={() => undefined} />
        </HostProvider>
      </FluentProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Find address' })).toBeTruthy();
  });
});

describe('finding and choosing an address', () => {
  test('searches the postcode in its standard form, shows progress, lists and announces what it found', async () => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    expect(f.calls).toEqual([{ postcode: 'SE6 4RU', signal: expect.any(AbortSignal) }]);
    expect(screen.getByText('Finding addresses…')).toBeTruthy();
    expect(findButton().getAttribute('aria-disabled')).toBe('true');
    await f.answer(TWO);
    const list = screen.getByRole('combobox', { name: 'Addresses at SE6 4RU' });
    expect(document.activeElement).toBe(list);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose the address',
      'Flat 1, Rowan Court, London, SE6 4RU',
      '14 Bramble Road, London, SE6 4RU',
    ]);
    expect(announced()).toBe('2 addresses found for SE6 4RU. Choose the address from the list.');
    expect(findButton().getAttribute('aria-disabled')).toBeNull();
  });

  test('choosing one fills the address and the council, and says so where focus lands', async () => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    await f.answer(TWO);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this address' }));
    expect(chosen()).toEqual([{ line1: '14 Bramble Road', town: 'London', postcode: 'SE6 4RU' }, 'E09000023']);
    const said = screen.getByText('Address filled in: 14 Bramble Road, London, SE6 4RU. Council: Lewisham.');
    expect(document.activeElement).toBe(said);
    // The postcode field now holds the standard form of the same postcode: the outcome stays.
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('SE6 4RU');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  test('an address in a council the card does not know: no council filled in, and the referrer is asked to choose', async () => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    await f.answer({ addresses: [found('9', '1 Far Lane')], total: 1 });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this address' }));
    expect(chosen()?.[1]).toBeNull(); // undefined, through JSON
    expect(screen.getByText(/does not know the council the address service names \(City of Elsewhere\)/)).toBeTruthy();
  });

  test('"Use this address" with none chosen says so at the list', async () => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    await f.answer(TWO);
    fireEvent.click(screen.getByRole('button', { name: 'Use this address' }));
    expect(screen.getByText('Choose the address from the list.')).toBeTruthy();
    expect(screen.getByRole('combobox').getAttribute('aria-invalid')).toBe('true');
    expect(chosen()).toBeNull();
  });

  test('more addresses than the service sent: the hint says how many are listed', async () => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    await f.answer({ ...TWO, total: 140 });
    const hint = document.getElementById(screen.getByRole('combobox').getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      "2 addresses found for SE6 4RU. The first 2 of 140 are listed: if the family's address is not among them, type it in.",
    );
  });

  test('has no axe violations with the list shown', async () => {
    const f = fakeService();
    const { container } = show(f.service);
    fireEvent.click(findButton());
    await f.answer(TWO);
    await act(async () => {
      const results = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
});

describe('when the lookup fails', () => {
  test.each([
    ['unavailable', 'The address lookup is not available at the moment.'],
    ['timeout', 'The address lookup took too long to answer.'],
    ['not-found', 'No addresses were found at that postcode.'],
    ['not-configured', 'The address lookup is not set up correctly.'],
    ['bad-response', 'The address lookup sent an answer the card could not read.'],
  ] as const)('%s: says what happened and to type the address in, and announces it', async (kind, title) => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    await f.fail(new AddressLookupError(kind, 503));
    expect(screen.getByText(title)).toBeTruthy();
    expect(announced()).toMatch(new RegExp(`^${title.replace('.', '\\.')} .*type the address in`, 'i'));
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  test('an unexpected error is shown as the lookup being unavailable', async () => {
    const f = fakeService();
    show(f.service);
    fireEvent.click(findButton());
    await f.fail(new Error('boom'));
    expect(screen.getByText('The address lookup is not available at the moment.')).toBeTruthy();
  });

  test('a postcode that is not a full one is not searched', async () => {
    const f = fakeService();
    show(f.service, 'SE6');
    fireEvent.click(findButton());
    expect(f.calls).toHaveLength(0);
    expect(screen.getByText('That is not a full UK postcode.')).toBeTruthy();
  });
});

test('a changed postcode drops the search under way, and its late answer is not shown', async () => {
  const f = fakeService();
  show(f.service);
  fireEvent.click(findButton());
  fireEvent.change(screen.getByLabelText('Postcode'), { target: { value: 'RM9 6SJ' } });
  expect(f.calls[0]?.signal?.aborted).toBe(true);
  await f.answer(TWO);
  expect(screen.queryByRole('combobox')).toBeNull();
  expect(screen.queryByText('Finding addresses…')).toBeNull();
});

test('leaving the form aborts the search under way', () => {
  const f = fakeService();
  const { unmount } = show(f.service);
  fireEvent.click(findButton());
  unmount();
  expect(f.calls[0]?.signal?.aborted).toBe(true);
});

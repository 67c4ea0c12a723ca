/** @jest-environment jsdom */
// The real card in the Outlook host: the referrer is prefilled from Outlook's userProfile, end to end.
import { deserialize, serialize } from 'node:v8';
import { act, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { startOutlook } from '../../../src/hosts/outlook/start-outlook';
import { hostEnv, signedIn } from '../shared/host-env';
import { officeMock, readItem } from './office-mock';
import type { OfficeItemLike } from '../../../src/hosts/outlook/office-like';

// jsdom lacks structuredClone, which fake-indexeddb copies records with.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;
const { IDBFactory } = jest.requireActual<{ IDBFactory: new () => IDBFactory }>('fake-indexeddb');

// Each test starts its own pane; the previous one's is taken out of the page.
afterEach(() => document.body.replaceChildren());

test('the card opens beside the email with the referrer filled in from Outlook', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  const { env } = hostEnv('https://localhost:3000/outlook.html');
  await act(async () => {
    await startOutlook({
      container,
      office: officeMock(),
      env: { ...env, indexedDB: new IDBFactory() },
      signIn: signedIn(),
    });
  });
  expect(await screen.findByDisplayValue('Sam Worker', {}, { timeout: 5000 })).toBeTruthy();
  expect(screen.getByDisplayValue('sam.worker@council.gov.uk')).toBeTruthy();
  expect(screen.queryByDisplayValue('Persona Person')).toBeNull();
});

test('a pinned pane follows the selected email: the same card offers the new one', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  const { env } = hostEnv('https://localhost:3000/outlook.html');
  let itemChanged: (() => void) | undefined;
  const office = officeMock({
    onAddHandler: (type, handler) => type === 'olkItemSelectedChanged' && (itemChanged = handler),
  });
  await act(async () => {
    await startOutlook({ container, office, env: { ...env, indexedDB: new IDBFactory() }, signIn: signedIn() });
  });
  expect(await screen.findByText('Referral: family K / urgent', {}, { timeout: 5000 })).toBeTruthy();
  expect(itemChanged).toBeDefined();
  const mailbox = office.context?.mailbox as { item?: OfficeItemLike };
  mailbox.item = readItem({ subject: 'Second family: school concern', attachments: [] }) as unknown as OfficeItemLike;
  await act(async () => itemChanged?.());
  expect(await screen.findByText('Second family: school concern')).toBeTruthy();
  expect(screen.queryByText('Referral: family K / urgent')).toBeNull();
  expect(screen.getByDisplayValue('Sam Worker')).toBeTruthy(); // the same card: the referrer is still there
  // No email selected any more (a folder view): the offer goes away rather than offering a stale email.
  mailbox.item = undefined;
  await act(async () => itemChanged?.());
  expect(screen.queryByText('Second family: school concern')).toBeNull();
  expect(screen.getByDisplayValue('Sam Worker')).toBeTruthy();
});

test('before Mailbox 1.5 no ItemChanged handler is registered', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  const { env } = hostEnv('https://localhost:3000/outlook.html');
  const registered: unknown[] = [];
  const office = officeMock({ mailboxVersion: '1.4', onAddHandler: (type) => registered.push(type) });
  await act(async () => {
    await startOutlook({ container, office, env: { ...env, indexedDB: new IDBFactory() }, signIn: signedIn() });
  });
  expect(await screen.findByDisplayValue('Sam Worker', {}, { timeout: 5000 })).toBeTruthy();
  expect(registered).toEqual([]);
});

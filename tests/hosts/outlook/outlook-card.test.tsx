/** @jest-environment jsdom */
// The real card in the Outlook host: the referrer is prefilled from Outlook's userProfile, end to end.
import { deserialize, serialize } from 'node:v8';
import { act, screen } from '@testing-library/react';
import '../../auth/jsdom-support';
import { startOutlook } from '../../../src/hosts/outlook/start-outlook';
import { hostEnv, signedIn } from '../shared/host-env';
import { officeMock } from './office-mock';

// jsdom lacks structuredClone, which fake-indexeddb copies records with.
globalThis.structuredClone ??= ((value: unknown) => deserialize(serialize(value))) as typeof structuredClone;
const { IDBFactory } = jest.requireActual<{ IDBFactory: new () => IDBFactory }>('fake-indexeddb');

test('the card opens beside the email with the referrer filled in from Outlook', async () => {
  const container = document.body.appendChild(document.createElement('div'));
  const { env } = hostEnv('https://localhost:3000/outlook.html');
  await act(async () => {
    await startOutlook({ container, office: officeMock(), env: { ...env, indexedDB: new IDBFactory() }, signIn: signedIn() });
  });
  expect(await screen.findByDisplayValue('Sam Worker', {}, { timeout: 5000 })).toBeTruthy();
  expect(screen.getByDisplayValue('sam.worker@council.gov.uk')).toBeTruthy();
  expect(screen.queryByDisplayValue('Persona Person')).toBeNull();
});

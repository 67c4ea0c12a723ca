import {
  parseRemembered,
  prefillFor,
  readRemembered,
  rememberedFrom,
  writeRemembered,
} from '../../../../src/ui/features/referrer-memory/remembered-referrer';
import type { UserSettings } from '../../../../src/ui/host-context';

const settingsHolding = (value: unknown): UserSettings => ({
  read: async () => value,
  write: async () => undefined,
  clear: async () => undefined,
});

describe('what is read back as remembered details', () => {
  test('the details written are read back as they were', async () => {
    const kept = new Map<string, unknown>();
    const settings: UserSettings = {
      read: async (k) => kept.get(k),
      write: async (k, v) => void kept.set(k, v),
      clear: async () => kept.clear(),
    };
    await writeRemembered(settings, { role: 'IDVA', organisation: 'Refuge', team: 'East', phone: '0115 000 0000' });
    await expect(readRemembered(settings)).resolves.toEqual({
      role: 'IDVA',
      organisation: 'Refuge',
      team: 'East',
      phone: '0115 000 0000',
    });
  });

  test.each([
    ['nothing stored', undefined],
    ['null', null],
    ['text', 'IDVA'],
    ['a list', [{ v: 1, role: 'IDVA' }]],
    ['another version', { v: 2, role: 'IDVA' }],
    ['no version', { role: 'IDVA' }],
  ])('bad stored data is ignored whole: %s', async (_, value) => {
    await expect(readRemembered(settingsHolding(value))).resolves.toBeUndefined();
  });

  test('a field that is not text, blank or too long is dropped; the rest is kept, trimmed', () => {
    expect(
      parseRemembered({
        v: 1,
        role: '  Social worker ',
        organisation: 42,
        phone: '0'.repeat(41),
        name: 'Someone Else',
        email: 'x@example.org',
      }),
    ).toEqual({ role: 'Social worker' });
    expect(parseRemembered({ v: 1, role: '   ', organisation: 'x'.repeat(201) })).toEqual({});
  });

  test('settings that cannot be read mean nothing is remembered, never a failure', async () => {
    const broken: UserSettings = {
      read: async () => {
        throw new Error('blocked');
      },
      write: async () => undefined,
      clear: async () => undefined,
    };
    await expect(readRemembered(broken)).resolves.toBeUndefined();
  });
});

describe('prefilling', () => {
  test('fills only blank fields: what the referrer typed is never replaced', () => {
    const remembered = { role: 'IDVA', organisation: 'Refuge', phone: '0115 000 0000' };
    expect(prefillFor({ role: 'Social worker', phone: '  ' }, remembered)).toEqual({
      organisation: 'Refuge',
      phone: '0115 000 0000',
    });
    expect(prefillFor(undefined, { role: 'IDVA' })).toEqual({ role: 'IDVA' });
  });

  test('only role, organisation, team and phone are taken from a referrer, never name or email', () => {
    expect(
      rememberedFrom({ name: 'Sam', email: 'sam@council.gov.uk', role: 'IDVA ', organisation: '', phone: '07' }),
    ).toEqual({ role: 'IDVA', phone: '07' });
  });
});

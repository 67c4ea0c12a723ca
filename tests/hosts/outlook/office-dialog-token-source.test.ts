// The Office-dialog sign-in for Outlook clients without nested app auth: the pane opens the dialog, the dialog hands
// back a token (or MSAL's errorCode) with messageParent, and the pane holds the token until it nearly expires.
import { createOfficeDialogTokenSource } from '../../../src/hosts/outlook/office-dialog-token-source';
import type { OfficeDialogLike, OfficeLike } from '../../../src/hosts/outlook/office-like';
import { TokenSourceError } from '../../../src/auth/token-source-error';

const MESSAGE = 'dialogMessageReceived';
const EVENT = 'dialogEventReceived';

type Handler = (arg: { message: string } | { error: number }) => void;

/** Office.context.ui as Outlook exposes it; each opened dialog is recorded with its handlers. */
function fakeOffice(open: { failWith?: number } = {}) {
  const dialogs: { url: string; handlers: Map<unknown, Handler>; closed: boolean }[] = [];
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded' },
    CoercionType: { Text: 'text' },
    EventType: { ItemChanged: 'item', DialogMessageReceived: MESSAGE, DialogEventReceived: EVENT },
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      ui: {
        displayDialogAsync(
          url: string,
          _options: unknown,
          callback: (r: { status: string; value: OfficeDialogLike; error?: { code: number } }) => void,
        ) {
          if (open.failWith)
            return callback({ status: 'failed', value: undefined as never, error: { code: open.failWith } });
          const record = { url, handlers: new Map<unknown, Handler>(), closed: false };
          dialogs.push(record);
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type, handler) => void record.handlers.set(type, handler),
              close: () => void (record.closed = true),
            },
          });
        },
      },
    },
  } as unknown as OfficeLike;
  const last = () => dialogs[dialogs.length - 1]!;
  return {
    office,
    dialogs,
    say: (message: unknown) => last().handlers.get(MESSAGE)?.({ message: JSON.stringify(message) }),
    event: (error: number) => last().handlers.get(EVENT)?.({ error }),
  };
}

const clock = { now: Date.parse('2026-11-23T10:00:00Z') };
const source = (office: OfficeLike) =>
  createOfficeDialogTokenSource({
    office,
    dialogUrl: 'https://localhost:3000/outlook-auth-dialog.html',
    loginHint: 'sam.worker@council.gov.uk',
    now: () => clock.now,
  });
const signedInMessage = (token: string, inMs = 3_600_000) => ({
  status: 'signed-in',
  accessToken: token,
  expiresOn: clock.now + inMs,
  account: { name: 'Sam Worker', username: 'sam.worker@council.gov.uk' },
});

const tokenError = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenSourceError);
  return error as TokenSourceError;
};

describe('sign-in through an Office dialog', () => {
  test('opens the dialog with the scopes and the login hint, returns its token, and knows the user', async () => {
    const fake = fakeOffice();
    const tokens = source(fake.office);
    const pending = tokens.getToken(['User.Read', 'Mail.Send']);
    const url = new URL(fake.dialogs[0]!.url);
    expect(url.origin + url.pathname).toBe('https://localhost:3000/outlook-auth-dialog.html');
    expect(url.searchParams.get('scopes')).toBe('Mail.Send User.Read');
    expect(url.searchParams.get('loginHint')).toBe('sam.worker@council.gov.uk');
    fake.say(signedInMessage('token-1'));
    await expect(pending).resolves.toBe('token-1');
    expect(fake.dialogs[0]!.closed).toBe(true);
    await expect(tokens.user()).resolves.toEqual({ name: 'Sam Worker', email: 'sam.worker@council.gov.uk' });
  });

  test('holds the token until five minutes before it expires, and opens no second dialog meanwhile', async () => {
    const fake = fakeOffice();
    const tokens = source(fake.office);
    const first = tokens.getToken(['Mail.Send']);
    fake.say(signedInMessage('token-1', 10 * 60_000));
    await first;
    await expect(tokens.getToken(['Mail.Send'])).resolves.toBe('token-1');
    expect(fake.dialogs).toHaveLength(1);
    clock.now += 5 * 60_000 + 1;
    const renewed = tokens.getToken(['Mail.Send']);
    expect(fake.dialogs).toHaveLength(2);
    fake.say(signedInMessage('token-2'));
    await expect(renewed).resolves.toBe('token-2');
  });

  test('forceRefresh (Graph refused the token) opens the dialog again', async () => {
    const fake = fakeOffice();
    const tokens = source(fake.office);
    const first = tokens.getToken(['Mail.Send']);
    fake.say(signedInMessage('token-1'));
    await first;
    const again = tokens.getToken(['Mail.Send'], { forceRefresh: true });
    expect(fake.dialogs).toHaveLength(2);
    fake.say(signedInMessage('token-2'));
    await expect(again).resolves.toBe('token-2');
  });

  test('two requests at once share one dialog (Office refuses a second, 12007)', async () => {
    const fake = fakeOffice();
    const tokens = source(fake.office);
    const a = tokens.getToken(['Mail.Send']);
    const b = tokens.getToken(['Mail.Send']);
    expect(fake.dialogs).toHaveLength(1);
    fake.say(signedInMessage('token-1'));
    await expect(Promise.all([a, b])).resolves.toEqual(['token-1', 'token-1']);
  });

  test('ignores messages that are not ours and keeps waiting', async () => {
    const fake = fakeOffice();
    const pending = source(fake.office).getToken(['Mail.Send']);
    fake.dialogs[0]!.handlers.get(MESSAGE)?.({ message: 'not json' });
    fake.say({ status: 'signed-in', accessToken: 'x' }); // no expiry
    fake.say({ hello: 'world' });
    expect(fake.dialogs[0]!.closed).toBe(false);
    fake.say(signedInMessage('token-1'));
    await expect(pending).resolves.toBe('token-1');
  });

  test('the referrer closing the dialog is "cancelled", in words', async () => {
    const fake = fakeOffice();
    const pending = source(fake.office).getToken(['Mail.Send']);
    fake.event(12006);
    const error = await tokenError(pending);
    expect(error.code).toBe('sign-in-cancelled');
    expect(error.message).toMatch(/closed before signing in finished/);
  });

  test('the browser blocking the dialog (12011) says to allow pop-ups', async () => {
    const error = await tokenError(source(fakeOffice({ failWith: 12011 }).office).getToken(['Mail.Send']));
    expect(error.code).toBe('popup-blocked');
  });

  test('an unknown Office code is quoted for the IT team', async () => {
    const error = await tokenError(source(fakeOffice({ failWith: 12345 }).office).getToken(['Mail.Send']));
    expect(error.code).toBe('sign-in-failed');
    expect(error.message).toMatch(/Office code 12345/);
  });

  test('MSAL failing inside the dialog comes back as its errorCode, in words', async () => {
    const fake = fakeOffice();
    const pending = source(fake.office).getToken(['Mail.Send']);
    fake.say({ status: 'failed', errorCode: 'user_cancelled' });
    expect((await tokenError(pending)).code).toBe('sign-in-cancelled');
    const next = source(fake.office).getToken(['Mail.Send']);
    fake.say({ status: 'failed', errorCode: 'AADSTS50105' });
    const error = await tokenError(next);
    expect(error.code).toBe('sign-in-failed');
    expect(error.message).toMatch(/AADSTS50105/);
  });

  test('an Outlook without the dialog API says so instead of hanging', async () => {
    const office = {
      AsyncResultStatus: { Succeeded: 'succeeded' },
      CoercionType: { Text: 'text' },
      onReady: async () => ({ host: 'Outlook', platform: 'PC' }),
      context: {},
    } as unknown as OfficeLike;
    const error = await tokenError(source(office).getToken(['Mail.Send']));
    expect(error.message).toMatch(/cannot open the sign-in window/);
  });
});

import { EnvironmentError } from '../../../src/auth/auth-config-env';
import { boardUrlFor, parseBotEnv } from '../../../src/bot/config/bot-config';
import { binding } from '../support/fakes';

const base = {
  REFERRAL_CARD_BOT_ID: '9108d0a2-1132-5f0f-a822-0628a8c8e315',
  REFERRAL_CARD_SERVICE_BINDINGS: JSON.stringify([binding]),
  REFERRAL_CARD_BOT_BOARD_URL: 'https://referrals.example.gov.uk/board.html?referral={referral}',
  REFERRAL_CARD_BOT_TOKENS: 'client-credentials',
  REFERRAL_CARD_TENANT_ID: '0c9f7d6e-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
  REFERRAL_CARD_BOT_CLIENT_SECRET: 'a-long-secret-value',
  REFERRAL_CARD_BOT_INBOUND: 'jwt',
  REFERRAL_CARD_BOT_STORE: 'blob',
  REFERRAL_CARD_BOT_BLOB_CONNECTION: 'UseDevelopmentStorage=true',
  REFERRAL_CARD_BOT_BLOB_CONTAINER: 'referral-card-bot',
  UNRELATED: 'ignored',
};

const problems = (values: Record<string, string | undefined>) => {
  try {
    parseBotEnv(values);
    return [];
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    return error.problems;
  }
};

test('a tenant configuration: Microsoft Graph and Teams by default', () => {
  const env = parseBotEnv(base);
  expect(env).toMatchObject({
    REFERRAL_CARD_BOT_GRAPH_URL: 'https://graph.microsoft.com/',
    REFERRAL_CARD_BOT_SERVICE_URL: 'https://smba.trafficmanager.net/teams/',
    REFERRAL_CARD_BOT_PORT: 3978,
    REFERRAL_CARD_BOT_HOST: '127.0.0.1',
  });
  expect(env.REFERRAL_CARD_SERVICE_BINDINGS).toEqual([binding]);
});

test('missing and malformed settings are named', () => {
  expect(problems({ ...base, REFERRAL_CARD_BOT_ID: 'bot' })).toEqual([expect.stringMatching(/^REFERRAL_CARD_BOT_ID:/)]);
  expect(problems({ ...base, REFERRAL_CARD_SERVICE_BINDINGS: '[{"mailbox":1}]' }).join()).toMatch(/SERVICE_BINDINGS/);
  expect(problems({ ...base, REFERRAL_CARD_BOT_TOKENS: 'magic' }).join()).toMatch(/REFERRAL_CARD_BOT_TOKENS/);
  expect(problems({ ...base, REFERRAL_CARD_BOT_CLIENT_SECRET: undefined }).join()).toMatch(/CLIENT_SECRET/);
  expect(problems({ ...base, REFERRAL_CARD_BOT_BLOB_CONTAINER: 'Bad_Name' }).join()).toMatch(/BLOB_CONTAINER/);
});

test('unsigned calls are accepted on loopback only', () => {
  expect(problems({ ...base, REFERRAL_CARD_BOT_INBOUND: 'anonymous-loopback' })).toEqual([]);
  expect(
    problems({ ...base, REFERRAL_CARD_BOT_INBOUND: 'anonymous-loopback', REFERRAL_CARD_BOT_HOST: '0.0.0.0' }),
  ).toEqual([expect.stringMatching(/^REFERRAL_CARD_BOT_INBOUND: Unsigned calls are accepted on loopback only/)]);
});

test('the board address takes the referral and mailbox, encoded', () => {
  expect(boardUrlFor('https://b.example/?r={referral}&m={mailbox}', 'a&b@x.uk', 'id/1')).toBe(
    'https://b.example/?r=id%2F1&m=a%26b%40x.uk',
  );
});

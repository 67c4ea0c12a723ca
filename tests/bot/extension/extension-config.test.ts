import { EnvironmentError } from '../../../src/auth/auth-config-env';
import { parseBotEnv } from '../../../src/bot/config/bot-config';
import { binding } from '../support/fakes';

const base = {
  REFERRAL_CARD_BOT_ID: '9108d0a2-1132-5f0f-a822-0628a8c8e315',
  REFERRAL_CARD_SERVICE_BINDINGS: JSON.stringify([binding]),
  REFERRAL_CARD_BOT_BOARD_URL: 'https://referrals.example.gov.uk/board.html?referral={referral}',
  REFERRAL_CARD_BOT_TOKENS: 'token-endpoint',
  REFERRAL_CARD_BOT_TOKEN_URL: 'https://127.0.0.1:8443/sandbox/token',
  REFERRAL_CARD_BOT_INBOUND: 'anonymous-loopback',
  REFERRAL_CARD_BOT_STORE: 'file',
};

test('the Outlook originator is optional, and a provider id when given', () => {
  expect(parseBotEnv(base).REFERRAL_CARD_OUTLOOK_ORIGINATOR).toBeUndefined();
  const id = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
  expect(parseBotEnv({ ...base, REFERRAL_CARD_OUTLOOK_ORIGINATOR: id }).REFERRAL_CARD_OUTLOOK_ORIGINATOR).toBe(id);
  let problems: readonly string[] = [];
  try {
    parseBotEnv({ ...base, REFERRAL_CARD_OUTLOOK_ORIGINATOR: 'outlook' });
  } catch (error) {
    if (error instanceof EnvironmentError) problems = error.problems;
  }
  expect(problems).toEqual(['REFERRAL_CARD_OUTLOOK_ORIGINATOR: Expected the actionable-message provider id, a GUID.']);
});

// The referrer's recent referrals for the duplicate rule: only messages of the last 90 days are read.
import type { DetailsResult } from '../../../../src/graph';
import { earlierReferrals } from '../../../../src/ui/features/my-referrals/earlier-referrals';
import type { FiledMessage } from '../../../../src/ui/features/my-referrals/my-referrals.types';
import { filedExample } from '../../support/filed-documents';

const NOW = new Date('2026-12-07T09:00:00Z');
const message = (messageId: string | undefined, sentAt: string): FiledMessage => ({
  ...(messageId ? { messageId } : {}),
  referralId: '6b1f0d5e-2c3a-4e7b-9a41-8d2c5f7e9b10',
  reference: 'RC-6B1F0D5E',
  kind: 'referral',
  mailbox: 'x@y.gov.uk',
  sentAt,
  services: [],
});

test('reads only the messages sent in the window, and leaves out what could not be read', async () => {
  const asked: string[] = [];
  const results: Record<string, DetailsResult> = {
    recent: { ok: true, document: filedExample() },
    damaged: { ok: false, reason: 'invalid', message: 'x' },
    offline: { ok: false, reason: 'unavailable', error: new Error('offline') },
  };
  const found = await earlierReferrals(
    {
      list: async () => [
        message('recent', '2026-11-03T10:15:00Z'),
        message('damaged', '2026-11-20T10:15:00Z'),
        message('offline', '2026-12-01T10:15:00Z'),
        message('old', '2026-08-01T10:15:00Z'),
        message(undefined, '2026-12-06T10:15:00Z'),
      ],
      details: async (ids) => {
        asked.push(...ids);
        return new Map(ids.map((id) => [id, results[id]!] as const));
      },
    },
    NOW,
  );
  expect(asked).toEqual(['recent', 'damaged', 'offline']);
  expect(found).toEqual([
    expect.objectContaining({ reference: 'RC-6B1F0D5E', referredOn: '2026-11-03T10:15:00.000Z' }),
  ]);
});

test('a list that cannot be read rejects: the warning then says it could not check', async () => {
  await expect(
    earlierReferrals({ list: () => Promise.reject(new Error('offline')), details: async () => new Map() }, NOW),
  ).rejects.toThrow('offline');
});

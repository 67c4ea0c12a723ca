// "My referrals": what the referrer filed (Sent Items, by the extended property) with each service's latest status as
// reported back by the service (a ReferralKind=status message in the referrer's Inbox).
import { randomUUID } from 'node:crypto';
import type { Client } from '@microsoft/microsoft-graph-client';
import { referenceFor } from '../../../src/domain';
import { fileToMailbox, listMyReferrals, referralPropertiesFor, type ReferralProperties } from '../../../src/graph';
import { readAllPages } from '../../../src/graph/gateway/read-all-pages';
import {
  gatewayFor,
  type Harness,
  LEWISHAM_MAILBOX,
  LEWISHAM_MANAGER,
  NOTTS_MAILBOX,
  REFERRER,
  requestFor,
  servicesOf,
  standardFiles,
  startHarness,
} from '../support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A message sent through Graph (as `client`) to `to`, carrying our extended properties. */
async function sendWith(
  client: Client,
  to: string,
  props: ReferralProperties | { id: string; value: string }[],
  subject = 'Referral update',
) {
  await client.api('/me/sendMail').post({
    message: {
      subject,
      body: { contentType: 'Text', content: 'Status update' },
      toRecipients: [{ emailAddress: { address: to } }],
      singleValueExtendedProperties: Array.isArray(props) ? props : referralPropertiesFor(props),
    },
  });
}

test('lists each filing once with its reference, and joins the newest status per service from the Inbox', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const first = randomUUID();
  const second = randomUUID();
  const nottsServices = servicesOf(NOTTS_MAILBOX, 2).map((s) => ({ id: s.id, name: s.name }));
  h.clock.now += 1000;
  await fileToMailbox(gateway, requestFor(first, LEWISHAM_MAILBOX, standardFiles()));
  h.clock.now += 1000;
  await fileToMailbox(
    gateway,
    requestFor(first, NOTTS_MAILBOX, standardFiles(), { services: nottsServices, kind: 'advice' }),
  );
  h.clock.now += 1000;
  await fileToMailbox(gateway, requestFor(second, LEWISHAM_MAILBOX, standardFiles()));
  const lewishamService = servicesOf(LEWISHAM_MAILBOX, 1)[0]!.id;

  // The Lewisham manager reports back twice: the newer status wins, whatever order the Inbox lists them in.
  const manager = await h.client(LEWISHAM_MANAGER);
  const status = (referralId: string, serviceIds: string[], state: string): ReferralProperties => ({
    referralId,
    schemaVersion: '1',
    serviceIds,
    kind: 'status',
    status: state,
  });
  h.clock.now += 1000;
  await sendWith(manager, REFERRER, status(first, [lewishamService], 'screening'));
  h.clock.now += 1000;
  await sendWith(manager, REFERRER, status(first, [lewishamService], 'accepted'));
  h.clock.now += 1000;
  await sendWith(manager, REFERRER, status(first, [nottsServices[1]!.id], 'waiting-list'));

  const rows = await listMyReferrals(gateway);
  const mine = rows.filter((r) => r.referralId === first || r.referralId === second);
  expect(mine.map((r) => [r.referralId, r.mailbox, r.kind])).toEqual([
    [second, LEWISHAM_MAILBOX, 'referral'],
    [first, NOTTS_MAILBOX, 'advice'],
    [first, LEWISHAM_MAILBOX, 'referral'],
  ]);
  const [secondRow, nottsRow, lewishamRow] = mine;
  expect(lewishamRow).toMatchObject({
    reference: referenceFor(first),
    serviceIds: [lewishamService],
    sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    statuses: { [lewishamService]: { state: 'accepted', at: expect.any(String) } },
  });
  expect(nottsRow?.serviceIds).toEqual(nottsServices.map((s) => s.id));
  expect(nottsRow?.statuses).toEqual({ [nottsServices[1]!.id]: { state: 'waiting-list', at: expect.any(String) } });
  expect(secondRow?.statuses).toEqual({});
});

test('bad and foreign messages are skipped, not fatal', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const referrer = await h.client(REFERRER);
  const manager = await h.client(LEWISHAM_MANAGER);
  const good = randomUUID();
  await fileToMailbox(gateway, requestFor(good, LEWISHAM_MAILBOX, standardFiles()));
  const service = servicesOf(LEWISHAM_MAILBOX, 1)[0]!.id;
  const base = { referralId: good, schemaVersion: '1', serviceIds: [service] };
  // Sent by the referrer with our properties but malformed: not a uuid, no services, an unknown kind.
  await sendWith(referrer, LEWISHAM_MAILBOX, { ...base, referralId: 'RC-12345678', kind: 'referral' });
  await sendWith(referrer, LEWISHAM_MAILBOX, { ...base, serviceIds: ['Not A Service'], kind: 'referral' });
  await sendWith(referrer, LEWISHAM_MAILBOX, [
    { id: referralPropertiesFor({ ...base, kind: 'referral' })[3]!.id, value: 'memo' },
  ]);
  // Status messages that are not a triage state, for a service not filed, or of a referral not the referrer's.
  await sendWith(manager, REFERRER, { ...base, kind: 'status', status: 'approved-by-magic' });
  await sendWith(manager, REFERRER, { ...base, kind: 'status' });
  await sendWith(manager, REFERRER, {
    ...base,
    serviceIds: ['lewisham.not-filed'],
    kind: 'status',
    status: 'declined',
  });
  await sendWith(manager, REFERRER, { ...base, referralId: randomUUID(), kind: 'status', status: 'declined' });
  // Mail with none of our properties at all.
  await referrer
    .api('/me/sendMail')
    .post({ message: { subject: 'hello', toRecipients: [{ emailAddress: { address: LEWISHAM_MAILBOX } }] } });

  const rows = await listMyReferrals(gateway);
  expect(rows.filter((r) => r.referralId === good)).toEqual([
    expect.objectContaining({ referralId: good, statuses: {} }),
  ]);
  expect(rows.every((r) => /^[0-9a-f-]{36}$/.test(r.referralId))).toBe(true);
});

test('the caps bound what is read, and failures come back as GraphFailures', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  // The cap counts messages read (newest first), skipped ones included.
  expect((await listMyReferrals(gateway)).length).toBeGreaterThan(1);
  expect((await listMyReferrals(gateway, { maxSent: 1 })).length).toBeLessThanOrEqual(1);
  expect(await listMyReferrals(gateway, { maxSent: 0 })).toEqual([]);
  const signedOut = gatewayFor(h, REFERRER, { tokenSource: { getToken: () => Promise.reject(new Error('gone')) } });
  await expect(listMyReferrals(signedOut.gateway)).rejects.toMatchObject({ kind: 'signed-out' });
});

test('readAllPages follows nextLink across pages, up to its cap', async () => {
  const { gateway } = gatewayFor(h, REFERRER);
  const client = gateway.client;
  const first = await client.api('/me/mailFolders/sentitems/messages').select('id').top(2).get();
  const all = await readAllPages(client, first, 1000);
  const direct = (await client.api('/me/mailFolders/sentitems/messages').select('id').top(1000).get()) as {
    value: { id: string }[];
  };
  expect(all.length).toBeGreaterThan(2);
  expect((all as { id: string }[]).map((m) => m.id)).toEqual(direct.value.map((m) => m.id));
  await expect(readAllPages(client, first, 3)).resolves.toHaveLength(3);
  await expect(readAllPages(client, { nope: true }, 3)).resolves.toEqual([]);
});

import type { FiledMessage, MyReferral } from './my-referrals.types';

type Entry = { reference: string; sentAt: string; messages: { messageId: string; mailbox: string; sentAt: string }[] };
type Services = MyReferral['services'][number][];

/** One entry per referral (its messages folded together), newest first. */
export function groupReferrals(messages: readonly FiledMessage[]): MyReferral[] {
  const byId = new Map<string, Entry & { services: Services }>();
  for (const m of messages) {
    const entry = byId.get(m.referralId) ?? { reference: m.reference, sentAt: m.sentAt, messages: [], services: [] };
    if (Date.parse(m.sentAt) < Date.parse(entry.sentAt)) entry.sentAt = m.sentAt;
    if (m.messageId) entry.messages.push({ messageId: m.messageId, mailbox: m.mailbox, sentAt: m.sentAt });
    for (const s of m.services) entry.services.push({ ...s, kind: m.kind, mailbox: m.mailbox });
    byId.set(m.referralId, entry);
  }
  return [...byId.entries()]
    .map(([referralId, e]) => ({
      referralId,
      ...e,
      messages: e.messages
        .sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt))
        .map(({ messageId, mailbox }) => ({ messageId, mailbox })),
    }))
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt) || a.reference.localeCompare(b.reference));
}

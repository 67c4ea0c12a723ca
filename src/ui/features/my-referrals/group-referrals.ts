import type { FiledMessage, MyReferral } from './my-referrals.types';

/** One entry per referral (its messages folded together), newest first. */
export function groupReferrals(messages: readonly FiledMessage[]): MyReferral[] {
  const byId = new Map<string, { reference: string; sentAt: string; services: MyReferral['services'][number][] }>();
  for (const m of messages) {
    const entry = byId.get(m.referralId) ?? { reference: m.reference, sentAt: m.sentAt, services: [] };
    if (Date.parse(m.sentAt) < Date.parse(entry.sentAt)) entry.sentAt = m.sentAt;
    for (const s of m.services) entry.services.push({ ...s, kind: m.kind, mailbox: m.mailbox });
    byId.set(m.referralId, entry);
  }
  return [...byId.entries()]
    .map(([referralId, e]) => ({ referralId, ...e }))
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt) || a.reference.localeCompare(b.reference));
}

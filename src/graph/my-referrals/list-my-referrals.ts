import { referenceFor } from '../../domain';
import { toGraphFailure } from '../errors/to-graph-failure';
import { expandProperties, propertyFilter, REFERRAL_PROPERTY_IDS } from '../filing/referral-properties';
import type { GraphGateway } from '../gateway/graph-gateway';
import { readAllPages } from '../gateway/read-all-pages';
import type { SentReferral, ReportedStatus } from './sent-referral';
import { readSentFiling, readStatusReport, type StatusReport } from './read-messages';

export type ListOptions = {
  /** Caps on what is read (newest first), so a long history cannot stall the card. */
  readonly maxSent?: number;
  readonly maxStatuses?: number;
};

const P = REFERRAL_PROPERTY_IDS;
const PAGE = 100;

/** Newest status per (referral id, service id). */
function newestStatuses(reports: readonly StatusReport[]): Map<string, ReportedStatus> {
  const newest = new Map<string, ReportedStatus>();
  for (const r of reports) {
    for (const serviceId of r.serviceIds) {
      const key = `${r.referralId} ${serviceId}`;
      const known = newest.get(key);
      if (!known || Date.parse(r.at) > Date.parse(known.at)) newest.set(key, { state: r.state, at: r.at });
    }
  }
  return newest;
}

/**
 * "My referrals": the referrer's Sent Items carrying ReferralKind referral/advice, joined with the newest status
 * message per (referral id, service) from their Inbox. Odd or foreign messages are skipped. Newest filing first.
 */
export async function listMyReferrals(gateway: GraphGateway, options: ListOptions = {}): Promise<SentReferral[]> {
  const client = gateway.client;
  try {
    // No $orderby: Graph refuses it beside an extended-property $filter; rows are sorted here.
    const [sentPage, inboxPage] = await Promise.all([
      client
        .api('/me/mailFolders/sentitems/messages')
        .filter(propertyFilter(P.kind, 'status', 'ne'))
        .select('sentDateTime,toRecipients')
        .expand(expandProperties(P.referralId, P.kind, P.services))
        .top(PAGE)
        .get(),
      client
        .api('/me/mailFolders/inbox/messages')
        .filter(propertyFilter(P.kind, 'status'))
        .select('sentDateTime,receivedDateTime')
        .expand(expandProperties(P.referralId, P.kind, P.services, P.status))
        .top(PAGE)
        .get(),
    ]);
    const [sent, inbox] = await Promise.all([
      readAllPages(client, sentPage, options.maxSent ?? 1000),
      readAllPages(client, inboxPage, options.maxStatuses ?? 5000),
    ]);
    const statuses = newestStatuses(inbox.flatMap((item) => readStatusReport(item) ?? []));
    const rows = sent.flatMap((item) => {
      const filing = readSentFiling(item);
      if (!filing) return [];
      const own: Record<string, ReportedStatus> = {};
      for (const serviceId of filing.serviceIds) {
        const status = statuses.get(`${filing.referralId} ${serviceId}`);
        if (status) own[serviceId] = status;
      }
      const row: SentReferral = { ...filing, reference: referenceFor(filing.referralId), statuses: own };
      return [row];
    });
    return rows.sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
  } catch (error) {
    throw toGraphFailure(error);
  }
}

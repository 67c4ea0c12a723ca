import { applyTransition, newTriageRecord, type Catalogue } from '../../../src/domain';
import { catalogue } from '../../../src/catalogues';
import type { AdaptiveCard } from '../../../src/cards';
import type { ChannelPort, PostedCard } from '../../../src/bot/teams/channel-port';
import type { TriagePort, TriageRow } from '../../../src/bot/triage/triage-port';
import type { TeamMember, TeamRosterPort } from '../../../src/bot/teams/team-roster';
import type { ServiceBinding } from '../../../src/bot/config/bot-config';

export const MANAGER = '11111111-1111-4111-8111-111111111111';
export const WORKER = '22222222-2222-4222-8222-222222222222';
export const WORKER_ADDRESS = 'wren.worker@council.example.gov.uk';

export const binding: ServiceBinding = {
  mailbox: 'gfpo@council.example.gov.uk',
  teamId: '33333333-3333-4333-8333-333333333333',
  channelId: '19:referrals@thread.tacv2',
  decidingGroupId: '44444444-4444-4444-8444-444444444444',
  serviceManager: 'manager@council.example.gov.uk',
};

export const builtIn: Catalogue = catalogue;
export const SERVICE = 'notts.drop-in-clinic';

export function rowOf(referralId: string, receivedAt: string, over: Partial<TriageRow> = {}): TriageRow {
  return {
    messageId: `msg-${referralId}`,
    mailbox: binding.mailbox,
    referralId,
    reference: `RC-${referralId.slice(0, 8).toUpperCase()}`,
    serviceIds: [SERVICE],
    receivedAt,
    triage: newTriageRecord({ referralId, serviceId: SERVICE, receivedAt: new Date(receivedAt) }),
    ...over,
  };
}

/** A mailbox in memory that decides with the domain's state machine, as the Graph triage layer does. */
export class FakeTriage implements TriagePort {
  rows = new Map<string, TriageRow>();
  decisions = 0;
  /** What each decision was asked with, the address lookup included. */
  inputs: Parameters<TriagePort['decide']>[0][] = [];
  add(row: TriageRow) {
    this.rows.set(row.messageId, row);
  }
  async sync() {
    return { rows: Object.fromEntries(this.rows) };
  }
  async readRow(_mailbox: string, messageId: string) {
    const row = this.rows.get(messageId);
    if (!row) throw new Error('no such message');
    return row;
  }
  decide: TriagePort['decide'] = async (input) => {
    this.inputs.push(input);
    const row = await this.readRow(input.mailbox, input.messageId);
    const applied = applyTransition(row.triage, input.move, input.actor, input.now);
    if (!applied.ok) return { ok: false, code: applied.code, message: applied.message, current: row };
    const next = { ...row, triage: applied.record };
    this.rows.set(row.messageId, next);
    this.decisions += 1;
    return { ok: true, row: next, statusMessageSent: false };
  };
}

/** A channel that records what the bot posted, updated and replied. */
export class FakeChannel implements ChannelPort {
  posts: { id: string; card: AdaptiveCard; replies: string[] }[] = [];
  updates: { activityId: string; card: AdaptiveCard }[] = [];
  failNextPost = false;
  failNextUpdate = false;
  async postCard(where: { channelId: string }, card: AdaptiveCard): Promise<PostedCard> {
    if (this.failNextPost) {
      this.failNextPost = false;
      throw new Error('connector down');
    }
    const id = `act-${this.posts.length + 1}`;
    this.posts.push({ id, card, replies: [] });
    return { conversationId: `${where.channelId};messageid=${id}`, activityId: id };
  }
  async updateCard(posted: PostedCard, card: AdaptiveCard) {
    if (this.failNextUpdate) {
      this.failNextUpdate = false;
      throw new Error('connector down');
    }
    this.updates.push({ activityId: posted.activityId, card });
  }
  async reply(posted: PostedCard, text: string) {
    const post = this.posts.find((p) => p.id === posted.activityId);
    if (!post) throw new Error('no such card');
    post.replies.push(text);
  }
}

/** A team's roster in memory, by channel; `fail` makes reads throw, as when the Bot Connector does not answer. */
export class FakeRoster implements TeamRosterPort {
  reads: string[] = [];
  fail = false;
  constructor(
    public people: TeamMember[] = [
      { id: MANAGER, name: 'Team manager' },
      { id: WORKER, name: 'Wren Worker', address: WORKER_ADDRESS },
    ],
  ) {}
  async members(channelId: string, limit: number) {
    this.reads.push(channelId);
    if (this.fail) throw new Error('connector down');
    if (channelId !== binding.channelId) return [];
    return this.people.length > limit ? ('too-many' as const) : this.people;
  }
}

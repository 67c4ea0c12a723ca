import { bodyText } from '../mail/message-view';
import type { Persona } from '../auth';
import type { ChannelSeed, TeamSeed } from '../config/seed';
import type { Mailbox } from '../model/directory';
import { FOLDER_NAMES } from '../model/directory';
import type { ChatMessageRecord, MessageRecord, OutboundRecord } from '../model/records';
import { cardText } from './card-text';
import { type Html, html, page, seg, table, tableOrNone, terms } from './html';

export type MailboxSummary = { mailbox: Mailbox; inbox: number; unread: number; drafts: number; sent: number };
export type ChannelSummary = { team: TeamSeed; channel: ChannelSeed; posts: number };

const address = (r: { emailAddress: { address: string; name?: string } } | null): string =>
  r ? (r.emailAddress.name ? `${r.emailAddress.name} <${r.emailAddress.address}>` : r.emailAddress.address) : '';

const mailboxLink = (m: Mailbox) => html`<a href="/sandbox/mailboxes/${seg(m.address)}">${m.address}</a>`;

const section = (id: string, title: string, body: Html) =>
  html`<section aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${body}
  </section>`;

const mailboxRow = (s: MailboxSummary) => [
  mailboxLink(s.mailbox),
  s.mailbox.displayName,
  s.mailbox.kind === 'shared' ? 'Shared' : 'Personal',
  s.inbox,
  s.unread,
  s.drafts,
  s.sent,
];

const channelRow = (c: ChannelSummary) => [
  c.team.displayName,
  html`<a href="/sandbox/channels/${seg(c.channel.id)}">${c.channel.displayName}</a>`,
  c.posts,
];

const externalRow = (o: OutboundRecord) => [
  o.sentDateTime,
  o.from,
  o.recipients.join(', '),
  o.subject,
  o.attachments.map((a) => a.name).join(', '),
];

export function homePage(mailboxes: MailboxSummary[], channels: ChannelSummary[], external: OutboundRecord[]): string {
  const mailboxTable = table(
    'Mailboxes and their message counts',
    ['Mailbox', 'Name', 'Kind', 'Inbox', 'Unread', 'Drafts', 'Sent'],
    mailboxes.map(mailboxRow),
  );
  const channelTable = table('Teams channels and their posts', ['Team', 'Channel', 'Posts'], channels.map(channelRow));
  const externalTable = tableOrNone(
    "No mail has been sent outside the sandbox's mailboxes.",
    'Mail addressed outside the sandbox (not delivered anywhere)',
    ['Sent', 'From', 'To', 'Subject', 'Attachments'],
    external.map(externalRow),
  );
  return page(
    'Sandbox',
    html`<p>What the product filed into the local Microsoft 365 sandbox.</p>
      ${section('mailboxes', 'Mailboxes', mailboxTable)} ${section('channels', 'Channels', channelTable)}
      ${section('external', 'External mail', externalTable)}`,
  );
}

const messagePath = (mailbox: Mailbox, m: MessageRecord) =>
  `/sandbox/mailboxes/${seg(mailbox.address)}/messages/${seg(m.id)}`;
const subjectOf = (m: MessageRecord) => m.subject || '(no subject)';

export function mailboxPage(mailbox: Mailbox, messages: MessageRecord[], total: number): string {
  const rows = messages.map((m) => [
    m.receivedDateTime,
    FOLDER_NAMES[m.folder],
    address(m.from),
    html`<a href="${messagePath(mailbox, m)}">${subjectOf(m)}</a>`,
    m.isRead ? 'Read' : 'Unread',
    m.attachments.length,
    m.categories.join(', '),
  ]);
  const count =
    total > messages.length
      ? `Showing the newest ${messages.length} of ${total} messages.`
      : `${total} message${total === 1 ? '' : 's'}.`;
  return page(
    mailbox.address,
    html`<p>${mailbox.displayName}. ${count}</p>
      ${table(
        'Messages, newest first',
        ['Received', 'Folder', 'From', 'Subject', 'Status', 'Attachments', 'Categories'],
        rows,
      )}`,
  );
}

function messageTerms(mailbox: Mailbox, m: MessageRecord): Html {
  const recipients = (list: MessageRecord['toRecipients']) => list.map((r) => address(r)).join(', ');
  return terms([
    ['Mailbox', mailbox.address],
    ['Folder', FOLDER_NAMES[m.folder]],
    ['From', address(m.from)],
    ['To', recipients(m.toRecipients)],
    ['Cc', recipients(m.ccRecipients)],
    ['Received', m.receivedDateTime],
    ['Internet message id', m.internetMessageId],
    ['Categories', m.categories.join(', ') || 'None'],
    ['Status', m.isDraft ? 'Draft' : m.isRead ? 'Read' : 'Unread'],
  ]);
}

export function messagePage(mailbox: Mailbox, m: MessageRecord): string {
  const base = messagePath(mailbox, m);
  const attachments = tableOrNone(
    'No attachments.',
    'Attachments (download saves the exact bytes)',
    ['Name', 'Type', 'Size (bytes)'],
    m.attachments.map((a) => [
      html`<a href="${base}/attachments/${seg(a.id)}" download="${a.name}">${a.name}</a>`,
      a.contentType,
      a.size,
    ]),
  );
  const properties = tableOrNone(
    'None.',
    'Single-value extended properties',
    ['Id', 'Value'],
    m.singleValueExtendedProperties.map((p) => [p.id, p.value]),
  );
  return page(
    subjectOf(m),
    html`<p><a href="/sandbox/mailboxes/${seg(mailbox.address)}">Back to ${mailbox.address}</a></p>
      ${messageTerms(mailbox, m)}
      <h2>Body</h2>
      <pre>${bodyText(m.body)}</pre>
      <h2>Attachments</h2>
      ${attachments}
      <h2>Extended properties</h2>
      ${properties}`,
  );
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A card as the channel shows it: rendered by the Adaptive Cards renderer (clickable), its text, and its JSON. */
function attachment(m: ChatMessageRecord, a: ChatMessageRecord['attachments'][number]): Html {
  const isCard = a.contentType === ADAPTIVE_CARD;
  // The page script renders the card from data-card; without scripts the text list below still shows it.
  const rendered =
    isCard && a.content
      ? html`<div class="card-host" data-post="${m.id}" data-card="${a.content}">
          <div class="card-render"></div>
          <p role="status" aria-live="polite"></p>
        </div>`
      : '';
  const text = html`<ul>
    ${cardText(a.content).map((t) => html`<li>${t}</li>`)}
  </ul>`;
  // Under a drawn card its text would say everything twice: it folds away, for when the card cannot be drawn.
  return html`<div>
    <h4>${isCard ? 'Adaptive Card' : a.contentType}</h4>
    ${rendered}
    ${
      rendered
        ? html`<details>
            <summary>Card as text</summary>
            ${text}
          </details>`
        : text
    }
    <details>
      <summary>Card JSON</summary>
      <pre>${a.content ?? a.contentUrl ?? ''}</pre>
    </details>
  </div>`;
}

function post(m: ChatMessageRecord, replies: ChatMessageRecord[]): Html {
  const who = 'user' in m.from ? m.from.user.displayName : `${m.from.application.displayName} (bot)`;
  const text = m.body.contentType === 'html' ? bodyText(m.body) : m.body.content;
  return html`<article class="card" aria-label="Post by ${who}">
    <h3>${who}, ${m.createdDateTime}${m.lastModifiedDateTime ? ' (updated)' : ''}</h3>
    ${m.subject ? html`<p><strong>${m.subject}</strong></p>` : ''}${text ? html`<p>${text}</p>` : ''}
    ${m.attachments.map((a) => attachment(m, a))}
    ${replies.length > 0 ? html`<section aria-label="Replies">${replies.map((r) => post(r, []))}</section>` : ''}
  </article>`;
}

/** Who may press the cards' buttons here: the members of the channel's team, as only they see the channel. */
function clickAs(members: readonly Persona[]): Html {
  return html`<p>
      <label for="click-as">Press the cards' buttons as</label>
      <select id="click-as">
        ${members.map((p) => html`<option value="${p.upn}">${p.displayName} (${p.upn})</option>`)}
      </select>
    </p>
    <p>
      The sandbox sends each press to the bot as Teams does. The bot decides whether this person may make the decision.
    </p>`;
}

export function channelPage(
  team: TeamSeed,
  channel: ChannelSeed,
  posts: { root: ChatMessageRecord; replies: ChatMessageRecord[] }[],
  members: readonly Persona[] = [],
): string {
  return page(
    `${team.displayName}: ${channel.displayName}`,
    html`<p>${channel.description}</p>
      ${clickAs(members)}
      <h2>Posts, newest first</h2>
      <div id="channel-cards" data-channel="${channel.id}">
        ${posts.length === 0 ? html`<p>No posts yet.</p>` : posts.map((p) => post(p.root, p.replies))}
      </div>
      <script src="/sandbox/assets/adaptivecards.js" defer></script>
      <script src="/sandbox/assets/channel-cards.js" defer></script>`,
  );
}

export function errorPage(status: number, message: string, requestId: string): string {
  return page(
    status === 404 ? 'Not found' : 'Something went wrong',
    html`<p>${message}</p>
      <p>Request id: ${requestId}</p>`,
  );
}

import { bodyText } from '../mail/message-view';
import type { ChannelSeed, TeamSeed } from '../config/seed';
import type { Mailbox } from '../model/directory';
import { FOLDER_NAMES } from '../model/directory';
import type { ChatMessageRecord, MessageRecord, OutboundRecord } from '../model/records';
import { cardText } from './card-text';
import { type Html, html, page, seg } from './html';

export type MailboxSummary = { mailbox: Mailbox; inbox: number; unread: number; drafts: number; sent: number };
export type ChannelSummary = { team: TeamSeed; channel: ChannelSeed; posts: number };

const address = (r: { emailAddress: { address: string; name?: string } } | null): string =>
  r ? (r.emailAddress.name ? `${r.emailAddress.name} <${r.emailAddress.address}>` : r.emailAddress.address) : '';

const mailboxLink = (m: Mailbox) => html`<a href="/sandbox/mailboxes/${seg(m.address)}">${m.address}</a>`;

export function homePage(mailboxes: MailboxSummary[], channels: ChannelSummary[], external: OutboundRecord[]): string {
  return page(
    'Sandbox',
    html`<p>What the product filed into the local Microsoft 365 sandbox.</p>
      <section aria-labelledby="mailboxes">
        <h2 id="mailboxes">Mailboxes</h2>
        <table>
          <caption>
            Mailboxes and their message counts
          </caption>
          <thead>
            <tr>
              <th scope="col">Mailbox</th>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Inbox</th>
              <th scope="col">Unread</th>
              <th scope="col">Drafts</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            ${mailboxes.map(
              (s) =>
                html`<tr>
                  <td>${mailboxLink(s.mailbox)}</td>
                  <td>${s.mailbox.displayName}</td>
                  <td>${s.mailbox.kind === 'shared' ? 'Shared' : 'Personal'}</td>
                  <td>${s.inbox}</td>
                  <td>${s.unread}</td>
                  <td>${s.drafts}</td>
                  <td>${s.sent}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="channels">
        <h2 id="channels">Channels</h2>
        <table>
          <caption>
            Teams channels and their posts
          </caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Channel</th>
              <th scope="col">Posts</th>
            </tr>
          </thead>
          <tbody>
            ${channels.map(
              (c) =>
                html`<tr>
                  <td>${c.team.displayName}</td>
                  <td><a href="/sandbox/channels/${seg(c.channel.id)}">${c.channel.displayName}</a></td>
                  <td>${c.posts}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="external">
        <h2 id="external">External mail</h2>
        ${
          external.length === 0
            ? html`<p>No mail has been sent outside the sandbox's mailboxes.</p>`
            : html`<table>
                <caption>
                  Mail addressed outside the sandbox (not delivered anywhere)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Sent</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Attachments</th>
                  </tr>
                </thead>
                <tbody>
                  ${external.map(
                    (o) =>
                      html`<tr>
                        <td>${o.sentDateTime}</td>
                        <td>${o.from}</td>
                        <td>${o.recipients.join(', ')}</td>
                        <td>${o.subject}</td>
                        <td>${o.attachments.map((a) => a.name).join(', ')}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
      </section>`,
  );
}

export function mailboxPage(mailbox: Mailbox, messages: MessageRecord[], total: number): string {
  const rows = messages.map(
    (m) =>
      html`<tr>
        <td>${m.receivedDateTime}</td>
        <td>${FOLDER_NAMES[m.folder]}</td>
        <td>${address(m.from)}</td>
        <td>
          <a href="/sandbox/mailboxes/${seg(mailbox.address)}/messages/${seg(m.id)}">${m.subject || '(no subject)'}</a>
        </td>
        <td>${m.isRead ? 'Read' : 'Unread'}</td>
        <td>${m.attachments.length}</td>
        <td>${m.categories.join(', ')}</td>
      </tr>`,
  );
  return page(
    mailbox.address,
    html`<p>
        ${mailbox.displayName}.
        ${total > messages.length ? `Showing the newest ${messages.length} of ${total} messages.` : `${total} message${total === 1 ? '' : 's'}.`}
      </p>
      <table>
        <caption>
          Messages, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Folder</th>
            <th scope="col">From</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col">Attachments</th>
            <th scope="col">Categories</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
  );
}

export function messagePage(mailbox: Mailbox, m: MessageRecord): string {
  const base = `/sandbox/mailboxes/${seg(mailbox.address)}/messages/${seg(m.id)}`;
  const recipients = (list: MessageRecord['toRecipients']) => list.map((r) => address(r)).join(', ');
  return page(
    m.subject || '(no subject)',
    html`<p><a href="/sandbox/mailboxes/${seg(mailbox.address)}">Back to ${mailbox.address}</a></p>
      <dl>
        <dt>Mailbox</dt>
        <dd>${mailbox.address}</dd>
        <dt>Folder</dt>
        <dd>${FOLDER_NAMES[m.folder]}</dd>
        <dt>From</dt>
        <dd>${address(m.from)}</dd>
        <dt>To</dt>
        <dd>${recipients(m.toRecipients)}</dd>
        <dt>Cc</dt>
        <dd>${recipients(m.ccRecipients)}</dd>
        <dt>Received</dt>
        <dd>${m.receivedDateTime}</dd>
        <dt>Internet message id</dt>
        <dd>${m.internetMessageId}</dd>
        <dt>Categories</dt>
        <dd>${m.categories.join(', ') || 'None'}</dd>
        <dt>Status</dt>
        <dd>${m.isDraft ? 'Draft' : m.isRead ? 'Read' : 'Unread'}</dd>
      </dl>
      <h2>Body</h2>
      <pre>${bodyText(m.body)}</pre>
      <h2>Attachments</h2>
      ${
        m.attachments.length === 0
          ? html`<p>No attachments.</p>`
          : html`<table>
              <caption>
                Attachments (download saves the exact bytes)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Size (bytes)</th>
                </tr>
              </thead>
              <tbody>
                ${m.attachments.map(
                  (a) =>
                    html`<tr>
                      <td><a href="${base}/attachments/${seg(a.id)}" download="${a.name}">${a.name}</a></td>
                      <td>${a.contentType}</td>
                      <td>${a.size}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      <h2>Extended properties</h2>
      ${
        m.singleValueExtendedProperties.length === 0
          ? html`<p>None.</p>`
          : html`<table>
              <caption>
                Single-value extended properties
              </caption>
              <thead>
                <tr>
                  <th scope="col">Id</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                ${m.singleValueExtendedProperties.map(
                  (p) =>
                    html`<tr>
                      <td>${p.id}</td>
                      <td>${p.value}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}

function post(m: ChatMessageRecord, replies: ChatMessageRecord[]): Html {
  const who = 'user' in m.from ? m.from.user.displayName : `${m.from.application.displayName} (bot)`;
  const text = m.body.contentType === 'html' ? bodyText(m.body) : m.body.content;
  return html`<article class="card" aria-label="Post by ${who}">
    <h3>${who}, ${m.createdDateTime}${m.lastModifiedDateTime ? ' (updated)' : ''}</h3>
    ${m.subject ? html`<p><strong>${m.subject}</strong></p>` : ''}${text ? html`<p>${text}</p>` : ''}
    ${m.attachments.map(
      (a) =>
        html`<div>
          <h4>${a.contentType === 'application/vnd.microsoft.card.adaptive' ? 'Adaptive Card' : a.contentType}</h4>
          <ul>
            ${cardText(a.content).map((t) => html`<li>${t}</li>`)}
          </ul>
          <details>
            <summary>Card JSON</summary>
            <pre>${a.content ?? a.contentUrl ?? ''}</pre>
          </details>
        </div>`,
    )}
    ${replies.length > 0 ? html`<section aria-label="Replies">${replies.map((r) => post(r, []))}</section>` : ''}
  </article>`;
}

export function channelPage(
  team: TeamSeed,
  channel: ChannelSeed,
  posts: { root: ChatMessageRecord; replies: ChatMessageRecord[] }[],
): string {
  return page(
    `${team.displayName}: ${channel.displayName}`,
    html`<p>${channel.description}</p>
      <h2>Posts, newest first</h2>
      ${posts.length === 0 ? html`<p>No posts yet.</p>` : posts.map((p) => post(p.root, p.replies))}`,
  );
}

export function errorPage(status: number, message: string, requestId: string): string {
  return page(
    status === 404 ? 'Not found' : 'Something went wrong',
    html`<p>${message}</p>
      <p>Request id: ${requestId}</p>`,
  );
}

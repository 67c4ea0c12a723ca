import type { SingleValueExtendedProperty } from '../dto';
import { GraphFailure } from '../errors/graph-failure';
import { toGraphFailure } from '../errors/to-graph-failure';
import { expandProperties } from '../filing/referral-properties';
import type { GraphGateway } from '../gateway/graph-gateway';
import { ROW_EXPAND_IDS, ROW_SELECT, rowFrom, type BoardRow } from './board-row';

export type Gateway = Pick<GraphGateway, 'client'>;

export const mailboxRoot = (mailbox: string) => `/users/${encodeURIComponent(mailbox)}`;

/** A row as a decision needs it: with the message's categories, its last change and the lock's properties. */
export type RowForDecision = {
  row: BoardRow;
  categories: string[];
  lastModifiedAt: number;
  properties: SingleValueExtendedProperty[];
};

/** Reads one referral message for a decision. Throws GraphFailure (invalid-request when it is not a referral). */
export async function readForDecision(
  g: Gateway,
  mailbox: string,
  messageId: string,
  extraIds: readonly string[] = [],
): Promise<RowForDecision> {
  let item: { categories?: unknown; lastModifiedDateTime?: unknown; singleValueExtendedProperties?: unknown };
  try {
    item = (await g.client
      .api(`${mailboxRoot(mailbox)}/messages/${encodeURIComponent(messageId)}`)
      .select(`${ROW_SELECT},categories,lastModifiedDateTime`)
      .expand(expandProperties(...ROW_EXPAND_IDS, ...extraIds))
      .get()) as typeof item;
  } catch (error) {
    throw toGraphFailure(error, { mailbox });
  }
  const row = rowFrom(item, mailbox);
  if (!row) throw new GraphFailure('invalid-request', { mailbox, problems: ['the message is not a referral'] });
  const { categories, lastModifiedDateTime: modified, singleValueExtendedProperties: props } = item;
  return {
    row,
    categories: Array.isArray(categories) ? categories.filter((c): c is string => typeof c === 'string') : [],
    lastModifiedAt: typeof modified === 'string' ? Date.parse(modified) : Number.NaN,
    properties: Array.isArray(props) ? (props as SingleValueExtendedProperty[]) : [],
  };
}

/** One referral message in a service mailbox as a board row, read fresh. */
export async function readRow(g: Gateway, mailbox: string, messageId: string): Promise<BoardRow> {
  return (await readForDecision(g, mailbox, messageId)).row;
}

// The board's ports over Microsoft Graph with the manager's delegated rights: the shared mailbox through
// /users/{mailbox} (Mail.ReadWrite.Shared, Mail.Send.Shared), the team's members for allocation.
import type { Role } from '../../../domain';
import {
  createGraphGateway,
  decide,
  listFiledFiles,
  readFiledFile,
  readReferralDocument,
  readRow,
  syncBoard,
  toGraphFailure,
  type GraphGateway,
} from '../../../graph';
import { readPlan, sendExtensionRequest } from '../../../graph/extension';
import type { TokenSource } from '../../host-context';
import type { BoardCache, BoardPerson, BoardPorts } from './board-ports';
import { saveFile } from '../../components/save-file';

/**
 * Delegated scopes, least privilege for deciding on a shared mailbox: read and mark its messages, send the status
 * message as the mailbox, read who is in the service team. Exchange's full access and Send As on the mailbox are
 * what limit the board to the deciding group. GroupMember.Read.All alone gives a member's id and nothing else:
 * their name (the allocation list, the audit trail) and address (the allocation notice) need User.ReadBasic.All.
 */
export const BOARD_SCOPES: readonly string[] = [
  'Mail.ReadWrite.Shared',
  'Mail.Send.Shared',
  'User.Read',
  'GroupMember.Read.All',
  'User.ReadBasic.All',
];

// Rows of the first page reach the screen sooner; later pages are fetched while the first is read.
const DELTA_PAGE_SIZE = 200;

export type GraphBoardConfig = {
  readonly graphBaseUrl: string;
  readonly tokenSource: Pick<TokenSource, 'getToken'>;
  readonly mailbox: string;
  readonly teamId: string;
  readonly deciderRole: Role;
  readonly cache: BoardCache;
  /** Saves a downloaded file on the person's device; the browser's download by default. */
  readonly saveFile?: (name: string, data: Blob) => void;
  /** Tests and the bench reach the sandbox through undici. */
  readonly httpHandler?: Parameters<typeof createGraphGateway>[0]['httpHandler'];
};

/** The Graph client wants its root (…/graph/); the configuration names the versioned URL. */
const graphRoot = (baseUrl: string) => `${baseUrl.replace(/\/+$/, '').replace(/\/v1\.0$|\/beta$/, '')}/`;

type Page = { value?: unknown };
const listOf = (page: unknown): Record<string, unknown>[] =>
  Array.isArray((page as Page | undefined)?.value) ? ((page as Page).value as Record<string, unknown>[]) : [];

async function get<T>(g: GraphGateway, path: string, select: string): Promise<T> {
  try {
    return (await g.client.api(path).select(select).get()) as T;
  } catch (error) {
    throw toGraphFailure(error);
  }
}

export function createGraphBoardPorts(config: GraphBoardConfig): BoardPorts & { me(): Promise<BoardPerson> } {
  const g = createGraphGateway({
    baseUrl: graphRoot(config.graphBaseUrl),
    tokenSource: config.tokenSource,
    scopes: BOARD_SCOPES,
    ...(config.httpHandler ? { httpHandler: config.httpHandler } : {}),
  });
  const { mailbox } = config;
  const names = new Map<string, Promise<string | undefined>>();
  let me: Promise<BoardPerson> | undefined;
  const whoAmI = () => {
    me ??= get<{ id?: unknown; displayName?: unknown }>(g, '/me', 'id,displayName').then((u) => ({
      id: String(u.id ?? ''),
      name: typeof u.displayName === 'string' ? u.displayName : '',
    }));
    me.catch(() => (me = undefined));
    return me;
  };
  return {
    me: whoAmI,
    sync: (previous, onPage) =>
      syncBoard(g, mailbox, previous, {
        maxPageSize: DELTA_PAGE_SIZE,
        onPage: (_n: number, partial?: Parameters<typeof onPage>[0]) => onPage(partial),
      }),
    readRow: (messageId) => readRow(g, mailbox, messageId),
    async decide(messageId, move, now) {
      const actor = { id: (await whoAmI()).id, role: config.deciderRole };
      return decide(g, { mailbox, messageId, move, actor, now });
    },
    async openReferral(messageId) {
      const ref = { user: mailbox };
      const [document, attachments] = await Promise.all([
        readReferralDocument(g, ref, messageId),
        listFiledFiles(g, ref, messageId),
      ]);
      return { document, attachments };
    },
    async download(messageId, attachment) {
      const bytes = await readFiledFile(g, { user: mailbox }, messageId, attachment.id);
      const type = attachment.contentType ?? 'application/octet-stream';
      (config.saveFile ?? saveFile)(attachment.name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    },
    async teamMembers() {
      const page = await get<Page>(g, `/groups/${encodeURIComponent(config.teamId)}/members`, 'id,displayName');
      return listOf(page)
        .flatMap((m) =>
          typeof m.id === 'string' && typeof m.displayName === 'string' ? [{ id: m.id, name: m.displayName }] : [],
        )
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    },
    personName(id) {
      let found = names.get(id);
      if (!found) {
        found = get<{ displayName?: unknown }>(g, `/users/${encodeURIComponent(id)}`, 'displayName').then(
          (u) => (typeof u.displayName === 'string' ? u.displayName : undefined),
          () => undefined,
        );
        names.set(id, found);
      }
      return found;
    },
    async readPlan(messageId) {
      const read = await readPlan(g, mailbox, messageId);
      return read.stored.kind === 'plan' ? read.stored.plan : undefined;
    },
    // Mail.Send.Shared covers sending as the signed-in person too: the request goes from their own mailbox.
    sendPlanMessage: (message, serviceIds) => sendExtensionRequest(g, { mailbox, serviceIds, message }),
    cache: config.cache,
  };
}

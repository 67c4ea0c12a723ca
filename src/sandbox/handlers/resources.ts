import type {
  ChatMessageInput,
  CreateUploadSessionRequest,
  FileAttachmentInput,
  MessageInput,
  SendMailRequest,
} from '../../graph/dto';
import type { Activity, ConversationParameters } from '../bot/activity.schema';
import type { TokenRequest } from '../dev/token-request.schema';
import type { CardClick } from '../teams/card-actions';
import type { FaultSettings } from '../faults/fault-settings.schema';
import type { Reply } from '../server/reply';
import type { HandlerContext } from '../server/route';

/** One operation of a resource: what a route calls once the pipeline has authenticated and validated. */
export type Op<B = undefined> = (ctx: HandlerContext<B>) => Promise<Reply> | Reply;

// One declared interface per resource, as in Azurite: a handler missing an operation does not compile.

export interface UsersResource {
  list: Op;
  get: Op;
  memberOf: Op;
  transitiveMemberOf: Op;
}

export interface GroupsResource {
  get: Op;
  members: Op;
}

export interface MailFoldersResource {
  list: Op;
  get: Op;
}

export interface MessagesResource {
  list: Op;
  create: Op<MessageInput>;
  get: Op;
  update: Op<MessageInput>;
  delete: Op;
  send: Op<unknown>;
  sendMail: Op<SendMailRequest>;
  delta: Op;
}

export interface AttachmentsResource {
  list: Op;
  add: Op<FileAttachmentInput>;
  get: Op;
  getValue: Op;
  delete: Op;
  createUploadSession: Op<CreateUploadSessionRequest>;
}

export interface UploadSessionsResource {
  putRange: Op<Buffer>;
  status: Op;
  cancel: Op;
}

export interface TeamsResource {
  joinedTeams: Op;
  getTeam: Op;
  listChannels: Op;
  getChannel: Op;
  listMessages: Op;
  postMessage: Op<ChatMessageInput>;
  getMessage: Op;
  listReplies: Op;
  postReply: Op<ChatMessageInput>;
}

export interface BotConnectorResource {
  createConversation: Op<ConversationParameters>;
  sendToConversation: Op<Activity>;
  replyToActivity: Op<Activity>;
  updateActivity: Op<Activity>;
  pagedMembers: Op;
}

export interface DevSignInResource {
  personas: Op;
  token: Op<TokenRequest>;
  jwks: Op;
  certificate: Op;
  /** The keys that check the tokens the sandbox signs when it calls a bot as Teams does. */
  connectorKeys: Op;
  connectorConfiguration: Op;
}

export interface FaultsResource {
  get: Op;
  set: Op<FaultSettings>;
  clear: Op;
}

/** The OS Places API's postcode search, for the card's address lookup (not Graph: OS's own wire format). */
export interface OsPlacesResource {
  postcode: Op;
}

export interface BatchResource {
  run: Op<unknown>;
}

export interface WebViewResource {
  home: Op;
  mailbox: Op;
  message: Op;
  attachment: Op;
  channel: Op;
  /** A click on a bot card's Action.Execute button, delivered to the bot as Teams delivers it. */
  cardAction: Op<CardClick>;
  /** The web view's scripts: the official Adaptive Cards renderer and the page's own. */
  asset: Op;
}

export type Handlers = {
  users: UsersResource;
  groups: GroupsResource;
  mailFolders: MailFoldersResource;
  messages: MessagesResource;
  attachments: AttachmentsResource;
  uploads: UploadSessionsResource;
  teams: TeamsResource;
  bot: BotConnectorResource;
  dev: DevSignInResource;
  faults: FaultsResource;
  batch: BatchResource;
  web: WebViewResource;
  places: OsPlacesResource;
};

import type { Store } from '../storage';
import type { FaultInjector } from '../faults/fault-injector';
import type { Delivery } from '../mail/delivery';
import type { MailRepository } from '../mail/mail-repository';
import type { MailService } from '../mail/mail-service';
import type { UploadSessions } from '../mail/upload-sessions';
import type { Directory } from '../model/directory';
import type { Authenticator } from '../server/authenticate';
import type { BatchItemRequest, BatchItemResponse } from '../server/batch-item';
import type { ConnectorTokenIssuer } from '../auth/connector-token-issuer';
import type { CardActions } from '../teams/card-actions';
import type { ChannelPosts } from '../teams/channel-posts';

/** What the resource handlers share: the directory, the stores and the services over them. */
export type Services = {
  directory: Directory;
  store: Store;
  repo: MailRepository;
  mail: MailService;
  delivery: Delivery;
  uploads: UploadSessions;
  posts: ChannelPosts;
  faults: FaultInjector;
  authenticator: Authenticator;
  /** Signs what the sandbox sends to a bot as Teams; its keys are published for the bot to check. */
  connectorIssuer: ConnectorTokenIssuer;
  cardActions: CardActions;
  certificatePem: string;
  clock: () => number;
  /** Runs a $batch item through the pipeline; set once the pipeline exists. */
  dispatch: {
    current?: (item: BatchItemRequest, outer: { origin: string; authorization?: string }) => Promise<BatchItemResponse>;
  };
};

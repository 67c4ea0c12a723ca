import type { Store } from '../storage';
import type { FaultInjector } from '../faults/fault-injector';
import type { Delivery } from '../mail/delivery';
import type { MailRepository } from '../mail/mail-repository';
import type { MailService } from '../mail/mail-service';
import type { UploadSessions } from '../mail/upload-sessions';
import type { Directory } from '../model/directory';
import type { Authenticator } from '../server/authenticate';
import type { BatchItemRequest, BatchItemResponse } from '../server/batch-item';
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
  certificatePem: string;
  clock: () => number;
  /** Runs a $batch item through the pipeline; set once the pipeline exists. */
  dispatch: {
    current?: (item: BatchItemRequest, outer: { origin: string; authorization?: string }) => Promise<BatchItemResponse>;
  };
};

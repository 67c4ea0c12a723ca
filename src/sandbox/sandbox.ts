import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTokenIssuer, newSigningKeyPem, type Persona } from './auth';
import { buildSandboxSeed, type SandboxSeed, type SharedMailboxSeed } from './config/seed';
import { DEFAULT_SHARED_MAILBOXES } from './config/shared-mailboxes';
import { FaultInjector } from './faults/fault-injector';
import { faultSettingsSchema, type FaultSettings } from './faults/fault-settings.schema';
import { AttachmentsHandler } from './handlers/attachments-handler';
import { BatchHandler } from './handlers/batch-handler';
import { BotConnectorHandler } from './handlers/bot-connector-handler';
import { DevSignInHandler, FaultsHandler } from './handlers/dev-handlers';
import { GroupsHandler, UsersHandler } from './handlers/directory-handlers';
import { MailFoldersHandler } from './handlers/mail-folders-handler';
import { MessagesHandler } from './handlers/messages-handler';
import { OsPlacesHandler } from './handlers/os-places-handler';
import type { Handlers } from './handlers/resources';
import type { Services } from './handlers/services';
import { TeamsHandler } from './handlers/teams-handler';
import { UploadSessionsHandler } from './handlers/upload-sessions-handler';
import { WebViewHandler } from './handlers/web-view-handler';
import { Delivery } from './mail/delivery';
import { MailRepository } from './mail/mail-repository';
import { MailService } from './mail/mail-service';
import { UploadSessions } from './mail/upload-sessions';
import { Directory } from './model/directory';
import { buildRoutes } from './routes';
import { Authenticator } from './server/authenticate';
import { answerClientError, MAX_HEADER_BYTES } from './server/client-error';
import { createPipeline } from './server/pipeline';
import { loadOrCreateCertificate } from './server/tls';
import { describeRecovery, openDiskStore, openMemoryStore, type Store } from './storage';
import { ChannelPosts } from './teams/channel-posts';
import { createStaticFiles } from './web/static-files';
import { errorPage } from './web/web-view-pages';

export type SandboxOptions = {
  /** The catalogue's referral mailboxes; each becomes a shared mailbox (default: the four catalogue mailboxes). */
  sharedMailboxes?: readonly (string | SharedMailboxSeed)[];
  /** Replaces the seeded personas (their mailboxAccess and groups must name seeded mailboxes and groups). */
  personas?: readonly Persona[];
  /** Persist under this folder (store, certificate, token key); omitted = everything in memory (--memory). */
  dataDir?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only unless told otherwise. */
  host?: string;
  faults?: FaultSettings;
  /** Milliseconds since the epoch; tests move it to expire tokens. */
  clock?: () => number;
  /** The built pages (dist/web); served when the folder exists. */
  staticDir?: string;
  /** Operational log lines (no personal data is ever passed here). */
  log?: (line: string) => void;
};

/** Folders the sandbox creates hold mail and keys: their owner only may read them. */
const PRIVATE_DIR = 0o700;

export type Sandbox = {
  /** e.g. https://localhost:3000 */
  origin: string;
  /** What the Graph client's baseUrl should be: `${origin}/graph/`. */
  graphBaseUrl: string;
  port: number;
  /** The self-signed certificate (PEM) to trust, e.g. with undici's Agent({ connect: { ca } }). */
  certificatePem: string;
  seed: SandboxSeed;
  /** Things a person should know about the start, e.g. unreadable records skipped in the store's log. */
  notices: string[];
  close(): Promise<void>;
};

/** The token signing key: kept in the data folder so tokens survive a restart, made afresh in memory. */
async function loadOrCreateSigningKey(dataDir: string | undefined): Promise<string> {
  if (dataDir === undefined) return newSigningKeyPem();
  const file = join(dataDir, 'token-key.pem');
  try {
    return await readFile(file, 'utf8');
  } catch {
    // first start
  }
  const pem = newSigningKeyPem();
  await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR });
  await writeFile(file, pem, { mode: 0o600 });
  return pem;
}

/** Starts the local Microsoft 365 sandbox and resolves once it listens. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(`[sandbox] ${line}`));
  const base = buildSandboxSeed(options.sharedMailboxes ?? DEFAULT_SHARED_MAILBOXES);
  const seed: SandboxSeed = options.personas ? { ...base, personas: [...options.personas] } : base;
  const directory = new Directory(seed);
  const faultSettings = options.faults === undefined ? undefined : faultSettingsSchema.parse(options.faults);

  const [tls, signingKey] = await Promise.all([
    loadOrCreateCertificate(options.dataDir, new Date(clock())),
    loadOrCreateSigningKey(options.dataDir),
  ]);
  const { store, notices } = await openStore(options.dataDir);

  const repo = new MailRepository(store, clock);
  const authenticator = new Authenticator(await createTokenIssuer(signingKey), directory);
  const services: Services = {
    directory,
    store,
    repo,
    mail: new MailService(repo, store),
    delivery: new Delivery(repo, directory),
    uploads: new UploadSessions(),
    posts: new ChannelPosts(store, clock),
    faults: new FaultInjector(faultSettings),
    authenticator,
    certificatePem: tls.cert,
    clock,
    dispatch: {},
  };
  const handlers = createHandlers(services);
  const staticFiles = createStaticFiles(options.staticDir);
  let origin = 'https://localhost';
  const pipeline = createPipeline({
    origin: () => origin,
    routes: buildRoutes(handlers),
    authenticator,
    faults: services.faults,
    clock,
    serveStatic: (ctx) => staticFiles(ctx.method, ctx.url.pathname),
    renderErrorPage: errorPage,
    log,
  });
  services.dispatch.current = pipeline.dispatch;

  const server: Server = createServer(
    { key: tls.key, cert: tls.cert, maxHeaderSize: MAX_HEADER_BYTES },
    pipeline.listener,
  );
  server.on('clientError', (error, socket) => answerClientError(error, socket, new Date(clock())));
  try {
    await listen(server, options);
  } catch (error) {
    await store.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  origin = `https://localhost:${port}`;
  let closing: Promise<void> | undefined;
  return {
    origin,
    graphBaseUrl: `${origin}/graph/`,
    port,
    certificatePem: tls.cert,
    seed,
    notices,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((r) => {
          server.close(() => r());
          server.closeAllConnections();
        });
        await store.close();
      })();
      return closing;
    },
  };
}

/** The disk store under the data folder (and what its recovery found), or memory when there is none. */
async function openStore(dataDir: string | undefined): Promise<{ store: Store; notices: string[] }> {
  if (dataDir === undefined) return { store: openMemoryStore(), notices: [] };
  const disk = await openDiskStore(join(dataDir, 'store'));
  const notice = describeRecovery(disk.recovery, join(dataDir, 'store', 'data.log'));
  return { store: disk, notices: notice ? [notice] : [] };
}

function listen(server: Server, options: SandboxOptions): Promise<void> {
  return new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

function createHandlers(services: Services): Handlers {
  return {
    users: new UsersHandler(services),
    groups: new GroupsHandler(services),
    mailFolders: new MailFoldersHandler(services),
    messages: new MessagesHandler(services),
    attachments: new AttachmentsHandler(services),
    uploads: new UploadSessionsHandler(services),
    teams: new TeamsHandler(services),
    bot: new BotConnectorHandler(services),
    dev: new DevSignInHandler(services),
    faults: new FaultsHandler(services),
    batch: new BatchHandler(services),
    web: new WebViewHandler(services),
    places: new OsPlacesHandler(),
  };
}

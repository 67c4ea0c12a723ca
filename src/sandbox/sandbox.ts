import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTokenIssuer, newSigningKeyPem, type Persona } from './auth';
import { createConnectorTokenIssuer, newConnectorKeyPem } from './auth/connector-token-issuer';
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
import { CardActions, DEFAULT_BOT_ENDPOINT } from './teams/card-actions';
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
  /** The bot's messaging endpoint, where card clicks in the web view are delivered (default http://127.0.0.1:3978/api/messages). */
  botEndpoint?: string;
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
  /**
   * How a bot checks the activities the sandbox sends it as Teams: the authority to configure (its keys are at
   * `${authority}/discovery/v2.0/keys`, tokens carry iss `${authority}/v2.0`), and where card clicks go.
   */
  teams: { authority: string; issuer: string; botEndpoint: string };
  /** Things a person should know about the start, e.g. unreadable records skipped in the store's log. */
  notices: string[];
  close(): Promise<void>;
};

/** A signing key: kept in the data folder so tokens survive a restart, made afresh in memory. */
async function loadOrCreateKey(dataDir: string | undefined, name: string, make: () => string): Promise<string> {
  if (dataDir === undefined) return make();
  const file = join(dataDir, name);
  try {
    return await readFile(file, 'utf8');
  } catch {
    // first start
  }
  const pem = make();
  await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR });
  await writeFile(file, pem, { mode: 0o600 });
  return pem;
}

/** The sandbox's own origin, known once the server listens: links and the tokens sent to the bot read it late. */
type OriginRef = { current: string };

type ServiceParts = {
  directory: Directory;
  store: Store;
  clock: () => number;
  certificatePem: string;
  keys: { signing: string; connector: string };
  faults: FaultSettings | undefined;
  botEndpoint: string;
  origin: OriginRef;
};

/** The services the handlers share, over the directory and the store. */
async function createServices(p: ServiceParts): Promise<Services> {
  const { directory, store, clock } = p;
  const repo = new MailRepository(store, clock);
  const origin = () => p.origin.current;
  const connectorIssuer = await createConnectorTokenIssuer(p.keys.connector, {
    origin,
    tenantId: directory.seed.tenantId,
  });
  const posts = new ChannelPosts(store, clock);
  return {
    directory,
    store,
    repo,
    mail: new MailService(repo, store),
    delivery: new Delivery(repo, directory),
    uploads: new UploadSessions(),
    posts,
    faults: new FaultInjector(p.faults),
    authenticator: new Authenticator(await createTokenIssuer(p.keys.signing), directory),
    connectorIssuer,
    cardActions: new CardActions({ directory, posts, issuer: connectorIssuer, botEndpoint: p.botEndpoint, origin }),
    certificatePem: p.certificatePem,
    clock,
    dispatch: {},
  };
}

/** Starts the local Microsoft 365 sandbox and resolves once it listens. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(`[sandbox] ${line}`));
  const base = buildSandboxSeed(options.sharedMailboxes ?? DEFAULT_SHARED_MAILBOXES);
  const seed: SandboxSeed = options.personas ? { ...base, personas: [...options.personas] } : base;
  const directory = new Directory(seed);
  const faults = options.faults === undefined ? undefined : faultSettingsSchema.parse(options.faults);

  const [tls, signing, connector] = await Promise.all([
    loadOrCreateCertificate(options.dataDir, new Date(clock())),
    loadOrCreateKey(options.dataDir, 'token-key.pem', newSigningKeyPem),
    loadOrCreateKey(options.dataDir, 'connector-key.pem', newConnectorKeyPem),
  ]);
  const { store, notices } = await openStore(options.dataDir);
  const origin: OriginRef = { current: 'https://localhost' };
  const botEndpoint = options.botEndpoint ?? DEFAULT_BOT_ENDPOINT;
  const services = await createServices({
    directory,
    store,
    clock,
    certificatePem: tls.cert,
    keys: { signing, connector },
    faults,
    botEndpoint,
    origin,
  });
  const staticFiles = createStaticFiles(options.staticDir);
  const pipeline = createPipeline({
    origin: () => origin.current,
    routes: buildRoutes(createHandlers(services)),
    authenticator: services.authenticator,
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
  origin.current = `https://localhost:${port}`;
  const issuer = services.connectorIssuer;
  return {
    origin: origin.current,
    graphBaseUrl: `${origin.current}/graph/`,
    port,
    certificatePem: tls.cert,
    seed,
    teams: { authority: issuer.authority(), issuer: issuer.issuer(), botEndpoint },
    notices,
    close: closeOnce(server, store),
  };
}

/** Stops listening, drops open connections and closes the store; a second call waits for the first. */
function closeOnce(server: Server, store: Store): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
      await store.close();
    })();
    return closing;
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

import { resolve } from 'node:path';
import { catalogue } from '../catalogues';
import { catalogueMailboxes } from './config/shared-mailboxes';
import { faultSettingsSchema, type FaultSettings } from './faults/fault-settings.schema';
import { createSandbox, type Sandbox } from './sandbox';
import { isLoopback } from './server/loopback';
import { DEFAULT_BOT_ENDPOINT } from './teams/card-actions';
import { listPages } from './web/static-files';

export type CliOptions = {
  memory: boolean;
  dataDir: string;
  port: number;
  host: string;
  faults: FaultSettings | undefined;
  botEndpoint: string;
};

const USAGE = `Usage: node dist/node/sandbox/main.js [--memory] [--data <dir>] [--port <n>] [--host <address>] [--bot-endpoint <url>]
  --memory             keep everything in memory (nothing is written to disk)
  --data <dir>         where to persist mail, channels, the certificate and the keys (default .sandbox/)
  --port <n>           port to listen on (default $PORT or 3000; 0 picks a free port)
  --host <addr>        address to bind (default 127.0.0.1, loopback only; anything else lets other computers sign in)
  --bot-endpoint <url> where card clicks go, as Teams sends them (default $SANDBOX_BOT_ENDPOINT or ${DEFAULT_BOT_ENDPOINT})
Environment: PORT, SANDBOX_FAULTS (JSON, as POST /sandbox/faults takes), SANDBOX_BOT_ENDPOINT`;

/** An http(s) address with no user name or password in it, or undefined. */
function endpointOf(value: string | undefined): string | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return /^https?:$/.test(url.protocol) && !url.username && !url.password ? url.href : undefined;
}

/** Parses the command line and environment; a string is an error to print with the usage. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions | string {
  const out: CliOptions = {
    memory: false,
    dataDir: '.sandbox',
    port: 3000,
    host: '127.0.0.1',
    faults: undefined,
    botEndpoint: DEFAULT_BOT_ENDPOINT,
  };
  if (env.SANDBOX_BOT_ENDPOINT) {
    const endpoint = endpointOf(env.SANDBOX_BOT_ENDPOINT);
    if (!endpoint)
      return `SANDBOX_BOT_ENDPOINT must be an http:// or https:// address, not "${env.SANDBOX_BOT_ENDPOINT}".`;
    out.botEndpoint = endpoint;
  }
  if (env.PORT !== undefined && env.PORT !== '') {
    if (!/^\d+$/.test(env.PORT) || Number(env.PORT) > 65535) return `PORT must be a port number, not "${env.PORT}".`;
    out.port = Number(env.PORT);
  }
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[i + 1];
      i += 1;
      return v;
    };
    if (arg === '--memory') out.memory = true;
    else if (arg === '--data') {
      const v = value();
      if (!v) return '--data needs a folder.';
      out.dataDir = v;
    } else if (arg === '--port') {
      const v = value();
      if (!v || !/^\d+$/.test(v) || Number(v) > 65535) return '--port needs a port number (0 for a free port).';
      out.port = Number(v);
    } else if (arg === '--host') {
      const v = value();
      if (!v) return '--host needs an address.';
      out.host = v;
    } else if (arg === '--bot-endpoint') {
      const endpoint = endpointOf(value());
      if (!endpoint) return '--bot-endpoint needs an http:// or https:// address.';
      out.botEndpoint = endpoint;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else return `Unknown option ${arg ?? ''}.`;
  }
  if (env.SANDBOX_FAULTS) {
    let raw: unknown;
    try {
      raw = JSON.parse(env.SANDBOX_FAULTS);
    } catch {
      return 'SANDBOX_FAULTS is not JSON.';
    }
    const parsed = faultSettingsSchema.safeParse(raw);
    if (!parsed.success)
      return `SANDBOX_FAULTS is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}.`;
    out.faults = parsed.data;
  }
  return out;
}

/** Said on start when the sandbox listens beyond this computer; undefined on loopback. */
export function hostWarning(host: string): string | undefined {
  if (isLoopback(host)) return undefined;
  return [
    `Warning: listening on ${host}, so other computers can reach this sandbox.`,
    'Anyone who reaches it can sign in as any persona without a password and read or send their mail.',
    'The web view (/sandbox/) still answers only on this computer. Use --host only on a network you trust.',
  ].join('\n');
}

async function banner(sandbox: Sandbox, staticDir: string, opts: CliOptions): Promise<string> {
  const o = sandbox.origin;
  const pages = await listPages(staticDir);
  const lines = [
    `Referral Card sandbox on ${o} (${opts.memory ? 'in memory' : `data in ${resolve(opts.dataDir)}`})`,
    '',
    'Pages:',
    `  ${o}/                         the product${pages.includes('index.html') ? '' : ' (not built yet: redirects to the web view)'}`,
    ...pages.filter((p) => p !== 'index.html').map((p) => `  ${o}/${p}`),
    `  ${o}/sandbox/                 web view: mailboxes, messages, channels (this computer only)`,
    '',
    'Endpoints:',
    `  ${o}/graph/v1.0/              Microsoft Graph subset (Graph client baseUrl ${sandbox.graphBaseUrl})`,
    `  ${o}/botframework/v3/         Bot Connector subset`,
    `  ${o}/os/search/places/v1/     OS Places postcode search (the card's address lookup)`,
    `  ${o}/sandbox/personas         personas (GET)`,
    `  ${o}/sandbox/token            sign in: POST {"upn": "..."}`,
    `  ${o}/sandbox/faults           faults: GET / POST / DELETE`,
    `  ${o}/sandbox/certificate.pem  the self-signed certificate to trust`,
    `  ${o}/sandbox/.well-known/jwks.json  the public keys that check the sign-in tokens`,
    '',
    'Teams (card clicks in the web view go to the bot as Teams sends them):',
    `  bot endpoint    ${sandbox.teams.botEndpoint}`,
    `  authority       ${sandbox.teams.authority}   (the bot checks the sandbox's RS256 tokens against it)`,
    `  tenant          ${sandbox.seed.tenantId}`,
    '',
    'Personas:',
    ...sandbox.seed.personas.map((p) => `  ${p.upn.padEnd(44)} ${p.displayName} (${p.roles.join(', ')})`),
    `  bot (app id) ${sandbox.seed.bot.appId.padEnd(31)} ${sandbox.seed.bot.displayName}`,
  ];
  return lines.join('\n');
}

/** `npm run sandbox` / `npm start`: starts the sandbox and serves until SIGINT or SIGTERM. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const opts = parseCli(argv, env);
  if (typeof opts === 'string') {
    console.error(opts === USAGE ? USAGE : `${opts}\n\n${USAGE}`);
    return opts === USAGE ? 0 : 2;
  }
  // dist/node/sandbox/main.js → dist/web (the built pages).
  const staticDir = resolve(__dirname, '../../web');
  let sandbox: Sandbox;
  try {
    sandbox = await createSandbox({
      // One shared mailbox per referral mailbox of the built-in catalogue.
      sharedMailboxes: catalogueMailboxes(catalogue),
      ...(opts.memory ? {} : { dataDir: opts.dataDir }),
      port: opts.port,
      host: opts.host,
      ...(opts.faults ? { faults: opts.faults } : {}),
      botEndpoint: opts.botEndpoint,
      staticDir,
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    console.error(
      e.code === 'EADDRINUSE'
        ? `Port ${opts.port} is in use; set PORT or --port.`
        : `The sandbox could not start: ${e.message}`,
    );
    return 1;
  }
  console.log(await banner(sandbox, staticDir, opts));
  // Unreadable records skipped in the store's log, and similar: on stdout, where the banner is.
  for (const notice of sandbox.notices) console.log(`\n${notice}`);
  const warning = hostWarning(opts.host);
  if (warning) console.log(`\n${warning}`);
  return new Promise<number>((resolveExit) => {
    const stop = (signal: string) => {
      console.error(`\n${signal}: closing the sandbox…`);
      sandbox.close().then(
        () => resolveExit(0),
        () => resolveExit(1),
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exit(code);
  });
}

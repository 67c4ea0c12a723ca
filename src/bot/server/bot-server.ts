import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  authorizeJWT,
  type AgentApplication,
  type AuthConfiguration,
  type CloudAdapter,
  type TurnState,
} from '@microsoft/agents-hosting';
import type { HealthReport } from './health';
import { HEALTH_PATH, serveHealth } from './health-page';
import { BodyError, readJsonBody, sdkRequest, sdkResponse } from './http-bridge';

export type RunningServer = { readonly url: string; close(): Promise<void> };

export const MESSAGES_PATH = '/api/messages';

/**
 * POST /api/messages: the SDK's JWT check (authorizeJWT, with the issuer and keys of the configuration), then the
 * CloudAdapter runs the turn through the AgentApplication. GET /health answers `health` when given (no sign-in:
 * it shows no secret). Nothing else is served.
 */
export async function startBotServer(options: {
  readonly app: AgentApplication<TurnState>;
  readonly adapter: CloudAdapter;
  readonly authConfig: AuthConfiguration;
  readonly host: string;
  readonly port: number;
  readonly log?: (message: string, error?: unknown) => void;
  readonly health?: () => Promise<HealthReport>;
}): Promise<RunningServer> {
  const checkJwt = authorizeJWT(options.authConfig);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bot');
    if (url.pathname === HEALTH_PATH && options.health && (req.method === 'GET' || req.method === 'HEAD')) {
      serveHealth(req, res, options.health).catch((error: unknown) => {
        options.log?.('The health page failed', error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    if (url.pathname !== MESSAGES_PATH || req.method !== 'POST') {
      res.writeHead(req.method === 'POST' ? 404 : 405).end();
      return;
    }
    void (async () => {
      try {
        const request = sdkRequest(req, await readJsonBody(req));
        const response = sdkResponse(res);
        let passed = false;
        await checkJwt(request, response, () => {
          passed = true;
        });
        // Refused: authorizeJWT has answered 401 (or 405) itself.
        if (!passed) return;
        await options.adapter.process(request, response, (context) => options.app.run(context));
      } catch (error) {
        if (error instanceof BodyError) res.writeHead(error.status).end(error.message);
        else {
          options.log?.('The bot could not handle an activity', error);
          if (!res.headersSent) res.writeHead(500);
          res.end();
        }
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${MESSAGES_PATH}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Test support (not a test): the real sandbox as a child process on loopback, run from the TypeScript source, with a
// data folder on disk, that a test can kill -9 and start again on the same port and folder.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Client, type Context, type Middleware, MiddlewareFactory } from '@microsoft/microsoft-graph-client';
import { Agent, fetch as undiciFetch } from 'undici';

const RUNNER = join(__dirname, 'fixtures/sandbox-from-source.js');
const START_TIMEOUT_MS = 30_000;

type Init = Parameters<typeof undiciFetch>[1];

export class SandboxProcess {
  port = 0;
  private child: ChildProcess | undefined;
  private exited: Promise<unknown> = Promise.resolve();
  private agent: Agent | undefined;

  constructor(readonly dataDir: string) {}

  get origin(): string {
    return `https://localhost:${this.port}`;
  }

  /** Trusts the sandbox's certificate (kept in the data folder); a fresh one after each start. */
  get dispatcher(): Agent {
    if (!this.agent) throw new Error('the sandbox has not started');
    return this.agent;
  }

  /** Starts the sandbox (on a free port the first time, the same port after) and waits until it listens. */
  async start(): Promise<void> {
    for (let tried = 1; ; tried += 1) {
      try {
        return await this.startOnce();
      } catch (error) {
        // The killed process's port can take a moment to be free again.
        if (tried >= 3 || !String(error).includes('is in use')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private async startOnce(): Promise<void> {
    const args = [RUNNER, '--data', this.dataDir, '--port', String(this.port)];
    // Faults and port come from the test, never from the environment jest runs in.
    const env = { ...process.env, SANDBOX_FAULTS: '', PORT: '' };
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', resolve));
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`the sandbox did not start: ${out}`)), START_TIMEOUT_MS);
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        const m = /on (https:\/\/localhost:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the sandbox exited with ${code}: ${out}`));
      });
    });
    this.port = Number(new URL(origin).port);
    await this.agent?.close();
    this.agent = new Agent({ connect: { ca: await readFile(join(this.dataDir, 'tls', 'cert.pem'), 'utf8') } });
  }

  /** kill -9 now; the promise settles once the process has gone. */
  kill(): Promise<unknown> {
    this.child?.kill('SIGKILL');
    return this.exited;
  }

  async stop(): Promise<void> {
    await this.kill();
    await this.agent?.close();
    this.agent = undefined;
  }

  /** As the browser's fetch, for the card's sandbox sign-in, with the current certificate. */
  readonly globalFetch = ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init ?? {}), dispatcher: this.dispatcher } as Init)) as unknown as typeof globalThis.fetch;

  fetch(path: string, init: Init = {}) {
    return undiciFetch(`${this.origin}${path}`, { ...init, dispatcher: this.dispatcher });
  }

  async setFaults(settings: object): Promise<void> {
    const res = await this.fetch('/sandbox/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
    if (res.status !== 200 && res.status !== 204) throw new Error(`faults refused: ${res.status}`);
  }

  /** An official Graph client signed in as `upn` through the sandbox's dev sign-in. */
  async client(upn: string): Promise<Client> {
    const res = await this.fetch('/sandbox/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${upn} failed: ${res.status}`);
    const { access_token: token } = (await res.json()) as { access_token: string };
    const middleware = MiddlewareFactory.getDefaultMiddlewareChain({ getAccessToken: async () => token });
    middleware[middleware.length - 1] = new SandboxLink(this);
    return Client.initWithMiddleware({
      middleware,
      baseUrl: `${this.origin}/graph/`,
      customHosts: new Set(['localhost']),
    });
  }
}

/** The last link of a Graph client's chain: undici with the current certificate; `around` wraps each request. */
export class SandboxLink implements Middleware {
  around: ((url: string, method: string, send: () => Promise<void>) => Promise<void>) | undefined;

  constructor(private readonly sandbox: SandboxProcess) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const send = async () => {
      const init = { ...(context.options ?? {}), dispatcher: this.sandbox.dispatcher } as Init;
      context.response = (await undiciFetch(url, init)) as unknown as Response;
    };
    const method = (context.options?.method ?? 'GET').toUpperCase();
    await (this.around ? this.around(url, method, send) : send());
  }

  setNext(): void {
    // the last link
  }
}

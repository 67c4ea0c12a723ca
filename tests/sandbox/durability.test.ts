// Kill the sandbox process (SIGKILL) during a burst of writes; after a restart nothing
// acknowledged is missing and nothing is corrupt. Runs the compiled server (`npm test` builds dist/node first).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Agent, fetch } from 'undici';

const MAIN = resolve(__dirname, '../../dist/node/sandbox/main.js');

function start(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [MAIN, '--data', dataDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /on (https:\/\/localhost:\d+)/.exec(out);
      if (m) resolveStart({ child, origin: m[1] as string });
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${out}`)));
  });
}

test('acknowledged drafts survive kill -9 intact', async () => {
  expect(existsSync(MAIN)).toBe(true);
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-kill-'));
  let dispatcher: Agent | undefined;
  try {
    const { child, origin } = await start(dir);
    dispatcher = new Agent({ connect: { ca: await readFile(join(dir, 'tls', 'cert.pem'), 'utf8') } });
    const call = (path: string, init: Record<string, unknown> = {}) =>
      fetch(`${origin}${path}`, { ...init, dispatcher });
    const signIn = await call('/sandbox/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"upn":"riley.referrer@sandbox.test"}',
    });
    const token = ((await signIn.json()) as { access_token: string }).access_token;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const acknowledged = new Map<string, string>();
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const subject = `burst-${next++}`;
        try {
          const res = await call('/graph/v1.0/me/messages', {
            method: 'POST',
            headers,
            body: JSON.stringify({ subject, body: { contentType: 'Text', content: subject.repeat(50) } }),
          });
          if (res.status === 201) acknowledged.set(((await res.json()) as { id: string }).id, subject);
        } catch {
          return; // the connection died with the process
        }
        if (acknowledged.size >= 150 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    const exited = new Promise((r) => child.once('exit', r));
    await Promise.all(Array.from({ length: 8 }, writer));
    await exited;
    expect(acknowledged.size).toBeGreaterThanOrEqual(150);

    const again = await start(dir);
    try {
      const call2 = (path: string) => fetch(`${again.origin}${path}`, { headers, dispatcher });
      for (const [id, subject] of acknowledged) {
        const res = await call2(`/graph/v1.0/me/messages/${id}?$select=subject,body`);
        expect(res.status).toBe(200);
        const m = (await res.json()) as { subject: string; body: { content: string } };
        expect(m.subject).toBe(subject);
        expect(m.body.content).toBe(subject.repeat(50));
      }
      // Nothing half-written: every stored draft is one of the burst, whole.
      const all = (await (await call2('/graph/v1.0/me/messages?$top=1000&$select=subject,body')).json()) as {
        value: { subject: string; body: { content: string } }[];
      };
      expect(all.value.length).toBeGreaterThanOrEqual(acknowledged.size);
      for (const m of all.value) {
        expect(m.subject).toMatch(/^burst-\d+$/);
        expect(m.body.content).toBe(m.subject.repeat(50));
      }
    } finally {
      again.child.kill('SIGTERM');
      await new Promise((r) => again.child.once('exit', r));
    }
  } finally {
    await dispatcher?.close();
    await rm(dir, { recursive: true, force: true });
  }
});

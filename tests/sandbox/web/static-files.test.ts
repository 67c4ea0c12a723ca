import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Harness, startHarness } from '../../conformance/support';

let dir: string;
let h: Harness;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandbox-static-'));
  await mkdir(join(dir, 'web'));
  await writeFile(join(dir, 'secret.txt'), 'outside the web root');
  await writeFile(join(dir, 'web', 'index.html'), '<!doctype html><title>Referral Card</title>');
  await writeFile(join(dir, 'web', 'app.js'), 'console.log(1)');
  h = await startHarness({ staticDir: join(dir, 'web') });
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

test('/ serves the built index page, other files with their types, never anything outside the folder', async () => {
  const index = await h.fetch('/');
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(index.headers.get('cache-control')).toBe('no-store');
  expect(await index.text()).toContain('Referral Card');
  const js = await h.fetch('/app.js');
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.js', '/web/index.html']) {
    const res = await h.fetch(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside the web root');
  }
  expect((await h.fetch('/app.js', { method: 'POST' })).status).toBe(404);
});

test('without built pages, / redirects to the web view', async () => {
  const bare = await startHarness({ staticDir: join(dir, 'not-built') });
  try {
    const res = await bare.fetch('/', { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sandbox/');
  } finally {
    await bare.close();
  }
});

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';
import { openDiskStore } from '../../../src/sandbox/storage/disk-store';

// Kill the writer during a burst; after restart nothing acknowledged is missing, nothing is corrupt,
// and a batch is all there or not at all. The child runs the current source, transpiled here by swc.

type Stored = { id: string; version: number; payload: string; sha: string };

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const work = mkdtempSync(join(tmpdir(), 'disk-store-durability-'));
const sourceDir = join(__dirname, '../../../src/sandbox/storage');
const compiledDir = join(work, 'compiled');
const dataDir = join(work, 'data');
const fixture = join(__dirname, 'fixtures/burst-writer.js');
const sendFixture = join(__dirname, 'fixtures/send-writer.js');
const sendDir = join(work, 'send');

beforeAll(() => {
  mkdirSync(compiledDir);
  for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.ts'))) {
    const { code } = transformFileSync(join(sourceDir, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    writeFileSync(join(compiledDir, file.replace(/\.ts$/, '.js')), code);
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Starts the writer, waits for `acks` acknowledged writes, kills it with SIGKILL; returns its output lines. */
function burstThenKill(firstRecord: number, acks: number, writer = fixture, dir = dataDir): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [writer, join(compiledDir, 'disk-store.js'), dir, String(firstRecord)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    let killed = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!killed && (out.match(/^ack /gm)?.length ?? 0) >= acks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer exited early (code ${code}): ${err}`));
      // Only whole lines were acknowledged: a line cut by the kill is not an ack.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

it('loses no acknowledged write and corrupts nothing across repeated kill -9', async () => {
  const acked = new Map<string, number>();
  const blobs = new Set<string>();
  const opens: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    const lines = await burstThenKill(round * 1_000_000, 150 + round * 100);
    for (const line of lines) {
      const [kind, a, b] = line.split(' ');
      if (kind === 'ack') acked.set(a as string, Math.max(acked.get(a as string) ?? 0, Number(b)));
      else if (kind === 'blob') blobs.add(a as string);
      else if (kind === 'open') opens.push(line);
    }
  }
  expect(opens).toHaveLength(4); // every round reopened (and recovered) the same directory

  const store = await openDiskStore(dataDir);
  try {
    const records = store.list<Stored>('records');
    for (const record of records) {
      // Nothing corrupt: every stored record, acknowledged or not, is whole and self-consistent.
      expect(sha(record.payload)).toBe(record.sha);
      expect(store.get<Stored>('records', record.id)).toBe(record);
    }
    for (const [id, version] of acked) {
      const record = store.get<Stored>('records', id);
      expect(record?.id).toBe(id);
      expect(record?.version).toBeGreaterThanOrEqual(version);
    }
    for (const id of blobs) expect(sha(store.getBlob(id) as Buffer)).toBe(id);
    expect(acked.size).toBeGreaterThan(500);
    expect(records.length).toBeGreaterThanOrEqual(acked.size);
  } finally {
    await store.close();
  }
});

it('keeps every send whole across 20 kill -9 cycles: delivered with its copy and no draft, or still a draft', async () => {
  const drafted = new Set<string>();
  const sent = new Set<string>();
  for (let round = 0; round < 20; round += 1) {
    for (const line of await burstThenKill(round * 1_000_000, 20 + (round % 5) * 10, sendFixture, sendDir)) {
      const [kind, id] = line.split(' ');
      if (kind === 'draft') drafted.add(id as string);
      else if (kind === 'ack') sent.add(id as string);
      else expect(line).toMatch(/^open \d+ 0$/); // a batch is never left half-written
    }
  }
  const store = await openDiskStore(sendDir);
  try {
    expect(store.recovery.corrupt).toEqual([]);
    let whole = 0;
    for (const id of drafted) {
      const [draft, inbox, copy] = ['drafts', 'inbox', 'sent'].map((c) => store.get(c, id) !== undefined);
      if (sent.has(id)) expect([draft, inbox, copy]).toEqual([false, true, true]);
      // Unacknowledged: either not sent at all, or sent in full; never a mix.
      else
        expect([
          [true, false, false],
          [false, true, true],
        ]).toContainEqual([draft, inbox, copy]);
      if (inbox) whole += 1;
    }
    expect(sent.size).toBeGreaterThan(300);
    expect(whole).toBeGreaterThanOrEqual(sent.size);
  } finally {
    await store.close();
  }
});

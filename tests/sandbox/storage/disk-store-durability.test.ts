import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';
import { openDiskStore } from '../../../src/sandbox/storage/disk-store';

// Issue #4 "Must show": kill the writer during a burst; after restart nothing acknowledged is
// missing and nothing is corrupt. The child runs the current source, transpiled here by swc.

type Stored = { id: string; version: number; payload: string; sha: string };

const sha = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const work = mkdtempSync(join(tmpdir(), 'disk-store-durability-'));
const sourceDir = join(__dirname, '../../../src/sandbox/storage');
const compiledDir = join(work, 'compiled');
const dataDir = join(work, 'data');
const fixture = join(__dirname, 'fixtures/burst-writer.js');

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
function burstThenKill(firstRecord: number, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [fixture, join(compiledDir, 'disk-store.js'), dataDir, String(firstRecord)],
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

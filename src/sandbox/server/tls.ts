import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export type TlsMaterial = { key: string; cert: string };

const DAY_MS = 24 * 60 * 60 * 1000;
// Browsers refuse server certificates valid for more than 398 days.
const VALID_DAYS = 397;

/**
 * A self-signed certificate for localhost and 127.0.0.1 (Office loads add-in pages only over HTTPS).
 * With a data dir it is generated on first start and reused until it is a day from expiry.
 */
export async function loadOrCreateCertificate(dataDir: string | undefined, now: Date): Promise<TlsMaterial> {
  const dir = dataDir === undefined ? undefined : join(dataDir, 'tls');
  if (dir !== undefined) {
    const existing = await readExisting(dir, now);
    if (existing) return existing;
  }
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  const material = { key: pems.private, cert: pems.cert };
  if (dir !== undefined) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(join(dir, 'key.pem'), material.key, { mode: 0o600 });
    await writeFile(join(dir, 'cert.pem'), material.cert);
  }
  return material;
}

async function readExisting(dir: string, now: Date): Promise<TlsMaterial | undefined> {
  try {
    const [key, cert] = await Promise.all([
      readFile(join(dir, 'key.pem'), 'utf8'),
      readFile(join(dir, 'cert.pem'), 'utf8'),
    ]);
    const validTo = new Date(new X509Certificate(cert).validTo).getTime();
    return validTo - now.getTime() > DAY_MS ? { key, cert } : undefined;
  } catch {
    // Missing or unreadable: make a new one.
    return undefined;
  }
}

import { promises as fs } from 'node:fs';
import { formatBytes, formatMegabytes } from '../domain';

/** What a command may touch; tests pass their own. */
export type Io = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly cwd: string;
};

/** A failure to tell the user about, in words, with the exit code to leave with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Referral and catalogue files are small: attachments travel separately, so 10 MB is generous. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Reads and parses a JSON file, refusing what is too large, unreadable or not JSON — with the reason in words. */
export async function readJsonFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<unknown> {
  let size: number;
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new CliError(`${path} is not a file.`);
    size = stat.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(
      `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'permission denied or unreadable'}.`,
    );
  }
  if (size > maxBytes) {
    throw new CliError(
      `${path} is ${formatBytes(size)}; the limit is ${formatMegabytes(maxBytes)}. Is this the right file?`,
    );
  }
  const text = await fs.readFile(path, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail =
      e instanceof RangeError ? 'it is nested too deeply' : (e as Error).message.replace(/^JSON\.parse: /, '');
    throw new CliError(`${path} is not valid JSON: ${detail}.`);
  }
}

export async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await fs.writeFile(path, text, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? 'failed'}.`);
  }
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

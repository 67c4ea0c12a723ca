// Extracts the text of a PDF with pdfjs-dist (in a child node process: it is ESM only; see pdf-text-child.mjs).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export type PdfTextItem = { str: string; x: number; y: number; width: number; eol: boolean };
export type PdfPageText = { text: string; items: PdfTextItem[]; width: number; height: number };
export type PdfText = { pages: PdfPageText[]; info: Record<string, unknown> };

const script = path.join(__dirname, 'pdf-text-child.mjs');

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-text-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [script, file], { maxBuffer: 256 * 1024 * 1024 });
    return JSON.parse(stdout) as PdfText;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text with all whitespace removed: line wrapping and pdfjs's spacing do not matter when looking for content. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

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

/** A node of a page's structure tree as pdfjs reads it: an element (role) or a reference to marked content (id). */
export type StructNodeJson = { role?: string; type?: string; id?: string; children?: StructNodeJson[]; alt?: string };
export type PdfStructure = {
  info: Record<string, unknown>;
  markInfo: { Marked?: boolean } | null;
  viewerPreferences: Record<string, unknown>;
  pages: {
    structTree: StructNodeJson | null;
    /** The text of each marked-content id (what a structure element's content reference points at). */
    byId: Record<string, string>;
    artifacts: string;
    /** Text outside any marked content: untagged. */
    unmarked: string;
    /** Drawing operators (text, paths, images) outside any marked content. */
    untagged: number;
  }[];
};

const structureScript = path.join(__dirname, 'pdf-structure-child.mjs');

/** The accessibility view of a PDF: catalog entries, structure trees and what is left untagged (pdfjs-dist). */
export async function pdfStructure(bytes: Uint8Array): Promise<PdfStructure> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-structure-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, [structureScript, file], {
      maxBuffer: 256 * 1024 * 1024,
    });
    return JSON.parse(stdout) as PdfStructure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

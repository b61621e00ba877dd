import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { Paper } from './export-support';

// Reading the document papers back as a person would see them: a PDF's text through poppler's
// pdftotext (diacritics and all), its first page rendered to PNG with pdftoppm at 72 dpi (so
// an A4 page is 595 × 842 pixels), and a Word file's document.xml and embedded fonts.

export type PdfLook = {
  text: string;
  pages: number;
  /** pdfinfo's "Page size" of the first page. */
  pageSize: string;
  firstPage: { width: number; height: number };
};

/** `keepAs`: also copies the first page's PNG there (the sample renders for the docs). */
export function lookAtPdf(bytes: Buffer, keepAs?: string): PdfLook {
  const dir = mkdtempSync(join(tmpdir(), 'paper-'));
  try {
    const file = join(dir, 'paper.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '';
    execFileSync('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', '1', file, join(dir, 'page')]);
    const png = readdirSync(dir).find((name) => name.endsWith('.png'));
    if (!png) throw new Error('pdftoppm rendered no page');
    const image = readFileSync(join(dir, png));
    if (keepAs) {
      // A sharper copy for people to look at.
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        keepAs.replace(/\.png$/, ''),
      ]);
    }
    // PNG: the IHDR chunk holds width and height as big-endian 32-bit integers at 16 and 20.
    return {
      text: text.normalize('NFC'),
      pages,
      pageSize,
      firstPage: { width: image.readUInt32BE(16), height: image.readUInt32BE(20) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type DocxLook = { documentXml: string; text: string; files: string[] };

export async function lookAtDocx(bytes: Buffer): Promise<DocxLook> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  // The text of the runs, paragraph by paragraph.
  const text = documentXml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    )
    .join('\n');
  return { documentXml, text, files: Object.keys(zip.files) };
}

/** A4 portrait: 595.28 × 841.89 points, so 595–596 × 842 pixels at 72 dpi. */
export function expectA4(look: PdfLook): void {
  expect(look.pageSize).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)$/);
  expect(look.firstPage.width).toBeGreaterThanOrEqual(595);
  expect(look.firstPage.width).toBeLessThanOrEqual(596);
  expect(look.firstPage.height).toBe(842);
}

/**
 * GET on a connection of its own (no keep-alive): rendering a PDF keeps this one process (the
 * test and the server) busy for seconds, and a kept-alive socket the server times out just as
 * the next request reuses it would fail that request for no fault of the paper.
 */
export function getPaperOnce(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Paper> {
  return new Promise((resolve, reject) => {
    const request = get(`${baseUrl}${path}`, { agent: false, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') answerHeaders.set(name, value);
          else if (Array.isArray(value)) for (const item of value) answerHeaders.append(name, item);
        }
        resolve({
          status: response.statusCode ?? 0,
          headers: answerHeaders,
          body: Buffer.concat(chunks),
        });
      });
    });
    request.on('error', reject);
  });
}

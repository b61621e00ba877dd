import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// The PDF papers' one pdfmake set-up: Tinos (metric-compatible with Times New Roman, the face
// both the Party's and the State's document rules prescribe, with every Vietnamese letter)
// embedded from node_modules, A4, nothing fetched. pdfmake's layout is synchronous and takes
// from a few hundred milliseconds (a decision) to seconds (a long list), so it runs in one
// worker thread (pdf-render.worker.cjs), started on the first PDF: the server's own thread
// keeps answering meanwhile. Papers queue in that worker one after another, which also bounds
// the memory layouts take; a worker that dies or overruns its time is replaced.

const require = createRequire(import.meta.url);

const FACES = {
  normal: '400Regular/Tinos_400Regular.ttf',
  bold: '700Bold/Tinos_700Bold.ttf',
  italics: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

export type TinosFace = keyof typeof FACES;

const files = new Map<TinosFace, Buffer>();

/** A Tinos face's TTF bytes (read once), for the PDFs and the Word files' embedded fonts. */
export function tinosFace(face: TinosFace): Buffer {
  let bytes = files.get(face);
  if (!bytes) {
    bytes = readFileSync(require.resolve(`@expo-google-fonts/tinos/${FACES[face]}`));
    files.set(face, bytes);
  }
  return bytes;
}

/** A PDF that takes longer than this is abandoned (its worker is replaced). */
const RENDER_TIMEOUT_MS = 60_000;

type Job = { resolve(pdf: Buffer): void; reject(error: Error): void; timer: NodeJS.Timeout };
type Reply = { id: number; bytes?: Uint8Array; error?: string };

let worker: Worker | null = null;
let nextId = 0;
const jobs = new Map<number, Job>();

function failAll(error: Error): void {
  for (const job of jobs.values()) {
    clearTimeout(job.timer);
    job.reject(error);
  }
  jobs.clear();
}

function renderer(): Worker {
  if (worker) return worker;
  const fonts = Object.fromEntries(
    (Object.keys(FACES) as TinosFace[]).map((face) => [face, tinosFace(face)]),
  );
  const started = new Worker(new URL('./pdf-render.worker.cjs', import.meta.url), {
    workerData: { pdfmakePath: require.resolve('pdfmake'), fonts },
  });
  started.on('message', ({ id, bytes, error }: Reply) => {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    clearTimeout(job.timer);
    if (bytes) job.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else job.reject(new Error(`PDF layout failed: ${error ?? 'no answer'}`));
    // An idle worker does not keep the process alive (a stopping server need not end it).
    if (jobs.size === 0) started.unref();
  });
  started.on('error', (error) => {
    if (worker === started) worker = null;
    failAll(error);
  });
  started.on('exit', (code) => {
    if (worker === started) worker = null;
    failAll(new Error(`the PDF worker stopped (exit code ${code})`));
  });
  started.unref();
  worker = started;
  return started;
}

function inWorker(definition: object, pageNumbers: object | null): Promise<Buffer> {
  const thread = renderer();
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => {
      jobs.delete(id);
      reject(new Error(`PDF layout took over ${RENDER_TIMEOUT_MS} ms`));
      // Whatever it is stuck on, the next paper gets a fresh worker; the others fail now.
      if (worker === thread) worker = null;
      void thread.terminate();
    }, RENDER_TIMEOUT_MS);
    jobs.set(id, { resolve, reject, timer });
    thread.ref();
    thread.postMessage({ id, definition, pageNumbers });
  });
}

/** Millimetres in PDF points (pdfmake measures in points; the rules give margins in mm). */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

export type PdfPaper = {
  title: string;
  content: object[];
  /** [left, top, right, bottom] in points. */
  margins: [number, number, number, number];
  fontSize: number;
  orientation?: 'portrait' | 'landscape';
  /** Page numbers at the top centre from page 2 on, as both rules place them. */
  pageNumbers?: boolean;
};

/** The paper as PDF bytes: A4, Tinos embedded, text in NFC, laid out in the worker. */
export async function renderPdf(paper: PdfPaper): Promise<Buffer> {
  const definition = {
    pageSize: 'A4',
    pageOrientation: paper.orientation ?? 'portrait',
    pageMargins: paper.margins,
    info: { title: paper.title.normalize('NFC') },
    defaultStyle: { font: 'Tinos', fontSize: paper.fontSize, lineHeight: 1.15 },
    content: normalised(paper.content),
  };
  const pageNumbers = paper.pageNumbers ? { fontSize: 13, margin: [0, mm(10), 0, 0] } : null;
  return inWorker(definition, pageNumbers);
}

// Every string of the definition in NFC: names typed on another keyboard (decomposed marks)
// would otherwise print as a letter and a floating accent.
function normalised<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalised(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, normalised(item)]),
    ) as T;
  }
  return value;
}

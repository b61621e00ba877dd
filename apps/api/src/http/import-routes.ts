import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import type { Database } from '@luanchuyen/db';
import { vietnamDateOf } from '@luanchuyen/domain';
import type { Clock } from '../clock';
import { languageOf, type Language } from '../i18n/messages';
import { importKindOf } from '../imports/import-kinds';
import { isRefused, runImport } from '../imports/import-run';
import { templateCsv, templateWorkbook, type TemplateRows } from '../imports/import-template';
import { CSV_CONTENT_TYPE } from '../papers/csv';
import { attachmentDisposition } from '../papers/file-name';
import { XLSX_CONTENT_TYPE } from '../papers/table-paper';
import { admit } from './admit';
import { sendError } from './send-error';
import { importRouteMessages as words } from '../imports/import-messages';
import { scopeOf } from '../services/scope';

// The import's HTTP entry (API.md "Import"): POST /import/{kind} with the file as multipart field
// `file` (?dryRun=true previews), and the files it reads: GET /import/{kind}/template.{xlsx,csv}
// and /import/{kind}/data.{xlsx,csv} (the registry's rows in the template's layout).
//
// Writing is for signed-in ORGANIZER and ADMIN users only, as in GraphQL: API keys are read-only.
// The session cookie is SameSite=Lax, and a multipart POST is a "simple" request a page of
// another site could send with a form: the POST must also carry X-Requested-With, a header no
// form can set and no other origin may send without a CORS preflight this server never grants
// with credentials. The caller is identified before the body is read, so an anonymous upload
// is refused without being buffered; the body has its own limit (IMPORT_MAX_BYTES).

export type ImportRouteOptions = {
  corsOrigins: readonly string[];
  maxRows: number;
  maxBytes: number;
};

/** The header that shows a request was sent by a script or the admin app, not a form. */
export const CSRF_HEADER = 'x-requested-with';

export function importRoutes(db: Database, clock: Clock, options: ImportRouteOptions): Router {
  const router = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: options.maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  }).single('file');

  router.get('/import/:kind/:file.:format', async (request, response, next) => {
    const kind = importKindOf(request.params.kind ?? '');
    const { file, format } = request.params;
    if (
      !kind ||
      (file !== 'template' && file !== 'data') ||
      (format !== 'xlsx' && format !== 'csv')
    ) {
      return next();
    }
    try {
      if (!(await admit(db, request, response, clock.now(), options.corsOrigins))) return;
      const language = languageOf(request.headers['accept-language']);
      const rows: TemplateRows = file === 'data' ? await kind.exportRows(db, language) : 'example';
      const title = file === 'data' ? kind.sheetName.vi : `Mẫu nhập ${kind.sheetName.vi}`;
      const ascii = file === 'data' ? kind.name : `mau-nhap-${kind.name}`;
      response.status(200);
      response.setHeader('Content-Type', format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE);
      response.setHeader(
        'Content-Disposition',
        attachmentDisposition(`${title}.${format}`, `${ascii}.${format}`),
      );
      // The data file is personal data of the day it was asked: never kept by a cache.
      response.setHeader('Cache-Control', file === 'data' ? 'no-store' : 'no-cache');
      response.end(
        format === 'xlsx'
          ? await templateWorkbook(kind, language, rows)
          : templateCsv(kind, language, rows),
      );
    } catch (error) {
      next(error);
    }
  });

  router.post('/import/:kind', async (request, response, next) => {
    const kind = importKindOf(request.params.kind ?? '');
    if (!kind) return next();
    const language = languageOf(request.headers['accept-language']);
    try {
      const now = clock.now();
      const principal = await admit(db, request, response, now, options.corsOrigins);
      if (!principal) return;
      if (principal.kind === 'apiKey') {
        return sendError(response, 403, 'FORBIDDEN', words.apiKeyReadOnly[language]);
      }
      if (
        principal.kind === 'anonymous' ||
        (principal.role !== 'ORGANIZER' && principal.role !== 'ADMIN')
      ) {
        return sendError(response, 403, 'FORBIDDEN', words.forbidden[language]);
      }
      if (scopeOf(principal, vietnamDateOf(now))) {
        return sendError(response, 403, 'OUT_OF_SCOPE', words.outOfScope[language]);
      }
      if (!request.headers[CSRF_HEADER]) {
        return sendError(response, 403, 'CSRF_HEADER_REQUIRED', words.csrf[language]);
      }
      const dryRunParam = request.query['dryRun'];
      if (dryRunParam !== undefined && dryRunParam !== 'true' && dryRunParam !== 'false') {
        return sendError(response, 400, 'BAD_REQUEST', words.badDryRun[language]);
      }
      // A body announced larger than the file limit (and a form's few bytes) is not read at all.
      if (Number(request.headers['content-length'] ?? 0) > options.maxBytes + 64 * 1024) {
        response.setHeader('Connection', 'close');
        return sendError(
          response,
          413,
          'FILE_TOO_LARGE',
          words.tooLarge(options.maxBytes)[language],
        );
      }
      const file = await received(request, response, upload, language, options.maxBytes);
      if (!file) return;
      const report = await runImport(db, kind, file.buffer, {
        dryRun: dryRunParam === 'true',
        actor: principal,
        language,
        today: vietnamDateOf(now),
        maxRows: options.maxRows,
        maxBytes: options.maxBytes,
        fileName: file.originalname,
      });
      request.log.info(
        {
          kind: kind.name,
          dryRun: report.dryRun,
          written: report.written,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          errors: report.errors.length,
        },
        'import',
      );
      response.setHeader('Cache-Control', 'no-store');
      response.status(isRefused(report) ? 422 : 200).json(report);
    } catch (error) {
      next(error);
    }
  });

  return router;
}

type Upload = (request: Request, response: Response, next: NextFunction) => void;

/** The uploaded file, or null after answering 400 or 413. */
async function received(
  request: Request,
  response: Response,
  upload: Upload,
  language: Language,
  maxBytes: number,
): Promise<Express.Multer.File | null> {
  try {
    await new Promise<void>((resolve, reject) =>
      upload(request, response, (error?: unknown) => (error ? reject(error) : resolve())),
    );
  } catch (error) {
    if (error instanceof multer.MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') {
        sendError(response, 413, 'FILE_TOO_LARGE', words.tooLarge(maxBytes)[language]);
      } else {
        sendError(response, 400, 'BAD_UPLOAD', words.badUpload[language]);
      }
      return null;
    }
    // A malformed multipart body (busboy's "Unexpected end of form", …) is the client's.
    sendError(response, 400, 'BAD_UPLOAD', words.badUpload[language]);
    return null;
  }
  if (!request.file) {
    sendError(response, 400, 'NO_FILE', words.noFile[language]);
    return null;
  }
  return request.file;
}

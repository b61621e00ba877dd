import { Router } from 'express';
import type { Database } from '@luanchuyen/db';
import { vietnamDateOf } from '@luanchuyen/domain';
import type { Clock } from '../clock';
import { languageOf } from '../i18n/messages';
import { eligibilityTablePaper } from '../papers/eligibility-table-paper';
import { attachmentDisposition } from '../papers/file-name';
import { PaperQuery, PaperQueryError } from '../papers/paper-query';
import { rotationTablePaper, type NamedPaper } from '../papers/rotation-table-paper';
import { CSV_CONTENT_TYPE } from '../papers/csv';
import { writeTablePaper, XLSX_CONTENT_TYPE, type PaperFormat } from '../papers/table-paper';
import { admit } from './admit';
import { seesPersonalData } from '../personal-data/personal-data-access';
import { recordPersonalDataRead } from '../personal-data/record-reads';
import { sendError } from './send-error';
import type { PaperReader } from '../papers/paper-reader';
import { scopeOf } from '../services/scope';

// GET /export/rotations.{xlsx,csv} and /export/eligibility.{xlsx,csv} (API.md "Papers"):
// tables for any signed-in reader or API key, as the GraphQL API would answer them. A bad
// parameter is 400 and an id that names nothing 404, both before a byte of the file is sent;
// unknown paths under /export fall through to the app's 404.

export type ExportRouteOptions = { corsOrigins: readonly string[]; maxRows: number };

type PaperMaker = (
  db: Database,
  query: PaperQuery,
  today: string,
  maxRows: number,
  reader: PaperReader,
) => Promise<NamedPaper & { personalReadCadreIds?: readonly string[] }>;

const TABLES: Record<string, PaperMaker> = {
  rotations: rotationTablePaper,
  eligibility: eligibilityTablePaper,
};

const CONTENT_TYPES: Record<PaperFormat, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
};

export function exportRoutes(db: Database, clock: Clock, options: ExportRouteOptions): Router {
  const router = Router();
  router.get('/export/:table.:format', async (request, response, next) => {
    const make = TABLES[request.params.table ?? ''];
    const format = request.params.format;
    if (!make || (format !== 'xlsx' && format !== 'csv')) return next();
    try {
      const now = clock.now();
      const principal = await admit(db, request, response, now, options.corsOrigins);
      if (!principal) return;
      const language = languageOf(request.headers['accept-language']);
      const params = new URL(request.originalUrl, 'http://paper').searchParams;
      const today = vietnamDateOf(now);
      const paper = await make(db, new PaperQuery(params, language), today, options.maxRows, {
        seesPersonalData: seesPersonalData(principal),
        scope: scopeOf(principal, today),
      });
      // One record of the personal data the paper prints, before a byte of it is sent.
      await recordPersonalDataRead(db, principal, paper.personalReadCadreIds ?? []);
      response.status(200);
      response.setHeader('Content-Type', CONTENT_TYPES[format]);
      response.setHeader(
        'Content-Disposition',
        attachmentDisposition(`${paper.fileName}.${format}`, `${paper.asciiFileName}.${format}`),
      );
      // A paper is personal data of the day it was asked: never kept by a cache on the way.
      response.setHeader('Cache-Control', 'no-store');
      await writeTablePaper(response, paper, format);
    } catch (error) {
      if (error instanceof PaperQueryError && !response.headersSent) {
        const { status, code, message } = error.refusal;
        return sendError(response, status, code, message);
      }
      next(error);
    }
  });
  return router;
}

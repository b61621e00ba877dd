import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Database } from '@luanchuyen/db';
import { vietnamDateOf, type IsoDate } from '@luanchuyen/domain';
import type { Clock } from '../clock';
import { languageOf, t, type Language } from '../i18n/messages';
import { decisionFactsOf, rotationIdOf } from '../papers/decision-data';
import { decisionDocx } from '../papers/decision-docx';
import { decisionLayoutOf } from '../papers/decision-layout';
import { decisionPdf } from '../papers/decision-pdf';
import { attachmentDisposition } from '../papers/file-name';
import { PaperRefusal } from '../papers/paper-errors';
import { PaperQuery, PaperQueryError } from '../papers/paper-query';
import { cadreIdOf, profileOf } from '../papers/profile-data';
import { profilePdf } from '../papers/profile-pdf';
import { profilePaperFor } from '../papers/profile-personal';
import type { Principal } from '../auth/principal';
import { seesPersonalData } from '../personal-data/personal-data-access';
import { recordPersonalDataRead } from '../personal-data/record-reads';
import {
  STATS_REPORT_MAX_ROWS,
  statsReportOf,
  statsReportQueryOf,
} from '../papers/stats-report-data';
import { statsReportPdf } from '../papers/stats-report-pdf';
import { writeStatsReportWorkbook } from '../papers/stats-report-workbook';
import { admit } from './admit';
import { sendError } from './send-error';
import { cadreWithin } from '../read/scope.queries';
import { scopeOf } from '../services/scope';

// The document papers (API.md "Papers"): GET /export/rotation-stats.{xlsx,pdf},
// /export/cadres/{id}/profile.pdf and /export/rotations/{id}/decision.{docx,pdf}, for any
// signed-in reader or API key (as schema-routes.ts admits them). A bad parameter is 400, an
// id that names nothing 404, both before a byte of the file is sent.

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Asked = { query: PaperQuery; language: Language; today: IsoDate; principal: Principal };

/** Signed in or a working API key; otherwise answers 401 and returns null. */
async function admitted(
  db: Database,
  clock: Clock,
  request: Request,
  response: Response,
  corsOrigins: readonly string[],
): Promise<Asked | null> {
  const now = clock.now();
  const language = languageOf(request.headers['accept-language']);
  const principal = await admit(db, request, response, now, corsOrigins);
  if (!principal) return null;
  const params = new URL(request.originalUrl, 'http://paper').searchParams;
  return {
    query: new PaperQuery(params, language),
    language,
    today: vietnamDateOf(now),
    principal,
  };
}

function sendFile(
  response: Response,
  contentType: string,
  fileName: string,
  asciiName: string,
): void {
  response.status(200);
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Disposition', attachmentDisposition(fileName, asciiName));
  // A paper is personal data of the day it was asked: never kept by a cache on the way.
  response.setHeader('Cache-Control', 'no-store');
}

/** A refusal as JSON when nothing was sent yet; anything else goes to the app's handler. */
function refused(error: unknown, response: Response, language: Language, next: NextFunction) {
  if (!response.headersSent && error instanceof PaperQueryError) {
    const { status, code, message } = error.refusal;
    return sendError(response, status, code, message);
  }
  if (!response.headersSent && error instanceof PaperRefusal) {
    const message = t(language, error.messageKey);
    return sendError(
      response,
      error.status,
      error.code,
      error.parameter ? `${message}: ${error.parameter}` : message,
    );
  }
  next(error);
}

export function paperRoutes(db: Database, clock: Clock, corsOrigins: readonly string[]): Router {
  const router = Router();

  router.get('/export/rotation-stats.:format', async (request, response, next) => {
    const format = request.params.format;
    if (format !== 'xlsx' && format !== 'pdf') return next();
    let language: Language = languageOf(request.headers['accept-language']);
    try {
      const asked = await admitted(db, clock, request, response, corsOrigins);
      if (!asked) return;
      language = asked.language;
      const report = await statsReportOf(
        db,
        statsReportQueryOf(asked.query, asked.today),
        asked.today,
        STATS_REPORT_MAX_ROWS[format],
        scopeOf(asked.principal, asked.today),
      );
      const { from, to } = report.query;
      const period = from ? `${from} đến ${to}` : `đến ${to}`;
      const name = `Báo cáo luân chuyển cán bộ ${period}.${format}`;
      const ascii = `bao-cao-luan-chuyen-can-bo-${from ?? ''}-${to}.${format}`;
      if (format === 'pdf') {
        const bytes = await statsReportPdf(report);
        sendFile(response, PDF, name, ascii);
        response.end(bytes);
      } else {
        sendFile(response, XLSX, name, ascii);
        await writeStatsReportWorkbook(report, response);
      }
    } catch (error) {
      refused(error, response, language, next);
    }
  });

  router.get('/export/cadres/:id/profile.pdf', async (request, response, next) => {
    let language: Language = languageOf(request.headers['accept-language']);
    try {
      const asked = await admitted(db, clock, request, response, corsOrigins);
      if (!asked) return;
      language = asked.language;
      asked.query.rejectUnknown();
      const cadreId = cadreIdOf(request.params.id);
      const profile = await profileOf(db, cadreId, asked.today);
      // Decree 13/2023/NĐ-CP: the full profile only for those who may read personal data, and
      // that read recorded before the paper goes out; the others get the age band instead.
      const sees =
        seesPersonalData(asked.principal) &&
        (await cadreWithin(db, scopeOf(asked.principal, asked.today), cadreId));
      const bytes = await profilePdf(profilePaperFor(profile, sees));
      if (sees) await recordPersonalDataRead(db, asked.principal, [cadreId]);
      sendFile(response, PDF, `Lý lịch ${profile.fullName}.pdf`, `ly-lich-${profile.fullName}.pdf`);
      response.end(bytes);
    } catch (error) {
      refused(error, response, language, next);
    }
  });

  router.get('/export/rotations/:id/decision.:format', async (request, response, next) => {
    const format = request.params.format;
    if (format !== 'docx' && format !== 'pdf') return next();
    let language: Language = languageOf(request.headers['accept-language']);
    try {
      const asked = await admitted(db, clock, request, response, corsOrigins);
      if (!asked) return;
      language = asked.language;
      asked.query.rejectUnknown();
      const facts = await decisionFactsOf(db, rotationIdOf(request.params.id));
      const layout = decisionLayoutOf(facts);
      const subject = `${facts.decision?.number ?? 'luân chuyển'} ${facts.cadre}`;
      const title = `Dự thảo quyết định ${subject}`;
      const bytes =
        format === 'pdf' ? await decisionPdf(layout, title) : await decisionDocx(layout, title);
      sendFile(
        response,
        format === 'pdf' ? PDF : DOCX,
        `${title}.${format}`,
        `du-thao-quyet-dinh-${subject}.${format}`,
      );
      response.end(bytes);
    } catch (error) {
      refused(error, response, language, next);
    }
  });

  return router;
}

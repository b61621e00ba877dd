import { Router, type Request, type Response } from 'express';
import type { Database } from '@luanchuyen/db';
import { compareDates, isIsoDate, vietnamDateOf, type IsoDate } from '@luanchuyen/domain';
import { callerKey } from '../auth/principal';
import type { Clock } from '../clock';
import { PUBLIC_CACHE } from '../graphql/apollo';
import type { Language } from '../i18n/messages';
import {
  publicRotationPage,
  publicRotationStats,
  publishedPlans,
  type PublicRotationWhere,
} from '../read/public-rotations.queries';
import type { PageRequest } from '../read/page';
import { plansProgress } from '../services/plan-progress.service';
import type { RateLimiter } from '../services/rate-limit';
import { publicErrorHtml, publicPageHtml } from './public-page-html';
import { word, type PublicWord } from './public-page-messages';
import { anonymousCaller } from './public-operation';

// GET /cong-khai (API.md): the public disclosure page, for anyone, no sign-in and no script.
// Vietnamese unless ?lang=en; the period by ?from=&to= (start dates, both days included;
// by default 2015-01-01 to today); the list pages on with ?after=. The same read model as
// publicRotations (read/public-rotations.queries.ts), so the page and the API never disagree
// on what is public. A parameter it does not know or cannot read is refused (400) in words,
// never dropped. Each page view is paid from the caller's address' rate-limit bucket.

const DEFAULT_FROM: IsoDate = '2015-01-01';
const PAGE_SIZE = 100;
/** What a page view costs in the address' bucket: about a publicRotations page of 100. */
const PAGE_COST = 100;
const KNOWN = new Set(['lang', 'from', 'to', 'after']);
const CURSOR =
  /^(\d{4}-\d{2}-\d{2})~([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

class Refused extends Error {
  constructor(
    readonly language: Language,
    readonly key: PublicWord,
    readonly parameter: string,
  ) {
    super(key);
  }
}

type Asked = { language: Language; from: IsoDate; to: IsoDate; cursor: string[] | null };

function askedOf(request: Request, today: IsoDate): Asked {
  const params = new URL(request.originalUrl, 'http://page').searchParams;
  const langs = params.getAll('lang');
  // The language is read first, so every other refusal is said in it.
  const language: Language = langs[0] === 'en' ? 'en' : 'vi';
  const single = (name: string): string | null => {
    const values = params.getAll(name);
    if (values.length > 1) throw new Refused(language, 'repeatedParameter', name);
    const value = values[0]?.trim();
    return value ? value : null;
  };
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) throw new Refused(language, 'unknownParameter', name);
  }
  const lang = single('lang');
  if (lang !== null && lang !== 'vi' && lang !== 'en')
    throw new Refused(language, 'badLanguage', 'lang');
  const date = (name: string): IsoDate | null => {
    const value = single(name);
    if (value !== null && !isIsoDate(value)) throw new Refused(language, 'badDate', name);
    return value;
  };
  const from = date('from') ?? DEFAULT_FROM;
  const to = date('to') ?? today;
  if (compareDates(from, to) > 0) throw new Refused(language, 'badPeriod', 'from');
  const after = single('after');
  const match = after === null ? null : CURSOR.exec(after);
  if (after !== null && (!match || !isIsoDate(match[1]))) {
    throw new Refused(language, 'badCursor', 'after');
  }
  return { language, from, to, cursor: match ? [match[1] ?? '', match[2] ?? ''] : null };
}

function sendHtml(response: Response, status: number, html: string, cache: string): void {
  response.status(status);
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', cache);
  // Nothing to run and nothing to frame: the page needs only its own inline style sheet.
  response.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(html);
}

export function publicPageRoutes(
  db: Database,
  clock: Clock,
  rateLimiter: RateLimiter | undefined,
): Router {
  const router = Router();
  router.get('/cong-khai', async (request, response, next) => {
    try {
      const today = vietnamDateOf(clock.now());
      let asked: Asked;
      try {
        asked = askedOf(request, today);
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        const message = `${word(error.language, error.key)}: ${error.parameter}`;
        return sendHtml(response, 400, publicErrorHtml(error.language, message), 'no-store');
      }
      if (rateLimiter) {
        const bucket = await rateLimiter.charge(callerKey(anonymousCaller(request)), PAGE_COST);
        if (!bucket.admitted) {
          response.setHeader('Retry-After', String(bucket.retryAfterSeconds));
          const message = `${word(asked.language, 'rateLimited')}: ${bucket.retryAfterSeconds}`;
          return sendHtml(response, 429, publicErrorHtml(asked.language, message), 'no-store');
        }
      }
      const where: PublicRotationWhere = { startedFrom: asked.from, startedTo: asked.to };
      const pageRequest: PageRequest = { limit: PAGE_SIZE, cursor: asked.cursor, backward: false };
      const [stats, rows, plans] = await Promise.all([
        publicRotationStats(db, where),
        publicRotationPage(db, where, pageRequest),
        publishedPlans(db),
      ]);
      const progress = new Map((await plansProgress(db, plans)).map((item) => [item.planId, item]));
      const shown = rows.slice(0, PAGE_SIZE);
      const last = shown.at(-1);
      const html = publicPageHtml({
        language: asked.language,
        from: asked.from,
        to: asked.to,
        stats,
        rows: shown,
        // Row numbers run on across pages only from the first: a later page numbers its own.
        firstNumber: 1,
        nextCursor: rows.length > PAGE_SIZE && last ? `${last.startDate}~${last.id}` : null,
        plans: plans.flatMap((plan) => {
          const found = progress.get(plan.id);
          return found ? [{ plan, progress: found }] : [];
        }),
      });
      sendHtml(response, 200, html, PUBLIC_CACHE);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

import type { IsoDate } from '@luanchuyen/domain';
import type { RotationPlanRow } from '@luanchuyen/db';
import { CATEGORY_LABELS, type PlanProgress, type RotationStats } from '@luanchuyen/rules';
import type { Language } from '../i18n/messages';
import { dayText, lastDayText } from '../papers/paper-dates';
import type { PublicRotationRow } from '../read/public-rotations.queries';
import { word, type PublicWord } from './public-page-messages';

// The public disclosure page as HTML, rendered on the server: no script, one inline style
// sheet, every text escaped where it is written into the page. Accessible by construction:
// the language on <html>, one h1 and a heading per section, tables with captions and header
// cells, labelled inputs, and colours well above WCAG AA contrast.

export type PublicPage = {
  language: Language;
  from: IsoDate;
  to: IsoDate;
  stats: RotationStats;
  rows: readonly PublicRotationRow[];
  /** The first row number of this page (1 on the first page). */
  firstNumber: number;
  /** The `after` parameter of the next page, when there is one. */
  nextCursor: string | null;
  plans: readonly { plan: RotationPlanRow; progress: PlanProgress }[];
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** The page's own address with these parameters (the period and language carried along). */
export function pageHref(params: Record<string, string | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `/cong-khai?${text}` : '/cong-khai';
}

const STYLE = `
  body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.5; }
  header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
  header { border-bottom: 4px solid #a50e0e; padding-top: 1rem; padding-bottom: 0.5rem; }
  h1 { color: #7a0a0a; font-size: 1.6rem; margin: 0.25rem 0; }
  h2 { color: #7a0a0a; font-size: 1.25rem; margin-top: 2rem; }
  a { color: #0b4f9c; }
  a:focus, button:focus, input:focus { outline: 3px solid #0b4f9c; outline-offset: 2px; }
  nav { text-align: right; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
  caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
  th, td { border: 1px solid #8a8a8a; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
  thead th { background: #f1e6e6; }
  td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
  .figures { display: flex; flex-wrap: wrap; gap: 2rem; }
  .figures table { width: auto; min-width: 20rem; }
  fieldset { border: 1px solid #8a8a8a; padding: 0.5rem 1rem; }
  label { margin-right: 0.5rem; }
  input, button { font: inherit; padding: 0.2rem 0.4rem; margin-right: 1rem; }
  button { background: #7a0a0a; color: #fff; border: 0; border-radius: 3px; padding: 0.3rem 1rem; }
  footer { border-top: 1px solid #8a8a8a; margin-top: 2rem; padding-top: 0.5rem; padding-bottom: 2rem; color: #333; }
`;

function text(language: Language, key: PublicWord, values: Record<string, string> = {}): string {
  return escapeHtml(word(language, key, values));
}

function statsTables(page: PublicPage): string {
  const { language, stats } = page;
  const t = (key: PublicWord) => text(language, key);
  const categoryRows = stats.byCategory
    .map(
      ({ category, count }) =>
        `<tr><th scope="row">${escapeHtml(CATEGORY_LABELS[category][language])}</th><td class="number">${count}</td></tr>`,
    )
    .join('');
  const yearRows = stats.byYear
    .map(
      ({ year, count }) => `<tr><th scope="row">${year}</th><td class="number">${count}</td></tr>`,
    )
    .join('');
  const total = `<tfoot><tr><th scope="row">${t('total')}</th><td class="number">${stats.total}</td></tr></tfoot>`;
  return `<div class="figures">
<table id="by-category"><caption>${t('byCategoryCaption')}</caption>
<thead><tr><th scope="col">${t('category')}</th><th scope="col" class="number">${t('count')}</th></tr></thead>
<tbody>${categoryRows}</tbody>${total}</table>
<table id="by-year"><caption>${t('byYearCaption')}</caption>
<thead><tr><th scope="col">${t('year')}</th><th scope="col" class="number">${t('count')}</th></tr></thead>
<tbody>${yearRows}</tbody>${total}</table>
</div>`;
}

function periodOf(row: PublicRotationRow, language: Language): string {
  const start = dayText(row.startDate);
  // Stored ends are exclusive (the first day off the rotation): the page says the last day.
  return row.endDate
    ? text(language, 'periodEnded', { start, end: lastDayText(row.endDate) })
    : text(language, 'periodOngoing', { start, planned: lastDayText(row.plannedEndDate) });
}

function rotationList(page: PublicPage): string {
  const { language, rows } = page;
  const t = (key: PublicWord) => text(language, key);
  if (rows.length === 0) return `<p>${t('none')}</p>`;
  const body = rows
    .map((row, index) => {
      const decision = text(language, 'decisionText', {
        number: row.decisionNumber,
        date: dayText(row.decisionDate),
        issuer: row.decisionIssuer,
      });
      const plan = row.planCode ? `<br>${t('plan')}: ${escapeHtml(row.planCode)}` : '';
      return `<tr>
<td class="number">${page.firstNumber + index}</td>
<th scope="row">${escapeHtml(row.cadreName)}</th>
<td>${escapeHtml(row.fromPositionTitle)}, ${escapeHtml(row.fromUnitName)}</td>
<td>${escapeHtml(row.toPositionTitle)}, ${escapeHtml(row.toUnitName)}</td>
<td>${periodOf(row, language)}</td>
<td>${decision}${plan}</td>
<td>${escapeHtml(CATEGORY_LABELS[row.category][language])}</td>
</tr>`;
    })
    .join('\n');
  const next = page.nextCursor
    ? `<p><a href="${escapeHtml(
        pageHref({
          lang: language === 'en' ? 'en' : null,
          from: page.from,
          to: page.to,
          after: page.nextCursor,
        }),
      )}" rel="next">${t('nextPage')}</a></p>`
    : '';
  return `<table id="decisions"><caption>${t('listCaption')}</caption>
<thead><tr><th scope="col" class="number">${t('number')}</th><th scope="col">${t('cadre')}</th><th scope="col">${t('from')}</th><th scope="col">${t('to')}</th><th scope="col">${t('period')}</th><th scope="col">${t('decision')}</th><th scope="col">${t('category')}</th></tr></thead>
<tbody>
${body}
</tbody></table>${next}`;
}

function planTable(page: PublicPage): string {
  const { language, plans } = page;
  const t = (key: PublicWord) => text(language, key);
  if (plans.length === 0) return `<p>${t('noPlans')}</p>`;
  // Counts only: the progress' ratings come from evaluations, which are personal, and stay out.
  const body = plans
    .map(
      ({ plan, progress }) => `<tr>
<th scope="row">${escapeHtml(plan.code)}</th>
<td>${escapeHtml(plan.title)}</td>
<td>${dayText(plan.periodStart)} – ${dayText(plan.periodEnd)}</td>
<td class="number">${progress.targetCount}</td>
<td class="number">${progress.subjects}</td>
<td class="number">${progress.rotated}</td>
<td class="number">${progress.active}</td>
<td class="number">${progress.completed}</td>
</tr>`,
    )
    .join('\n');
  return `<table id="plans"><caption>${t('plansCaption')}</caption>
<thead><tr><th scope="col">${t('planCode')}</th><th scope="col">${t('planTitle')}</th><th scope="col">${t('planPeriod')}</th><th scope="col" class="number">${t('planTarget')}</th><th scope="col" class="number">${t('planSubjects')}</th><th scope="col" class="number">${t('planRotated')}</th><th scope="col" class="number">${t('planActive')}</th><th scope="col" class="number">${t('planCompleted')}</th></tr></thead>
<tbody>
${body}
</tbody></table>`;
}

function periodForm(page: PublicPage): string {
  const { language } = page;
  const t = (key: PublicWord) => text(language, key);
  const lang = language === 'en' ? '<input type="hidden" name="lang" value="en">' : '';
  return `<form method="get" action="/cong-khai">
<fieldset><legend>${t('periodLegend')}</legend>
${lang}
<label for="from">${t('periodFrom')}</label><input type="date" id="from" name="from" value="${escapeHtml(page.from)}" required>
<label for="to">${t('periodTo')}</label><input type="date" id="to" name="to" value="${escapeHtml(page.to)}" required>
<button type="submit">${t('show')}</button>
</fieldset>
</form>`;
}

function documentOf(
  language: Language,
  title: string,
  switcher: string,
  content: string,
  footer = '',
): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
${switcher}
<h1>${title}</h1>
</header>
<main>
${content}
</main>
${footer}
</body>
</html>
`;
}

function switcherOf(language: Language, params: Record<string, string | null>): string {
  const other: Language = language === 'vi' ? 'en' : 'vi';
  const href = pageHref({ ...params, lang: other === 'en' ? 'en' : null });
  return `<nav aria-label="${text(language, 'otherLanguageLabel')}"><a href="${escapeHtml(href)}" lang="${other}" hreflang="${other}">${text(language, 'otherLanguage')}</a></nav>`;
}

export function publicPageHtml(page: PublicPage): string {
  const { language } = page;
  const t = (key: PublicWord) => text(language, key);
  const period = text(language, 'periodText', { from: dayText(page.from), to: dayText(page.to) });
  const content = `<p>${t('intro')}</p>
${periodForm(page)}
<section aria-labelledby="stats-heading">
<h2 id="stats-heading">${t('statsHeading')} ${period}</h2>
${statsTables(page)}
</section>
<section aria-labelledby="list-heading">
<h2 id="list-heading">${t('listHeading')}</h2>
${rotationList(page)}
</section>
<section aria-labelledby="plans-heading">
<h2 id="plans-heading">${t('plansHeading')}</h2>
${planTable(page)}
</section>`;
  return documentOf(
    language,
    t('title'),
    switcherOf(language, { from: page.from, to: page.to }),
    content,
    `<footer><p>${t('privacy')}</p></footer>`,
  );
}

/** A refused request, said in the page's own words, with the way back. */
export function publicErrorHtml(language: Language, message: string): string {
  const content = `<h2>${text(language, 'badRequest')}</h2>
<p>${escapeHtml(message)}</p>
<p><a href="${language === 'en' ? '/cong-khai?lang=en' : '/cong-khai'}">${text(language, 'backToPage')}</a></p>`;
  return documentOf(language, text(language, 'title'), switcherOf(language, {}), content);
}

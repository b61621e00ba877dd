import type { DecisionLayout, HeadingLine } from './decision-layout';
import { mm, renderPdf } from './pdf';

// The draft decision as PDF: the layout of decision-layout.ts (its comment cites the rules
// followed) in pdfmake terms.

const line = (heading: HeadingLine, extra: object = {}) => ({
  text: heading.text,
  fontSize: heading.size,
  bold: heading.bold ?? false,
  italics: heading.italic ?? false,
  decoration: heading.underline ? 'underline' : undefined,
  ...extra,
});

export function decisionPdf(layout: DecisionLayout, title: string): Promise<Buffer> {
  const body = layout.bodySize;
  return renderPdf({
    title,
    margins: [mm(30), mm(20), mm(15), mm(20)],
    fontSize: body,
    pageNumbers: true,
    content: [
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 'auto',
            table: {
              body: [[{ text: 'DỰ THẢO', bold: true, fontSize: 13, margin: [6, 2, 6, 2] }]],
            },
          },
        ],
        margin: [0, 0, 0, 6],
      },
      {
        columns: [
          {
            width: '38%',
            alignment: 'center',
            stack: [
              ...layout.issuerLines.map((heading) => line(heading)),
              ...(layout.star ? [{ text: '*', fontSize: 14 }] : [{ text: '―――', fontSize: 10 }]),
              line(layout.number, { margin: [0, 2, 0, 0] }),
            ],
          },
          {
            width: '62%',
            alignment: 'center',
            stack: [
              ...layout.titleLines.map((heading) => line(heading)),
              { text: ' ', fontSize: 6 },
              line(layout.placeAndDate, {
                alignment: layout.format === 'PARTY' ? 'right' : 'center',
              }),
            ],
          },
        ],
        columnGap: 8,
        margin: [0, 0, 0, 18],
      },
      line(layout.typeName, { alignment: 'center' }),
      line(layout.subject, { alignment: 'center' }),
      { text: '-----', alignment: 'center', margin: [0, 0, 0, 10] },
      { text: layout.authority, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      ...layout.grounds.map((ground) => ({
        text: ground,
        alignment: 'justify',
        italics: layout.format === 'STATE',
        leadingIndent: mm(10),
        margin: [0, 0, 0, 4],
      })),
      { text: layout.decides, bold: true, alignment: 'center', margin: [0, 8, 0, 8] },
      ...layout.articles.map((article) => ({
        text: [{ text: `${article.label} `, bold: true }, article.text],
        alignment: 'justify',
        leadingIndent: mm(10),
        margin: [0, 0, 0, 6],
      })),
      {
        columns: [
          {
            width: '45%',
            stack: [
              line(layout.recipientsLabel),
              ...layout.recipients.map((recipient) => ({
                text: recipient,
                fontSize: layout.recipientsSize,
              })),
            ],
          },
          {
            width: '55%',
            alignment: 'center',
            stack: [
              ...layout.signature.map((text) => ({ text, bold: true, fontSize: body })),
              { text: '\n\n\n' },
              { text: '(Dự thảo: chữ ký, dấu, họ và tên)', italics: true, fontSize: 12 },
            ],
          },
        ],
        margin: [0, 12, 0, 0],
        unbreakable: true,
      },
    ],
  });
}

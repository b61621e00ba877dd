import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DecisionLayout, HeadingLine } from './decision-layout';
import { tinosFace } from './pdf';

// The draft decision as a Word file to edit: the layout of decision-layout.ts (its comment
// cites the rules followed) in Word terms. Tinos is embedded, so the text keeps Times New
// Roman's metrics and every Vietnamese letter on a machine without the font; the heading is
// a borderless two-column table, as the rules' samples are typed.

const FONT = 'Tinos';
const TWIPS_PER_MM = 56.7;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

const run = (
  text: string,
  size: number,
  style: { bold?: boolean; italic?: boolean; underline?: boolean } = {},
) =>
  new TextRun({
    text: text.normalize('NFC'),
    font: FONT,
    size: size * 2,
    bold: style.bold ?? false,
    italics: style.italic ?? false,
    ...(style.underline ? { underline: {} } : {}),
  });

const centred = (heading: HeadingLine, spacingAfter = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: spacingAfter },
    children: [run(heading.text, heading.size, heading)],
  });

const cell = (children: Paragraph[], widthPercent: number) =>
  new TableCell({
    children,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
  });

export async function decisionDocx(layout: DecisionLayout, title: string): Promise<Buffer> {
  const body = layout.bodySize;
  const heading = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...layout.issuerLines.map((line) => centred(line)),
              centred({ text: layout.star ? '*' : '―――', size: layout.star ? 14 : 10 }),
              centred(layout.number),
            ],
            38,
          ),
          cell(
            [
              ...layout.titleLines.map((line) => centred(line)),
              new Paragraph({
                alignment: layout.format === 'PARTY' ? AlignmentType.RIGHT : AlignmentType.CENTER,
                spacing: { before: 120 },
                children: [
                  run(layout.placeAndDate.text, layout.placeAndDate.size, layout.placeAndDate),
                ],
              }),
            ],
            62,
          ),
        ],
      }),
    ],
  });
  const justified = (children: TextRun[]) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: Math.round(10 * TWIPS_PER_MM) },
      spacing: { after: 80 },
      children,
    });
  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({
                children: [
                  run(
                    layout.recipientsLabel.text,
                    layout.recipientsLabel.size,
                    layout.recipientsLabel,
                  ),
                ],
              }),
              ...layout.recipients.map(
                (recipient) => new Paragraph({ children: [run(recipient, layout.recipientsSize)] }),
              ),
            ],
            45,
          ),
          cell(
            [
              ...layout.signature.map((text) => centred({ text, size: body, bold: true })),
              new Paragraph({
                spacing: { before: 960 },
                alignment: AlignmentType.CENTER,
                children: [run('(Dự thảo: chữ ký, dấu, họ và tên)', 12, { italic: true })],
              }),
            ],
            55,
          ),
        ],
      }),
    ],
  });
  const document = new Document({
    title: title.normalize('NFC'),
    fonts: [
      {
        name: FONT,
        data: tinosFace('normal'),
        bold: tinosFace('bold'),
        italic: tinosFace('italics'),
        boldItalic: tinosFace('bolditalics'),
      },
    ],
    styles: { default: { document: { run: { font: FONT, size: body * 2 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: Math.round(20 * TWIPS_PER_MM),
              bottom: Math.round(20 * TWIPS_PER_MM),
              left: Math.round(30 * TWIPS_PER_MM),
              right: Math.round(15 * TWIPS_PER_MM),
            },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 120 },
            border: {
              top: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
              bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
              left: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
              right: { style: BorderStyle.SINGLE, size: 6, color: '000000' },
            },
            children: [run('DỰ THẢO', 13, { bold: true })],
          }),
          heading,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centred(layout.typeName),
          centred(layout.subject),
          centred({ text: '-----', size: body }, 160),
          centred({ text: layout.authority, size: body, bold: true }, 120),
          ...layout.grounds.map((ground) =>
            justified([run(ground, body, { italic: layout.format === 'STATE' })]),
          ),
          centred({ text: layout.decides, size: body, bold: true }, 120),
          ...layout.articles.map((article) =>
            justified([run(`${article.label} `, body, { bold: true }), run(article.text, body)]),
          ),
          new Paragraph({ spacing: { before: 200 }, children: [] }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

import { lastDayOf } from '@luanchuyen/domain';
import { CATEGORY_LABELS, RATING_LABELS } from '@luanchuyen/rules';
import { upper } from './decision-issuer';
import { placeAndDate } from './decision-heading';
import { mm, renderPdf } from './pdf';
import { dayText, lastDayText, monthText } from './paper-dates';
import { postsHeldOn } from './profile-data';
import type { ProfilePaper } from './profile-personal';
import { personalDataMessages } from '../personal-data/personal-data-messages';
import { ASSIGNMENT_KIND_TEXT, OUTCOME_TEXT, ROTATION_STATUS_TEXT, SEX_TEXT } from './profile-text';

// A cadre's profile laid out as the Party's cadre curriculum vitae, Mẫu 2C/TCTW-98 ("Sơ yếu
// lý lịch cán bộ", Ban Tổ chức Trung ương, 1998): the form's mark top right, the photo box,
// the identity block with numbered lines, "Tóm tắt quá trình công tác" as a two-column table
// (từ tháng, năm đến tháng, năm | chức danh, chức vụ, đơn vị công tác), then the rotations,
// the succession pool and the yearly evaluations ("Nhận xét, đánh giá"), and the signatures.
// Lines the registry does not keep (ethnicity, religion, Party admission, education…) are
// printed with dots, as the blank form is, for the Board to complete by hand. A4 portrait,
// margins 20/15/20/30 mm, 13 pt body.

const DOTS = '……………………………………………………';
const BLANK = { text: DOTS, color: '#555555' };

const line = (number: string, label: string, value: string | object) => ({
  text: [
    { text: `${number}) ${label}: ` },
    typeof value === 'string' ? { text: value, bold: true } : value,
  ],
  margin: [0, 1, 0, 1],
});

const head = (text: string) => ({ text, bold: true, alignment: 'center' });
const section = (text: string) => ({ text, bold: true, fontSize: 13, margin: [0, 10, 0, 4] });
const empty = (text: string) => ({ text, italics: true, margin: [0, 0, 0, 4] });

function birthText(profile: ProfilePaper): object {
  if (profile.hiddenPersonalData) {
    const { ageBand, retirementYear } = profile.hiddenPersonalData;
    const band = ageBand ? { text: ageBand, bold: true } : BLANK;
    const retires = retirementYear ? `; năm nghỉ hưu: ${retirementYear}` : '';
    return { text: ['(nhóm tuổi: ', band, `${retires})`] };
  }
  if (profile.birthDate) {
    const [year, month, day] = profile.birthDate.split('-');
    return { text: `ngày ${day} tháng ${month} năm ${year}`, bold: true };
  }
  if (profile.birthYear) return { text: `năm ${profile.birthYear}`, bold: true };
  return BLANK;
}

export function profilePdf(profile: ProfilePaper): Promise<Buffer> {
  const current = postsHeldOn(profile, profile.today);
  const career =
    profile.career.length === 0
      ? empty('Chưa có quá trình công tác trong cơ sở dữ liệu.')
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [110, '*'],
            body: [
              [head('Từ tháng, năm đến tháng, năm'), head('Chức danh, chức vụ, đơn vị công tác')],
              ...profile.career.map((row) => [
                {
                  text: `${monthText(row.startDate)} – ${row.endDate ? monthText(lastDayOf(row.endDate)) : 'nay'}`,
                  alignment: 'center',
                },
                {
                  text: [
                    `${row.title}, ${row.unit}`,
                    {
                      text: ` (${ASSIGNMENT_KIND_TEXT[row.kind]}${row.decision ? `; Quyết định số ${row.decision}` : ''})`,
                      italics: true,
                    },
                  ],
                },
              ]),
            ],
          },
          fontSize: 12,
        };
  const rotations =
    profile.rotations.length === 0
      ? empty('Chưa được luân chuyển.')
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [26, 74, '*', '*', 90],
            body: [
              [
                head('STT'),
                head('Thời gian'),
                head('Từ chức vụ, đơn vị'),
                head('Đến chức vụ, đơn vị'),
                head('Loại, kết quả'),
              ],
              ...profile.rotations.map((row, index) => [
                { text: String(index + 1), alignment: 'center' },
                {
                  text: `${dayText(row.startDate)} – ${lastDayText(row.endDate ?? row.plannedEndDate)}${row.endDate ? '' : ' (dự kiến)'}`,
                  alignment: 'center',
                },
                `${row.fromPost}, ${row.fromUnit}`,
                `${row.toPost}, ${row.toUnit}${row.decision ? ` (Quyết định số ${row.decision})` : ''}`,
                `${CATEGORY_LABELS[row.category].vi}; ${row.outcome ? OUTCOME_TEXT[row.outcome] : ROTATION_STATUS_TEXT[row.status]}`,
              ]),
            ],
          },
          fontSize: 11,
        };
  const pool =
    profile.pool.length === 0
      ? empty('Chưa có trong quy hoạch.')
      : {
          ul: profile.pool.map(
            (entry) => `${entry.targetTitle}, nhiệm kỳ ${entry.termStart}–${entry.termEnd}`,
          ),
        };
  const hidden = profile.hiddenPersonalData !== null;
  const notPrinted = empty('Không in: dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP).');
  const evaluations = hidden
    ? notPrinted
    : profile.evaluations.length === 0
      ? empty('Chưa có kết quả đánh giá, xếp loại trong cơ sở dữ liệu.')
      : {
          table: {
            headerRows: 1,
            widths: [50, '*', 50, 70],
            body: [
              [head('Năm'), head('Xếp loại chất lượng'), head('Điểm'), head('Kỷ luật')],
              ...profile.evaluations.map((row) => [
                { text: String(row.year), alignment: 'center' },
                `${RATING_LABELS[row.rating].vi}${row.evaluator ? ` (${row.evaluator})` : ''}`,
                { text: row.score === null ? '' : String(row.score), alignment: 'center' },
                { text: row.disciplined ? 'Có' : 'Không', alignment: 'center' },
              ]),
            ],
          },
          fontSize: 12,
        };
  return renderPdf({
    title: `Sơ yếu lý lịch cán bộ ${profile.fullName}`,
    margins: [mm(30), mm(20), mm(15), mm(20)],
    fontSize: 13,
    pageNumbers: true,
    content: [
      { text: 'Mẫu 2C/TCTW-98', alignment: 'right', fontSize: 11, italics: true },
      {
        columns: [
          {
            width: 90,
            table: {
              widths: [80],
              heights: [106],
              body: [
                [
                  {
                    text: 'Ảnh màu\n(4 × 6 cm)',
                    alignment: 'center',
                    fontSize: 10,
                    margin: [0, 40, 0, 0],
                  },
                ],
              ],
            },
          },
          {
            width: '*',
            stack: [
              {
                text: 'SƠ YẾU LÝ LỊCH CÁN BỘ',
                fontSize: 16,
                bold: true,
                alignment: 'center',
                margin: [0, 20, 0, 6],
              },
              ...(profile.isSample
                ? [
                    {
                      text: '(người trong dữ liệu mẫu)',
                      italics: true,
                      alignment: 'center',
                      fontSize: 11,
                    },
                  ]
                : []),
              {
                text: `Số hiệu cán bộ: ${DOTS}`,
                alignment: 'center',
                fontSize: 12,
                margin: [0, 8, 0, 0],
              },
            ],
          },
        ],
        margin: [0, 4, 0, 10],
      },
      // Said on the paper itself, so a copy passed on still tells what it leaves out.
      ...(hidden
        ? [
            {
              text: personalDataMessages.paperNotice.vi,
              italics: true,
              fontSize: 11,
              margin: [0, 0, 0, 6],
            },
          ]
        : []),
      line('1', 'Họ và tên khai sinh', upper(profile.fullName)),
      line('2', 'Tên gọi khác', BLANK),
      {
        text: [
          '3) Sinh ',
          birthText(profile),
          '    Giới tính: ',
          profile.sex ? { text: SEX_TEXT[profile.sex], bold: true } : BLANK,
        ],
        margin: [0, 1, 0, 1],
      },
      line('4', 'Nơi sinh', BLANK),
      line(
        '5',
        'Quê quán',
        hidden
          ? { text: '(không in: dữ liệu cá nhân)', italics: true }
          : (profile.homeArea ?? BLANK),
      ),
      line('6', 'Dân tộc', BLANK),
      line('7', 'Tôn giáo', BLANK),
      line(
        '8',
        'Chức vụ hiện tại',
        current.length === 0 ? BLANK : current.map((row) => `${row.title}, ${row.unit}`).join('; '),
      ),
      line('9', 'Ngày vào Đảng', BLANK),
      line('10', 'Trình độ chuyên môn, lý luận chính trị', BLANK),
      section('11) TÓM TẮT QUÁ TRÌNH CÔNG TÁC'),
      career,
      section('12) QUÁ TRÌNH LUÂN CHUYỂN'),
      rotations,
      section('13) QUY HOẠCH'),
      pool,
      section('14) NHẬN XÉT, ĐÁNH GIÁ (kết quả đánh giá, xếp loại hằng năm)'),
      evaluations,
      {
        columns: [
          {
            width: '50%',
            alignment: 'center',
            stack: [
              { text: ' ' },
              { text: 'Người khai', bold: true },
              {
                text: 'Tôi xin cam đoan những lời khai trên là đúng sự thật',
                italics: true,
                fontSize: 11,
              },
              { text: '(Ký tên, ghi rõ họ tên)', italics: true, fontSize: 11 },
            ],
          },
          {
            width: '50%',
            alignment: 'center',
            stack: [
              { text: placeAndDate(null, null), italics: true },
              {
                text: upper('Thủ trưởng cơ quan, đơn vị quản lý và sử dụng cán bộ'),
                bold: true,
                fontSize: 12,
              },
              { text: '(Ký tên, đóng dấu)', italics: true, fontSize: 11 },
            ],
          },
        ],
        margin: [0, 16, 0, 0],
        unbreakable: true,
      },
      {
        text: `In từ cơ sở dữ liệu ngày ${dayText(profile.today)}.`,
        fontSize: 10,
        italics: true,
        margin: [0, 40, 0, 0],
      },
    ],
  });
}

import {
  AlignmentType,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';

/**
 * The look of a Chinese government document (after GB/T 9704 党政机关公文格式): A4, title in
 * 宋体 二号 bold, body in 仿宋 三号 with exact 28-point lines and a two-character first-line
 * indent, first-level headings (一、) in 黑体, second-level ((一)) in 楷体, tables in 宋体,
 * page numbers 「— 1 —」 at the foot. The fonts are named, not embedded: Word uses them where
 * they are installed (Windows has all four), other programs their own CJK fonts.
 */
export const FONT = { fangsong: '仿宋', song: '宋体', hei: '黑体', kai: '楷体', latin: 'Times New Roman' } as const;

/** Font sizes in half-points, by their Chinese names. */
export const SIZE = { er: 44, san: 32, si: 28, xiaosi: 24, wu: 21, xiaowu: 18, liu: 15 } as const;

/** A4 and the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
const MM = 56.7;
export const PAGE = { width: 11906, height: 16838, top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };

/** The width between the margins (twips): what every table and image is sized to. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The same width in pixels at 96 to the inch (how docx sizes images). */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

/** Characters XML 1.0 does not allow (a document's text may carry them; Word refuses a file that has them). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as it goes into the document: plain text (docx escapes markup), without characters XML cannot hold. */
export const docText = (text: string): string => text.replace(XML_INVALID, '');

const font = (eastAsia: string) => ({ ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin });

/** A run of text in a font and size. */
export const run = (text: string, eastAsia: string, size: number, extra: Omit<IRunOptions, 'text' | 'font' | 'size'> = {}) =>
  new TextRun({ text: docText(text), font: font(eastAsia), size, language: LANGUAGE, ...extra });

/** Simplified Chinese: a program without the named fonts then picks a Simplified Chinese face for the text. */
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };

const EXACT_28 = { line: 560, lineRule: LineRuleType.EXACT };

/** The document's styles: body text and the two heading levels (Word's Heading 1 and 2, so its navigation pane lists them). */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: font(FONT.fangsong), size: SIZE.san, language: LANGUAGE }, paragraph: { spacing: EXACT_28 } },
  },
  paragraphStyles: [
    {
      id: 'Heading1',
      name: 'Heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONT.hei), size: SIZE.san, bold: false, color: '000000' },
      paragraph: { spacing: { ...EXACT_28, before: 0, after: 0 }, indent: { firstLine: 640 }, keepNext: true },
    },
    {
      id: 'Heading2',
      name: 'Heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font(FONT.kai), size: SIZE.san, bold: false, color: '000000' },
      paragraph: { spacing: { ...EXACT_28, before: 0, after: 0 }, indent: { firstLine: 640 }, keepNext: true },
    },
  ],
};

/** A4 portrait with the margins above, page numbers from 1. */
export const SECTION_PROPERTIES: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: Math.round(25 * MM) },
    pageNumbers: { start: 1 },
  },
};

/** 「— 1 —」 centred at the foot of each page, 宋体 四号. */
export const PAGE_NUMBER_FOOTER = new Footer({
  children: [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.song), size: SIZE.si })],
    }),
  ],
});

/** The title: 宋体 二号 bold, centred. */
export const title = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: [run(text, FONT.song, SIZE.er, { bold: true })] });

/** A centred line under the title (楷体). */
export const subtitle = (text: string) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...EXACT_28, after: 280 }, children: [run(text, FONT.kai, SIZE.san)] });

/** 一、… */
export const heading1 = (text: string) => new Paragraph({ style: 'Heading1', children: [run(text, FONT.hei, SIZE.san)] });

/** (一)… */
export const heading2 = (text: string) => new Paragraph({ style: 'Heading2', children: [run(text, FONT.kai, SIZE.san)] });

/** A body paragraph: 仿宋 三号, two characters indented. */
export const body = (text: string, options: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ indent: { firstLine: 640 }, ...options, children: [run(text, FONT.fangsong, SIZE.san)] });

/** A table's or figure's caption: 黑体 小四, centred. */
export const caption = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60, line: 360, lineRule: LineRuleType.EXACT }, children: [run(text, FONT.hei, SIZE.xiaosi)] });

/** A note under a table: 仿宋 小五, single-spaced. */
export const note = (text: string) =>
  new Paragraph({ spacing: { before: 40, after: 120, line: 280, lineRule: LineRuleType.EXACT }, children: [run(text, FONT.fangsong, SIZE.xiaowu)] });

import { AlignmentType, BorderStyle, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { FONT, SIZE, TEXT_WIDTH, run } from './officialStyle';

export interface TableColumn {
  header: string;
  /** Share of the text width (relative to the other columns). */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Column widths in twips that fill the text width exactly (the last column takes the rounding). */
export function columnWidths(columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * TEXT_WIDTH));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(text: string, width: number, align: TableColumn['align'], size: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 45, right: 45 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E9EC' } } : {}),
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : ALIGN[align ?? 'left'],
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [run(line, header ? FONT.hei : FONT.song, size)],
        }),
    ),
  });
}

/**
 * A bordered table the width of the text, fixed layout (Word and LibreOffice keep the widths
 * and wrap long text inside its cell), header row repeated on every page, 宋体 小五.
 * Cells are plain text; a line break in a text starts a new line in its cell.
 */
export function dataTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], size: number = SIZE.xiaowu): Table {
  const widths = columnWidths(columns);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i]!, 'center', size, true)) });
  const body = rows.map((r) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', widths[i]!, c.align, size, false)) }));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [header, ...body],
  });
}

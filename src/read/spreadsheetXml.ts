import { declaredXmlEncoding, isUtf8Declared } from './xmlDeclaration';

/** An empty cell written as one tag (`<Cell ss:MergeAcross="2" ss:StyleID="s70"/>`) that a merge spreads over several cells. */
const EMPTY_MERGED_CELL = /<Cell\b([^<>]*?\bss:Merge(?:Across|Down)\s*=\s*["'][^"']*["'][^<>]*?)\s*\/>/g;

/**
 * An Excel 2003 XML workbook (SpreadsheetML) as SheetJS reads it right: an empty merged cell written as one tag is
 * written as an element with its end tag. Excel and the budget systems' export templates write empty merged cells so
 * (`gxxmjxmbsb24.ftl`, `jxdeptselfevalxls.ftl` in https://github.com/qnqf-xxn/ifmis), and SheetJS 0.20.3 neither
 * records such a cell's merge nor moves past its columns: every later cell of its row lands one or more columns left
 * (a funds header's 年初预算数 under the row label's column). A workbook in another declared encoding is left as it is.
 */
export function withMergedCellsClosed(bytes: Uint8Array): Uint8Array {
  if (!isUtf8Declared(declaredXmlEncoding(bytes))) return bytes;
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!EMPTY_MERGED_CELL.test(text)) return bytes;
  EMPTY_MERGED_CELL.lastIndex = 0;
  return new TextEncoder().encode(text.replace(EMPTY_MERGED_CELL, '<Cell$1></Cell>'));
}

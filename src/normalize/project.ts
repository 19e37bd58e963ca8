import { cutSimplifiedSuffix } from './simplifiedChars';
import { collapseName, toHalfWidth } from './text';

/** A project cell split into its budget-system code and its name. */
export interface ProjectName {
  readonly code: string | null;
  readonly name: string;
}

/**
 * A budget system's project code before the name: `51142421R000000031207-`, `51000021R000000019951－`
 * (a run of digits and capitals, digits among them, then a dash), or in a cell of its own before the name's
 * (`360000241000000012345 | 农村饮水…`: the run then stands right before the name's first character).
 */
const CODE_PREFIX = /^((?=[0-9A-Z]*\d)[0-9A-Z]{10,})(?:\s*[-－—_]\s*|\s*(?=[\u4e00-\u9fff]))/u;

/** The form's title printed into the name cell (`…补助经费支出绩效自评表`): not part of the name. */
const TITLE_SUFFIX = /(?:项目)?支出绩效自评表$/u;

/** A 项目名称 cell → code (else null) and name (whitespace collapsed, the code and a title suffix cut off). */
export function parseProject(text: string): ProjectName {
  const collapsed = collapseName(toHalfWidth(text));
  const match = CODE_PREFIX.exec(collapsed);
  const name = collapseName(match ? collapsed.slice(match[0].length) : text);
  // (Matched in simplified characters: a traditional `…項目支出績效自評表` is cut alike, the name kept as printed.)
  const untitled = cutSimplifiedSuffix(name, TITLE_SUFFIX);
  return { code: match ? match[1]! : null, name: untitled === '' ? name : untitled };
}

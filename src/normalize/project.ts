import { collapseName, toHalfWidth } from './text';

/** A project cell split into its budget-system code and its name. */
export interface ProjectName {
  readonly code: string | null;
  readonly name: string;
}

/**
 * A budget system's project code before the name: `51142421R000000031207-`, `51000021R000000019951－`
 * (a run of digits and capitals, digits among them, then a dash).
 */
const CODE_PREFIX = /^((?=[0-9A-Z]*\d)[0-9A-Z]{10,})\s*[-－—_]\s*/;

/** A 项目名称 cell → code (else null) and name (whitespace collapsed, the code cut off). */
export function parseProject(text: string): ProjectName {
  const collapsed = collapseName(toHalfWidth(text));
  const match = CODE_PREFIX.exec(collapsed);
  return match ? { code: match[1]!, name: collapseName(collapsed.slice(match[0].length)) } : { code: null, name: collapseName(text) };
}

import { simplifiedChars } from './simplifiedChars';
import { collapseName, toHalfWidth } from './text';

/**
 * A 三级指标 cell → the indicator's name: whitespace collapsed, and the row
 * label some templates print before it (`指标1：培训次数` → `培训次数`) removed,
 * so that the same indicator reads the same in a target table and a self-evaluation.
 */
export function indicatorName(text: string): string {
  const name = collapseName(text);
  // The label is matched in simplified characters (`指標1：`); the name stays as printed.
  const label = /^指标\s*\d+\s*[:：]\s*/.exec(simplifiedChars(toHalfWidth(name)));
  return label ? name.slice(label[0].length) : name;
}

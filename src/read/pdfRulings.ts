import type { Ruling } from './ruledTables';

/** pdf.js's operator codes this module reads (`OPS` of pdfjs-dist). */
export interface OperatorCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly endPath: number;
}

/** pdf.js's path-data codes (`DrawOPS`): moveTo, lineTo, curveTo, quadraticCurveTo, closePath. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** Shorter lines are glyph parts or ticks, not cell borders. */
const MIN_LENGTH = 3;
/** A line this far off horizontal or vertical is slanted (a drawing). */
const STRAIGHT = 1;

type Matrix = readonly [number, number, number, number, number, number];

/**
 * The straight horizontal and vertical lines a page strokes or fills (cell borders; a border
 * filled as a thin rectangle gives its two long edges), from its operator list, in page
 * coordinates through `toPage`. Paths only used to clip are left out.
 */
export function pdfRulings(
  operators: { readonly fnArray: readonly number[]; readonly argsArray: readonly unknown[] },
  codes: OperatorCodes,
  toPage: (x: number, y: number) => readonly number[],
): Ruling[] {
  const rulings: Ruling[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[] | null;
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? ctm;
    else if (fn === codes.transform && args) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === codes.constructPath && args && args[0] !== codes.endPath) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) rulings.push(...straightLines(data, (x, y) => toPage(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5])));
    }
  });
  return rulings;
}

function straightLines(data: ArrayLike<number>, point: (x: number, y: number) => readonly number[]): Ruling[] {
  const out: Ruling[] = [];
  let start: readonly number[] | null = null;
  let current: readonly number[] | null = null;
  const add = (from: readonly number[], to: readonly number[]) => {
    const [x1 = 0, y1 = 0] = from;
    const [x2 = 0, y2 = 0] = to;
    const horizontal = Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) >= MIN_LENGTH;
    const vertical = Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) >= MIN_LENGTH;
    if (horizontal) out.push({ x1: Math.min(x1, x2), y1: (y1 + y2) / 2, x2: Math.max(x1, x2), y2: (y1 + y2) / 2 });
    if (vertical) out.push({ x1: (x1 + x2) / 2, y1: Math.min(y1, y2), x2: (x1 + x2) / 2, y2: Math.max(y1, y2) });
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === MOVE_TO) {
      current = start = point(data[i + 1]!, data[i + 2]!);
      i += 3;
    } else if (op === LINE_TO) {
      const next = point(data[i + 1]!, data[i + 2]!);
      if (current) add(current, next);
      current = next;
      i += 3;
    } else if (op === CURVE_TO) {
      current = point(data[i + 5]!, data[i + 6]!);
      i += 7;
    } else if (op === QUADRATIC_CURVE_TO) {
      current = point(data[i + 3]!, data[i + 4]!);
      i += 5;
    } else if (op === CLOSE_PATH) {
      if (current && start) add(current, start);
      current = start;
      i += 1;
    } else {
      break;
    }
  }
  return out;
}

/** `m` applied after `ctm` (PDF's `cm`: the new matrix is m × ctm). */
function multiply(m: Matrix, ctm: Matrix): Matrix {
  return [
    m[0] * ctm[0] + m[1] * ctm[2],
    m[0] * ctm[1] + m[1] * ctm[3],
    m[2] * ctm[0] + m[3] * ctm[2],
    m[2] * ctm[1] + m[3] * ctm[3],
    m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
    m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
  ];
}

import { describe, expect, it } from 'vitest';
import { pdfRulings } from '../../src/read/pdfRulings';

const CODES = { save: 10, restore: 11, transform: 12, constructPath: 91, endPath: 28 };
const STROKE = 20;
const FILL = 22;
/** pdf.js path data: 0 moveTo x y, 1 lineTo x y, 4 closePath. */
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];
const flip = (x: number, y: number) => [x, 842 - y];

describe('pdfRulings', () => {
  it('takes stroked lines and the long edges of thin filled rectangles, through the current matrix, in page coordinates', () => {
    const rulings = pdfRulings(
      {
        fnArray: [CODES.constructPath, CODES.save, CODES.transform, CODES.constructPath, CODES.restore, CODES.constructPath, CODES.constructPath],
        argsArray: [
          [STROKE, [[0, 56, 592, 1, 567, 592]], null],
          null,
          [1, 0, 0, 1, 100, 10],
          [FILL, [rect(0, 500, 0.5, 40)], null],
          null,
          [STROKE, [[0, 60, 100, 1, 61.5, 100, 0, 70, 100, 1, 80, 130]], null],
          [CODES.endPath, [rect(0, 0, 595, 842)], null],
        ],
      },
      CODES,
      flip,
    );
    expect(rulings).toEqual([
      { x1: 56, y1: 250, x2: 567, y2: 250 },
      { x1: 100.5, y1: 292, x2: 100.5, y2: 332 },
      { x1: 100, y1: 292, x2: 100, y2: 332 },
    ]);
  });
});

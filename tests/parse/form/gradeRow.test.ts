import { describe, expect, it } from 'vitest';
import { readGrade } from '../../../src/parse/form/gradeRow';
import { tabRow } from '../support/rows';

describe('gradeRow', () => {
  it('reads the grade after a misread label end, and none after a label alone (003 lines 308, 74)', () => {
    expect(readGrade(tabRow(308, '评分等\t纵\t\t\t优\t\t\t\t'))).toEqual({ text: '优', line: 308 });
    expect(readGrade(tabRow(74, '评分等\t评分等级\t\t\t\t\t\t\t'))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { commonSubsequenceToPrefixes, distancesToPrefixes, editDistance } from '../../src/normalize/editDistance';

describe('editDistance and its prefix rows', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('上海市普萨区人民政府办公室', '上海市普陀区人民政府办公室')).toBe(1);
    expect(editDistance('立上海市普陀区人民政府守办公室', '上海市普陀区人民政府办公室')).toBe(2);
    expect(editDistance('', '公室')).toBe(2);
  });
  it('gives the distance and common subsequence to every prefix', () => {
    expect(distancesToPrefixes('政府力', '政府办公室')).toEqual([3, 2, 1, 1, 2, 3]);
    expect(commonSubsequenceToPrefixes('政府力', '政府办公室')).toEqual([0, 1, 2, 2, 2, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { assembleLevelLabels, level1For, level2For } from '../../../src/parse/form/levelLabels';

// 003 form 6, lines 110–128: the 二级 column (cells as printed) and the 一级 column.
const LEVEL2 = [
  [110, '数量 指标'],
  [111, '质量'],
  [112, '指标'],
  [113, '时效'],
  [114, '指标'],
  [115, '经济'],
  [116, '效益'],
  [117, '指标'],
  [118, '社会'],
  [119, '效益 指标'],
  [120, '可持'],
  [121, '续影'],
  [122, '响指'],
  [123, '标'],
  [124, '服务'],
  [125, '对象'],
  [126, '满意'],
  [127, '度指'],
  [128, '标'],
] as const;
const LEVEL1 = [
  [111, '产出'],
  [112, '指标'],
  [118, '***'],
  [119, '対益 指标'],
  [120, '1日7小'],
  [125, '满意'],
  [126, '度指'],
  [127, '标'],
] as const;
const fragments = (rows: readonly (readonly [number, string])[]) => rows.map(([line, text]) => ({ line, text }));

describe('assembleLevelLabels', () => {
  it('joins label fragments over lines (tokens of a line keep their space, lines join with \\n)', () => {
    const labels = assembleLevelLabels(fragments(LEVEL2), 'level2');
    expect(labels.map((label) => [label.cell.text, label.firstLine, label.lastLine])).toEqual([
      ['数量 指标', 110, 110],
      ['质量\n指标', 111, 112],
      ['时效\n指标', 113, 114],
      ['经济\n效益\n指标', 115, 117],
      ['社会\n效益 指标', 118, 119],
      ['可持\n续影\n响指\n标', 120, 123],
      ['服务\n对象\n满意\n度指\n标', 124, 128],
    ]);
  });

  it('skips OCR noise in the label column (`***`, `1日7小`)', () => {
    expect(assembleLevelLabels(fragments(LEVEL1), 'level1').map((label) => label.cell.text)).toEqual([
      '产出\n指标',
      '対益 指标',
      '满意\n度指\n标',
    ]);
  });

  it('starts a new label at a token of another family (003 lines 224–227) or a whole label (`服对满度标`)', () => {
    const labels = assembleLevelLabels(
      fragments([
        [224, '可持 续影 响指'],
        [225, '服务'],
        [227, '对 满 度 标'],
        [245, '社会 效益'],
        [246, '标 可持'],
        [247, '服对满度标'],
      ]),
      'level2',
    );
    expect(labels.map((label) => label.cell.text)).toEqual(['可持 续影 响指', '服务\n对 满 度 标', '社会 效益\n标', '可持', '服对满度标']);
  });
});

describe('level1For / level2For', () => {
  const level2 = assembleLevelLabels(fragments(LEVEL2), 'level2');
  const level1 = assembleLevelLabels(fragments(LEVEL1), 'level1');

  it('gives a row the 二级 label spanning it', () => {
    expect(level2For(level2, 122)?.cell.text).toBe('可持\n续影\n响指\n标');
    expect(level2For(level2, 126)?.cell.text).toBe('服务\n对象\n满意\n度指\n标');
  });

  it('gives a row the 一级 label of its 二级 family, even when the row is outside that label', () => {
    expect(level1For(level1, 110, level2For(level2, 110))?.cell.text).toBe('产出\n指标');
    expect(level1For(level1, 113, level2For(level2, 113))?.cell.text).toBe('产出\n指标');
    expect(level1For(level1, 116, level2For(level2, 116))?.cell.text).toBe('対益 指标');
    expect(level1For(level1, 126, level2For(level2, 126))?.cell.text).toBe('满意\n度指\n标');
  });

  it('is null when the family has no 一级 label in the form', () => {
    const onlyOutput = assembleLevelLabels(fragments([[111, '产出'], [112, '指标']]), 'level1');
    expect(level1For(onlyOutput, 126, level2For(level2, 126))).toBeNull();
  });
});

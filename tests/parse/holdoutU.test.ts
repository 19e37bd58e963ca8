/**
 * What the tenth hold-out's real pages (tests/fixtures/README.md, "Fixtures u-01 … u-13") showed the recognizer missing, each
 * in a few lines of its layout (names and figures invented).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/parseDocument';

const text = (...lines: string[]): string => lines.join('\n');

describe('the u- hold-out', () => {
  it('reads an allocation table headed `序号 镇、村 项目名称 …` as structure, not as a target table (u-06)', () => {
    const doc = parseDocument(
      text(
        '  附件:1.2024年中央财政衔接推进老区乡村振兴补助项目资金分配表',
        '',
        '        2.中央财政衔接推进老区乡村振兴补助资金绩效目标表',
        '',
        ' 附件1',
        '',
        '  2024年中央财政衔接推进老区乡村振兴补助项目资金分配表',
        '',
        '序号 镇、村 项目名称 项目内容 资金投入(万元) 补助金额(万元)',
        '1 螺阳镇溪东村 村道硬化建设 全长约600米,宽3.5米,混凝土路面。 30 9',
        '合计     9',
        '',
        '  附件2',
        '',
        '中央财政衔接推进老区乡村振兴补助资金绩效目标表',
        '',
        '项目名称 中央财政衔接推进老区乡村振兴补助资金',
      ),
      'notice.txt',
    );
    expect(doc.targetTables.map((table) => table.project?.text)).toEqual(['中央财政衔接推进老区乡村振兴补助资金']);
    expect(doc.selfEvaluations).toHaveLength(0);
  });
});

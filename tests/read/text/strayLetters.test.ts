import { describe, expect, it } from 'vitest';
import { withoutStrayLetters } from '../../../src/read/text/strayLetters';

describe('withoutStrayLetters', () => {
  it('drops the lone letters OCR read from a scan’s rulings between cells (w-04)', () => {
    expect(withoutStrayLetters('项目名称 t 退役军人服务档案数字化 j 项目代码 11011226T000005108')).toBe('项目名称 退役军人服务档案数字化 项目代码 11011226T000005108');
    expect(withoutStrayLetters('主管部门 l 北京市通州区退役军人事务局 f 实施单位 | 北京市通州区退役军人服务中心 y')).toBe(
      '主管部门 北京市通州区退役军人事务局 实施单位 | 北京市通州区退役军人服务中心',
    );
    expect(withoutStrayLetters('年度预算 ( 万元 ) 68.40 e 其中 财政拨款 68.40 n 其他资金 0.00 r')).toBe('年度预算 ( 万元 ) 68.40 其中 财政拨款 68.40 其他资金 0.00');
    expect(withoutStrayLetters('产出指标 质量指标 数字化图像合格率 ≥99 % rn')).toBe('产出指标 质量指标 数字化图像合格率 ≥99 %');
  });

  it('keeps units after figures, words of Latin letters and capitals', () => {
    for (const text of ['改造道路长度 5 km 其中', '年产量 12 t 其中', '填报人 张 X 审核人 李 X', '系统名称 OA 办公系统', 'Excel 文件 abc 模板']) {
      expect(withoutStrayLetters(text)).toBe(text);
    }
  });
});

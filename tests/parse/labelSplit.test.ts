import { describe, expect, it } from 'vitest';
import { splitAtLabels } from '../../src/parse/labelSplit';

const pieces = (text: string) => splitAtLabels(text).map((piece) => [piece.text, piece.label]);

describe('splitAtLabels', () => {
  it('finds a label printed with a full-width colon or brackets inside it (其中：财政拨款, 部门（单位）名称) whole', () => {
    expect(splitAtLabels('年度资金总额 520.00 其中：财政拨款 480.00')).toEqual([
      { text: '年度资金总额', label: true },
      { text: '520.00', label: false },
      { text: '其中：财政拨款', label: true },
      { text: '480.00', label: false },
    ]);
    expect(splitAtLabels('部门（单位）名称青禾县卫生健康局').map((piece) => piece.text)).toEqual(['部门（单位）名称', '青禾县卫生健康局']);
  });

  it('cuts a title that names its funds out of run-together text whole, its year with it (a notice\'s attachment)', () => {
    expect(pieces('补助24植保补助附件22023年省级财政林草专项资金(第二批)区域绩效目标表资金名称省级财政林草专项资金主管部门广元市某县林业局中央补助年度金额(万元)88.5')).toEqual([
      ['补助24植保补助附件2', false],
      ['2023年省级财政林草专项资金(第二批)区域绩效目标表', true],
      ['资金名称', true],
      ['省级财政林草专项资金', false],
      ['主管部门', true],
      ['广元市某县林业局', false],
      ['中央补助年度金额(万元)', true],
      ['88.5', false],
    ]);
  });

  it('keeps a title without a year as it was cut (`附件: 项目支出绩效自评表 (2022年度)`)', () => {
    expect(pieces('某某某某某某某某某某某某某某某某某某某某某附件: 项目支出绩效自评表 (2022年度) 项目名称 某项目 主管部门 某局 实施单位 某中心')[1]).toEqual(['项目支出绩效自评表 (2022年度)', true]);
  });

  it('keeps a short cell whole that ends in a title: its words are no label misread (`预算绩效目标` is not 预期绩效目标)', () => {
    // A school's name and the date run into the title's cell (one cell per line, the lines before the title unmarked).
    expect(pieces('宁夏某某路中学\n2019年2月26日\n自治区本级部门2019年项目支出预算绩效目标表')).toEqual([['宁夏某某路中学\n2019年2月26日\n自治区本级部门2019年项目支出预算绩效目标表', false]]);
  });

  it('takes no misread label whose tail is a label as printed (`…服务中心主管部门`: 中心 ends a name, not 中央主管部门 misread)', () => {
    // A long cover run into one cell (OCR misreadings are looked for), the unit's name ending in 中心 right before 主管部门.
    expect(pieces('项目名称:某县渡口安全管护项目单位:某县渡口安全管护中心\n主管部门:某县水运事务中心评价方式:部门(单位)绩效自评').slice(2, 6)).toEqual([
      ['项目单位:', true],
      ['某县渡口安全管护中心', false],
      ['主管部门:', true],
      ['某县水运事务中心', false],
    ]);
  });
});


import { describe, expect, it } from 'vitest';
import { fileNameStem } from '../../src/normalize/documentFileName';

describe('fileNameStem', () => {
  it('gives the name of an office or PDF file without its extension, whatever its case, a closing 》 after it', () => {
    expect(fileNameStem('广水市卫生健康局2023年整体绩效目标申报.pdf')).toBe('广水市卫生健康局2023年整体绩效目标申报');
    expect(fileNameStem(' 广水市水利和湖泊局2021年度项目自评表.DOCX ')).toBe('广水市水利和湖泊局2021年度项目自评表');
    expect(fileNameStem('《2022年度项目支出绩效自评表.xls》')).toBe('《2022年度项目支出绩效自评表');
    expect(fileNameStem('附件.wps')).toBe('附件');
  });

  it('is null for a text that is no such file name', () => {
    expect(fileNameStem('2023年度项目支出绩效自评表')).toBeNull();
    expect(fileNameStem('图片.png')).toBeNull();
    expect(fileNameStem('见附件.pdf说明')).toBeNull();
  });
});

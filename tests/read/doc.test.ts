import { CFB } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/read/doc';
import { readDocx } from '../../src/read/docx';
import { fixture, layout, rowWith } from './support/fixtures';

/** form.doc with its WordDocument stream changed by `edit` (the FIB's fields are little-endian at fixed offsets). */
function editedDoc(edit: (word: Uint8Array) => void): Uint8Array {
  const container = CFB.read(fixture('form.doc'), { type: 'array' });
  const entry = CFB.find(container, 'WordDocument')!;
  const word = Uint8Array.from(entry.content as ArrayLike<number>);
  edit(word);
  entry.content = word as never;
  return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

describe('readDoc on form.doc and target.doc (LibreOffice Writer, "MS Word 97", from the same pages)', () => {
  it.each(['form', 'target'])('%s.doc gives the very grid %s.docx gives: the same rows, cells, columns, merges, refs and text', (name) => {
    const doc = readDoc(fixture(`${name}.doc`));
    const docx = readDocx(fixture(`${name}.docx`));
    if (!doc.ok || !docx.ok) throw new Error('unread');
    expect(doc.grid.rows).toEqual(docx.grid.rows);
    expect(doc.grid.text).toBe(docx.grid.text);
    expect(doc.grid).toMatchObject({ format: 'doc', layout: 'word-tables' });
  });

  it('places cells by their boundaries: the funds row at the columns the header gives, 项目资金 merged down beside it', () => {
    const result = readDoc(fixture('form.doc'));
    if (!result.ok) throw new Error(result.error);
    expect(layout(rowWith(result.grid, '年度资金总额'))).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(layout(rowWith(result.grid, '更换老旧管网长度'))).toEqual(['0:↓', '1:↓', '2:↓', '3:更换老旧管网长度', '4:≥12公里', '5:12.6公里', '6:10', '7:10', '8:']);
    expect(layout(rowWith(result.grid, '总分'))).toEqual(['0+6:总分', '6:100', '7:97.34', '8:']);
    expect(rowWith(result.grid, '完成48处集中供水工程维修养护，更换老旧管网12.6公里，受益人口5.82万人。\n工程全部验收合格，受益群众满意度93.6%。').cells.map((cell) => cell.ref)).toEqual(['表2 第9行 第1列', '表2 第9行 第2列', '表2 第9行 第6列']);
  });

  it('keeps a nested table as lines of its cell (with a note), a hyperlink field as its text, a vertical merge as a blank below', () => {
    const result = readDoc(fixture('nested.doc'));
    if (!result.ok) throw new Error(result.error);
    expect(result.grid.rows.map(layout)).toEqual([['0:前言 链接文字'], ['0:项目名称', '1:示例项目'], ['0:说明\n内表甲 内表乙\n丙 丁', '1:'], ['0:合并', '1:第一行'], ['0:↓', '1:第二行']]);
    expect(result.grid.notes).toEqual(['表1 holds a nested table: its rows are kept as lines of the cell']);
  });

  it('refuses an encrypted .doc and a Word 6/95 one, each with its message', () => {
    const encrypted = editedDoc((word) => (word[0x0b] = word[0x0b]! | 0x01));
    expect(readDoc(encrypted)).toEqual({ ok: false, error: expect.stringMatching(/^文件有密码保护（已加密）/) });
    const word95 = editedDoc((word) => word.set([0x65, 0x00], 0x02));
    expect(readDoc(word95)).toEqual({ ok: false, error: expect.stringMatching(/^Word 6\.0\/95 \(\.doc\) 文件暂不支持/) });
  });

  it('says a .doc whose text or properties lie outside its streams is damaged, and never throws', () => {
    const lost = editedDoc((word) => word.set([0x00, 0xff, 0xff, 0x00], 0x1a2));
    expect(readDoc(lost)).toEqual({ ok: false, error: expect.stringMatching(/^Word \(\.doc\) 文件已损坏，无法读取（no piece table in the CLX/) });
    expect(readDoc(fixture('form.doc').subarray(0, 5000))).toEqual({ ok: false, error: expect.stringMatching(/^Word \(\.doc\) 文件已损坏/) });
  });
});

import { describe, expect, it } from 'vitest';
import { htmlGrid, readHtml } from '../../src/read/html';
import { encodeGbk } from '../ingest/gbk';
import { fixture, layout, rowWith } from './support/fixtures';
import { mhtmlOf } from './support/mhtml';

describe('readHtml on the saved page form.html', () => {
  const result = readHtml(fixture('form.html'));
  if (!result.ok) throw new Error(result.error);
  const { grid } = result;

  it('reads the funds row cell by cell, the merged label cell above it continuing down', () => {
    const row = rowWith(grid, '年度资金总额');
    expect(layout(row)).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(row.table).toBe(2);
    expect(row.cells[1]?.ref).toBe('表2 第4行 第2列');
    expect(grid.text.split('\n')[row.line - 1]).toBe('年度资金总额 | 280.00 | 300.00 | 280.17 | 10 | 93.39% | 9.34');
  });

  it('resolves rowspan: 产出指标 heads five rows, the four below carry merged-down blanks at its column', () => {
    const first = rowWith(grid, '产出指标\n（50分）');
    const index = grid.rows.indexOf(first);
    expect(layout(first)).toEqual(['0:↓', '1:产出指标\n（50分）', '2:数量指标', '3:维修养护供水工程', '4:≥45处', '5:48处', '6:10', '7:10', '8:']);
    expect(layout(grid.rows[index + 1]!)).toEqual(['0:↓', '1:↓', '2:↓', '3:更换老旧管网长度', '4:≥12公里', '5:12.6公里', '6:10', '7:10', '8:']);
    expect(grid.rows.slice(index + 1, index + 5).map((row) => row.cells[1]?.mergedDown)).toEqual([true, true, true, true]);
    expect(rowWith(grid, '效益指标\n（30分）').cells.length).toBe(9);
  });

  it('keeps paragraphs inside a cell as line breaks and the 总分 row as a six-column span', () => {
    expect(rowWith(grid, '项目资金\n（万元）').cells[0]?.text).toBe('项目资金\n（万元）');
    expect(layout(rowWith(grid, '总分'))).toEqual(['0+6:总分', '6:100', '7:97.34', '8:']);
  });

  it('reads page chrome, titles and narrative outside the tables as paragraph rows', () => {
    const paragraphs = grid.rows.filter((row) => row.table === null).map((row) => row.cells[0]?.text);
    expect(paragraphs.slice(0, 4)).toEqual(['首页 > 政务公开 > 财政预决算', '青禾县水利局2024年度项目支出绩效自评表', '点击率：1024', expect.stringMatching(/^根据《青禾县财政局/)]);
    expect(rowWith(grid, '来源：青禾县水利局').table).toBe(1);
    expect(grid.rows.at(-1)?.cells[0]).toMatchObject({ text: '分享到：微信 微博', ref: '第8段' });
  });

  it('drops scripts, <noscript>, styles and comments: none of their text is anywhere in the grid', () => {
    for (const hidden of ['alert(1)', '_hmt', 'document.write', '请启用脚本', 'border-collapse', '站点导航', 'stat.js']) {
      expect(grid.text).not.toContain(hidden);
      expect(grid.rows.flatMap((row) => row.cells).some((cell) => cell.text.includes(hidden))).toBe(false);
    }
  });
});

describe('htmlGrid', () => {
  it('reads a run of form groups (a label and its field, no table) as one table of label | value rows (t-08)', () => {
    const group = (label: string, field: string) => `<div class="form-group"><label>${label}</label><div class="col-sm-3">${field}</div></div>`;
    const grid = htmlGrid(
      '<h1>申报管理</h1><form><input type="hidden" value="1">' +
        group('年份：', '<div class="input-group"><i class="fa"></i><input value="2025"></div>') +
        group('项目名称：', '<input value="校园安全提升工程">') +
        group('单位：', '<select><option value="">请选择</option><option selected="selected">所</option></select>') +
        '<div><input type="submit" value="保 存"></div></form><p>版权所有</p>',
    );
    expect(grid.rows.map((row) => [row.table, row.cells.map((cell) => cell.text)])).toEqual([
      [null, ['申报管理']],
      [1, ['年份：', '2025']],
      [1, ['项目名称：', '校园安全提升工程']],
      [1, ['单位：', '所']],
      [null, ['版权所有']],
    ]);
  });

  it('reads the values a saved form shows in its fields: text boxes, text areas, the selected option (t-02)', () => {
    const grid = htmlGrid(
      '<table><tr><td>预算数</td><td><input class="easyui-numberbox" value="1450.00" readonly></td><td><input type="hidden" value="4410"></td>' +
        '<td>*执行率</td><td><input type="text" value="0.95"/></td></tr>' +
        '<tr><td>分制</td><td><select><option value="100">百分制</option><option value="10">十分制</option></select></td>' +
        '<td><select><option>甲</option><option selected>乙</option></select></td><td><input type="checkbox" value="on" checked></td>' +
        '<td><textarea>全年完成养护902公里</textarea></td></tr></table>',
    );
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['预算数', '1450.00', '', '*执行率', '0.95'],
      ['分制', '百分制', '乙', '', '全年完成养护902公里'],
    ]);
  });

  it('drops <template>, hidden elements and inline handlers, and never runs anything', () => {
    const grid = htmlGrid(
      '<p>可见</p><template><p>模板</p></template><div hidden>隐藏</div><p style="display: none">不显示</p><img src=x onerror="alert(2)"><p>尾</p>',
    );
    expect(grid.rows.map((row) => row.cells[0]?.text)).toEqual(['可见', '尾']);
  });

  it('drops elements a framework class hides (layui, Bootstrap, ExtJS), the table cells too', () => {
    const grid = htmlGrid(
      '<table class="layui-hidden"><tr><td>模板</td></tr></table><p class="hidden">隐藏</p><p class="d-none">不显示</p><p class="hidden-xs">窄屏不显示</p>' +
        '<table><tr><th class="layui-hide">自评明细ID</th><th>绩效目标名称</th></tr><tr><td class="layui-hide">d02</td><td>改造老旧小区数量</td></tr></table>',
    );
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([['窄屏不显示'], ['绩效目标名称'], ['改造老旧小区数量']]);
  });

  it('reads a layout table that holds the form as blocks, so the form is a table of its own', () => {
    const grid = htmlGrid('<table><tr><td>导航</td></tr><tr><td><p>正文标题</p><table><tr><td>项目名称</td><td>甲</td></tr></table></td></tr></table>');
    expect(grid.rows.map((row) => [row.table, row.cells.map((cell) => cell.text)])).toEqual([
      [null, ['导航']],
      [null, ['正文标题']],
      [1, ['项目名称', '甲']],
    ]);
  });

  it('places cells after a rowspan and a colspan as a browser does, and stops a rowspan at the last row', () => {
    const grid = htmlGrid('<table><tr><td rowspan="9" colspan="2">A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table>');
    expect(grid.rows.map(layout)).toEqual([
      ['0+2:A', '2:B'],
      ['0+2:↓', '2:C', '3:D'],
    ]);
  });

  it('collapses whitespace as a browser shows it, keeping <br> as a line break and &nbsp;-only cells blank', () => {
    const grid = htmlGrid('<table><tr><td>  一级\n   指标 </td><td>产出<br/>指标</td><td>&nbsp;</td></tr></table>');
    expect(grid.rows[0]?.cells.map((cell) => cell.text)).toEqual(['一级 指标', '产出\n指标', '']);
  });
});

describe('readHtml decoding', () => {
  const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table><tr><td>全年执行数</td><td>280.17</td></tr></table></body></html>';

  it('decodes a page by its stated charset (gb2312 → GBK)', () => {
    const result = readHtml(encodeGbk(page));
    expect(result.ok && result.grid.rows[0]?.cells.map((cell) => cell.text)).toEqual(['全年执行数', '280.17']);
    expect(result.ok && result.grid.notes).toEqual(['decoded as GBK']);
  });

  it('judges a GBK page that states no charset as GB18030', () => {
    const result = readHtml(encodeGbk(page.replace(/<meta[^>]*>/, '')));
    expect(result.ok && result.grid.rows[0]?.cells[0]?.text).toBe('全年执行数');
  });

  it('judges a GBK page that wrongly states UTF-8, and says so', () => {
    const result = readHtml(encodeGbk(page.replace('gb2312', 'utf-8')));
    expect(result.ok && result.grid.rows[0]?.cells[0]?.text).toBe('全年执行数');
    expect(result.ok && result.grid.notes).toEqual(['decoded as GB18030', 'the page states utf-8 but is not; read as gb18030']);
  });
});

describe('readHtml on a UTF-8 page with a damaged byte', () => {
  it('keeps it UTF-8, the damaged character replaced and noted, instead of reading it all as GB18030', () => {
    const bytes = fixture('form.html');
    const at = new TextEncoder().encode(new TextDecoder().decode(bytes).slice(0, new TextDecoder().decode(bytes).indexOf('实施单位'))).length;
    const damaged = bytes.slice();
    damaged[at] = 0xff;
    const result = readHtml(damaged);
    if (!result.ok) throw new Error(result.error);
    expect(rowWith(result.grid, '主管部门').cells.map((cell) => cell.text)).toEqual(['主管部门', '青禾县水利局', '\ufffd\ufffd\ufffd施单位', '青禾县农村供水管理站']);
    expect(result.grid.notes).toEqual(['3 bytes not valid UTF-8 were replaced']);
  });
});

describe('readHtml on a web archive (.mht, Word’s single-file web page)', () => {
  it('reads the archive’s quoted-printable HTML part in its stated charset', () => {
    const page = new TextDecoder().decode(fixture('form.html')).replace('charset=utf-8', 'charset=gb2312');
    const result = readHtml(mhtmlOf(encodeGbk(page)));
    if (!result.ok) throw new Error(result.error);
    expect(layout(rowWith(result.grid, '年度资金总额'))).toEqual(['0:↓', '1+2:年度资金总额', '3:280.00', '4:300.00', '5:280.17', '6:10', '7:93.39%', '8:9.34']);
    expect(result.grid.notes).toEqual(['web archive (MHTML): its HTML part', 'decoded as GBK']);
  });

  it('says an archive without an HTML part is damaged', () => {
    const archive = new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n');
    expect(readHtml(archive)).toEqual({ ok: false, error: expect.stringMatching(/^MHTML \(\.mht\) 文件已损坏，无法读取（no text\/html part/) });
  });
});

import { describe, expect, it } from 'vitest';
import { readWordXml } from '../../src/read/wordXml';
import { encodeGbk } from '../ingest/gbk';

const W2003 = 'http://schemas.microsoft.com/office/word/2003/wordml';
const AUX = 'http://schemas.microsoft.com/office/word/2003/auxHint';

const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A Word 2003 XML document as a budget system exports it: sections, a vertical merge (`w:vmerge`), a span. */
const word2003 = (encoding = 'UTF-8') =>
  `<?xml version="1.0" encoding="${encoding}" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n` +
  `<w:wordDocument xmlns:w="${W2003}" xmlns:wx="${AUX}"><w:body><wx:sect>${para('项目名称：乡村道路养护')}<wx:sub-section>` +
  `<w:tbl><w:tr>${cell('资金来源', '<w:vmerge w:val="restart"/>')}${cell('年初预算数', '<w:gridSpan w:val="2"/>')}${cell('全年预算数(元)')}</w:tr>` +
  `<w:tr>${cell('', '<w:vmerge/>')}${cell('目标申报(元)')}${cell('预算编制(元)')}${cell('')}</w:tr></w:tbl>` +
  `</wx:sub-section></wx:sect></w:body></w:wordDocument>`;

const texts = (bytes: Uint8Array) => {
  const read = readWordXml(bytes);
  if (!read.ok) throw new Error(read.error);
  return read.grid.rows.map((row) => row.cells.map((c) => `${c.col}:${c.span}:${c.mergedDown ? '↓' : ''}${c.text}`));
};

describe('readWordXml reads Word XML documents as their Word tables', () => {
  it('Word 2003 XML: paragraphs and tables inside wx:sect / wx:sub-section, w:vmerge, w:gridSpan', () => {
    expect(texts(new TextEncoder().encode(word2003()))).toEqual([
      ['0:1:项目名称：乡村道路养护'],
      ['0:1:资金来源', '1:2:年初预算数', '3:1:全年预算数(元)'],
      ['0:1:↓', '1:1:目标申报(元)', '2:1:预算编制(元)', '3:1:'],
    ]);
  });

  it('a document its declaration says is in GB2312 is read in it', () => {
    expect(texts(encodeGbk(word2003('GB2312')))[0]).toEqual(['0:1:项目名称：乡村道路养护']);
  });

  it('a flat package: the body of its /word/document.xml part, other parts passed over', () => {
    const document = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para('甲')}<w:tbl><w:tr>${cell('乙', '<w:vMerge w:val="restart"/>')}</w:tr><w:tr>${cell('', '<w:vMerge/>')}</w:tr></w:tbl></w:body></w:document>`;
    const flat =
      '<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
      `<pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><w:styles xmlns:w="x"><w:style><w:name w:val="丙"/></w:style></w:styles></pkg:xmlData></pkg:part>` +
      `<pkg:part pkg:name="/word/media/image1.png"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>` +
      `<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>${document}</pkg:xmlData></pkg:part></pkg:package>`;
    expect(texts(new TextEncoder().encode(flat))).toEqual([['0:1:甲'], ['0:1:乙'], ['0:1:↓']]);
  });

  it('a package without a document part, or cut before its body, says so', () => {
    const empty = '<?xml version="1.0"?><pkg:package xmlns:pkg="p"><pkg:part pkg:name="/word/styles.xml"/></pkg:package>';
    expect(readWordXml(new TextEncoder().encode(empty))).toEqual({ ok: false, error: expect.stringMatching(/^Word XML \(\.xml\/\.doc\) 文件已损坏.*no document body/) });
    expect(readWordXml(new TextEncoder().encode(word2003().slice(0, 200)))).toEqual({ ok: false, error: expect.stringContaining('no document body') });
  });
});

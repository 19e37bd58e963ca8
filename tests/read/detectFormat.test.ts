import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/read/detectFormat';
import { encodeGbk } from '../ingest/gbk';
import { compoundFile } from './support/compoundFile';
import { fixture } from './support/fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detectFormat tells the format by content', () => {
  it.each([
    ['form.html', 'html'],
    ['form.docx', 'docx'],
    ['form.xml.doc', 'wordxml'],
    ['form.flat.xml', 'wordxml'],
    ['form.xlsx', 'xlsx'],
    ['form.xls', 'xls'],
    ['form.pdf', 'pdf'],
    ['scanned.pdf', 'pdf'],
    ['form.csv', 'csv'],
    ['form.txt', 'txt'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name), name)).toEqual({ ok: true, format });
  });

  it('ignores a misleading name: a .docx saved as .xls, a page saved as .doc, a PDF named .txt', () => {
    expect(detectFormat(fixture('form.docx'), '自评表.xls')).toEqual({ ok: true, format: 'docx' });
    expect(detectFormat(fixture('form.html'), '自评表.doc')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat(fixture('form.pdf'), 'form.txt')).toEqual({ ok: true, format: 'pdf' });
  });

  it('sees HTML after a BOM, comments and an XML declaration, in UTF-16, and from an early <table>', () => {
    expect(detectFormat(utf8('\ufeff<!-- saved -->\n<?xml version="1.0"?><!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">'), 'a').ok && 'html').toBe('html');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<html><body>').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectFormat(utf16, 'page.htm')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat(encodeGbk('<meta charset="gbk">\n<TABLE><tr><td>项目名称</td></tr></TABLE>'), 'x.txt')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat(utf8('项目名称\t甲\n年度资金总额\t280.00\n'), 'form.csv')).toEqual({ ok: true, format: 'csv' });
  });

  it('sees a web archive (.mht) saved as .doc as a page, and Excel 2003 XML as a workbook', () => {
    expect(detectFormat(utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'), '自评表.doc')).toEqual({ ok: true, format: 'html' });
    const spreadsheet = '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">';
    expect(detectFormat(utf8(spreadsheet), '自评表.xls')).toEqual({ ok: true, format: 'xls' });
  });
});

describe('detectFormat refuses what no reader reads, saying what to do', () => {
  it('an empty file', () => {
    expect(detectFormat(new Uint8Array(0), 'a.docx')).toEqual({ ok: false, error: '文件为空（0 字节），请检查文件是否下载完整。 / The file is empty (0 bytes); check that it was downloaded completely.' });
  });

  it('an encrypted Office file (an OLE container holding EncryptionInfo and EncryptedPackage), whatever its name', () => {
    const encrypted = compoundFile(['EncryptionInfo', 'EncryptedPackage']);
    expect(detectFormat(encrypted, '自评表.xlsx')).toEqual({
      ok: false,
      error: '文件有密码保护（已加密），无法读取；请在 Office/WPS 中取消密码后另存，再读取。 / The file is password-protected (encrypted); remove the password in Office/WPS, save it, and read the saved copy.',
    });
  });

  it('a Word 97–2003 .doc, an OLE file without a workbook, and a broken OLE directory', () => {
    expect(detectFormat(compoundFile(['WordDocument', '1Table']), 'a.doc')).toEqual({ ok: true, format: 'doc' });
    expect(detectFormat(compoundFile(['PowerPoint Document']), 'a.ppt')).toEqual({ ok: false, error: expect.stringContaining('OLE compound file holding neither a Word document nor a workbook: PowerPoint Document') });
    expect(detectFormat(compoundFile(['Workbook']).subarray(0, 1024), 'a.xls')).toEqual({ ok: false, error: expect.stringMatching(/^Office \(OLE\) 文件已损坏/) });
    expect(detectFormat(compoundFile(['Workbook']), 'a.xls')).toEqual({ ok: true, format: 'xls' });
  });

  it('a truncated .docx, an OpenDocument file, a plain ZIP', () => {
    const docx = fixture('form.docx');
    expect(detectFormat(docx.subarray(0, 3000), 'form.docx')).toEqual({ ok: false, error: expect.stringMatching(/^Word \(\.docx\) 文件已损坏，无法读取（no zip directory/) });
    expect(detectFormat(zipSync({ mimetype: utf8('application/vnd.oasis.opendocument.text'), 'content.xml': utf8('<x/>') }), 'a.odt')).toEqual({ ok: false, error: expect.stringMatching(/^OpenDocument \(\.odt\/\.ods\) 文件暂不支持/) });
    expect(detectFormat(zipSync({ '自评表.docx': docx }), 'forms.zip')).toEqual({ ok: false, error: expect.stringMatching(/^这是压缩包（ZIP）；请先解压/) });
  });

  it('images, archives, RTF and a flat Office package without a Word document', () => {
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'scan.png')).toEqual({ ok: false, error: expect.stringMatching(/^这是图片（PNG），不含可读取的文字/) });
    expect(detectFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpg')).toEqual({ ok: false, error: expect.stringContaining('This is an image (JPEG)') });
    expect(detectFormat(utf8('Rar!\x1a\x07\x00'), 'forms.rar')).toEqual({ ok: false, error: expect.stringContaining('This is an archive (RAR)') });
    expect(detectFormat(utf8('{\\rtf1\\ansi 项目'), 'a.doc')).toEqual({ ok: false, error: expect.stringMatching(/^RTF 文件暂不支持/) });
    const slides = '<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/ppt/presentation.xml"/></pkg:package>';
    expect(detectFormat(utf8(slides), 'a.xml')).toEqual({ ok: false, error: expect.stringMatching(/^Office XML package \(not a Word document\) 文件暂不支持/) });
  });
});

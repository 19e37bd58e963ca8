import { MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, megabytes } from './limits';

/**
 * What the readers say when they cannot read a file: Chinese first, then English, each saying
 * what is wrong and what to do. One function per reason, so every reader says it the same way.
 */

export function emptyFileError(): string {
  return '文件为空（0 字节），请检查文件是否下载完整。 / The file is empty (0 bytes); check that it was downloaded completely.';
}

export function tooLargeError(bytes: number): string {
  return `文件过大（${megabytes(bytes)}），超过 ${megabytes(MAX_FILE_BYTES)} 的上限；请拆分后再读取。 / The file is too large (${megabytes(bytes)}, the limit is ${megabytes(MAX_FILE_BYTES)}); split it and read the parts.`;
}

export function zipTooLargeError(entry: string, declared: number): string {
  const name = printable(entry);
  return `压缩包内的“${name}”解压后有 ${megabytes(declared)}，超过 ${megabytes(MAX_UNZIPPED_BYTES)} 的上限（可能是压缩炸弹），未解压。 / The entry "${name}" would unpack to ${megabytes(declared)}, over the ${megabytes(MAX_UNZIPPED_BYTES)} limit (possibly a zip bomb); it was not unpacked.`;
}

export function corruptError(kind: string, detail: string): string {
  return `${kind} 文件已损坏，无法读取（${detail}）；请重新下载或用 Office/WPS 打开后另存一份。 / The ${kind} file is damaged and cannot be read (${detail}); download it again, or open it in Office/WPS and save a new copy.`;
}

export function encryptedError(): string {
  return '文件有密码保护（已加密），无法读取；请在 Office/WPS 中取消密码后另存，再读取。 / The file is password-protected (encrypted); remove the password in Office/WPS, save it, and read the saved copy.';
}

export function encryptedPdfError(): string {
  return 'PDF 有打开密码，无法读取；请提供未加密的 PDF 或 Word/Excel 原件。 / The PDF needs a password to open; provide an unencrypted PDF or the Word/Excel original.';
}

export function unsupportedFormatError(kind: string): string {
  return `${kind} 文件暂不支持；请在 Office/WPS 中另存为 .docx 或 .xlsx 后再读取。 / ${kind} files are not supported; save it as .docx or .xlsx in Office/WPS and read that.`;
}

export function noTextError(kind: string): string {
  return `${kind} 文件中没有读到任何文字（空白或已损坏）；请检查文件，或提供原件。 / No text was found in the ${kind} file (blank or damaged); check the file, or provide the original.`;
}

export function scannedPdfError(): string {
  return 'PDF 是扫描件（没有文字层），无法读取文字；请提供带文字层的 PDF 或 Word/Excel 原件。 / This is a scanned PDF without a text layer, so it has no text to read; provide a PDF with a text layer or the Word/Excel original.';
}

export function unmappedPdfTextError(): string {
  return 'PDF 的文字层读出的是乱码（字体没有汉字映射，复制出来也是乱码），无法读取；请提供 Word/Excel 原件或重新导出的 PDF。 / The PDF\'s text layer reads as gibberish (its fonts map no characters to Unicode: copied text is gibberish too); provide the Word/Excel original or a PDF exported again.';
}

export function cMapsMissingError(names: readonly string[]): string {
  const list = names.join(', ');
  return `PDF 使用未嵌入的中文字体（编码 ${list}），读取其文字需要 pdf.js 的 CMap 数据，但读取器未获提供；请由调用方传入 cMaps，或提供 Word/Excel 原件。 / The PDF's Chinese fonts are not embedded (encoding ${list}): reading their text needs pdf.js's CMap files, which the reader was not given; pass options.cMaps, or provide the Word/Excel original.`;
}

export function imageError(kind: string): string {
  return `这是图片（${kind}），不含可读取的文字；请提供 Word/Excel 原件或带文字层的 PDF。 / This is an image (${kind}) with no text to read; provide the Word/Excel original or a PDF with a text layer.`;
}

export function archiveError(kind: string): string {
  return `这是压缩包（${kind}）；请先解压，再逐个读取其中的文件。 / This is an archive (${kind}); unpack it and read the files inside one by one.`;
}

export function unknownFormatError(detail: string): string {
  return `无法识别的文件格式（${detail}）；支持网页（.html）、Word（.docx）、Excel（.xlsx/.xls/.csv）、PDF 和文本文件。 / Unrecognized file format (${detail}); web pages (.html), Word (.docx), Excel (.xlsx/.xls/.csv), PDF and text files can be read.`;
}

/** A name from a damaged file as it can be shown: control characters as '?', at most 60 characters. */
function printable(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

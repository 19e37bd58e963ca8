/** A web archive as Word saves one ("single file web page"): the page as its quoted-printable text/html part. */
export function mhtmlOf(page: Uint8Array): Uint8Array {
  let body = '';
  let line = '';
  for (const byte of page) {
    const char = byte === 0x0a ? '\r\n' : byte >= 0x80 || byte === 0x3d || byte === 0x0d ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte);
    if (char === '\r\n') {
      body += `${line}\r\n`;
      line = '';
    } else {
      if (line.length + char.length > 75) {
        body += `${line}=\r\n`;
        line = '';
      }
      line += char;
    }
  }
  body += line;
  const boundary = '----=_NextPart_01DB1234.5678ABCD';
  const text = [
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; boundary="' + boundary + '"',
    '',
    'This document is a Single File Web Page, also known as a Web Archive file.',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/form.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="gb2312"',
    '',
    body,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

/**
 * A minimal OLE compound file (version 3, 512-byte sectors) whose directory lists the given
 * streams, all empty: enough to stand for an encrypted Office file (`EncryptionInfo`,
 * `EncryptedPackage`) or a .doc without its content (`WordDocument`), which LibreOffice headless cannot
 * write on demand. Sector 0 holds the FAT, sector 1 the directory (at most 3 streams).
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + 4 * i, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  view.setUint32(fat + 4, 0xfffffffe, true);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = 1024 + 128 * index;
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, 2 * (name.length + 1), true);
    view.setUint8(at + 0x42, type);
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, 0xfffffffe, true);
  };
  entry(0, 'Root Entry', 5, streams.length > 0 ? 1 : 0xffffffff, 0xffffffff);
  streams.forEach((name, i) => entry(i + 1, name, 2, 0xffffffff, i + 1 < streams.length ? i + 2 : 0xffffffff));
  return bytes;
}

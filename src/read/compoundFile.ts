/**
 * The stream names of an OLE compound file (the container of .doc, .xls, and of every
 * password-protected Office file), read from its directory. Only the names: enough to tell a
 * legacy Word document (`WordDocument`), a workbook (`Workbook`, `Book`) and an encrypted
 * Office file (`EncryptionInfo`, `EncryptedPackage`) apart.
 */

export const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT_SLOTS = 109;
const DIRECTORY_ENTRY_BYTES = 128;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** Names of the storages and streams in the directory, or null when the file's structure is broken. */
export function compoundFileNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 512 || !isCompoundFile(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor(bytes.length / sectorSize) - 1;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const validSector = (sector: number) => sector < sectorCount;

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_SLOTS; i++) fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  let difat = view.getUint32(0x44, true);
  const slotsPerSector = sectorSize / 4 - 1;
  for (let hops = 0; validSector(difat) && hops < sectorCount; hops++) {
    for (let i = 0; i < slotsPerSector; i++) fatSectors.push(view.getUint32(sectorOffset(difat) + 4 * i, true));
    difat = view.getUint32(sectorOffset(difat) + 4 * slotsPerSector, true);
  }
  const fat = (sector: number): number | null => {
    const index = Math.floor((sector * 4) / sectorSize);
    const fatSector = fatSectors[index];
    if (fatSector === undefined || !validSector(fatSector)) return null;
    return view.getUint32(sectorOffset(fatSector) + ((sector * 4) % sectorSize), true);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector !== END_OF_CHAIN; ) {
    if (!validSector(sector) || seen.has(sector)) return null;
    seen.add(sector);
    for (let at = sectorOffset(sector); at < sectorOffset(sector) + sectorSize; at += DIRECTORY_ENTRY_BYTES) {
      const type = view.getUint8(at + 0x42);
      const nameBytes = Math.min(view.getUint16(at + 0x40, true), 64);
      if (type === 0 || nameBytes < 2) continue;
      names.push(new TextDecoder('utf-16le').decode(bytes.subarray(at, at + nameBytes - 2)));
    }
    const next = fat(sector);
    if (next === null) return null;
    sector = next;
  }
  return names;
}

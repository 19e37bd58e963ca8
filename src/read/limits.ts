/** Size caps the readers hold to, so that no file can make them run out of memory. */

/** The largest file any reader accepts. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The largest uncompressed size one entry of a .docx/.xlsx may declare, and all the entries read together. */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

/** Megabytes, for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * The optional sidecar `data/raw/<name>.meta.json` next to `<name>.txt`: what
 * a document does not state. The document's own text wins; with
 * `"override": true` the sidecar wins.
 *   { "year": 2023, "region": "上海市普陀区", "override": false }
 * Any other field is an error, so that a misspelt field does not pass unnoticed.
 */
export interface Sidecar {
  readonly year: number | null;
  readonly region: string | null;
  readonly override: boolean;
}

export const NO_SIDECAR: Sidecar = { year: null, region: null, override: false };

export type SidecarResult = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

const FIELDS = new Set(['year', 'region', 'override']);

export function parseSidecar(json: string): SidecarResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `sidecar is not JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'sidecar must be a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !FIELDS.has(k));
  if (unknown.length > 0) {
    return { ok: false, error: `sidecar field ${unknown.map((k) => `"${k}"`).join(', ')} unknown (fields: year, region, override)` };
  }
  const { year = null, region = null, override = false } = record;
  if (year !== null && !(Number.isInteger(year) && (year as number) >= 1900 && (year as number) <= 2100)) {
    return { ok: false, error: 'sidecar "year" must be a year such as 2023' };
  }
  if (region !== null && (typeof region !== 'string' || region.trim() === '')) {
    return { ok: false, error: 'sidecar "region" must be a non-empty text' };
  }
  if (typeof override !== 'boolean') return { ok: false, error: 'sidecar "override" must be true or false' };
  return { ok: true, sidecar: { year: year as number | null, region: region === null ? null : (region as string).trim(), override } };
}

/** The value a record gets: the document's unless the sidecar overrides; the sidecar's when the document has none. */
export function pick<T>(fromDocument: T | null, fromSidecar: T | null, sidecar: Sidecar): { value: T | null; fromSidecar: boolean } {
  if (fromSidecar !== null && (sidecar.override || fromDocument === null)) return { value: fromSidecar, fromSidecar: true };
  return { value: fromDocument, fromSidecar: false };
}

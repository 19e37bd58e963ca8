import { MANIFEST_FILE, filesLayout, type DatasetManifest } from '../contract/manifest';
import { CONTRACT_VERSION, TABLE_NAMES } from '../contract/tables';

/**
 * The page's dataset manifest (`data/parquet/dataset.json`, relative to the page).
 * A directory without one (written before manifests) reads as one `<table>.parquet`
 * per table; a missing file then names itself when it is loaded.
 */
export async function fetchManifest(base: string): Promise<DatasetManifest> {
  const response = await fetch(new URL(MANIFEST_FILE, base));
  if (response.status === 404) return filesLayout(TABLE_NAMES, () => 0, CONTRACT_VERSION);
  if (!response.ok) throw new Error(`${MANIFEST_FILE}: HTTP ${response.status}`);
  return (await response.json()) as DatasetManifest;
}

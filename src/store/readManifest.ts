import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, filesLayout, type DatasetManifest } from '../contract/manifest';
import { CONTRACT_VERSION, TABLE_NAMES } from '../contract/tables';

/** A dataset directory's manifest (`dataset.json`), or, without one, its `<table>.parquet` files. */
export function readManifest(dir: string): DatasetManifest {
  const file = join(dir, MANIFEST_FILE);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DatasetManifest;
  return filesLayout(TABLE_NAMES, (name) => (existsSync(join(dir, name)) ? statSync(join(dir, name)).size : null), CONTRACT_VERSION);
}

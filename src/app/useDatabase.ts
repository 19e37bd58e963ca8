import { startTransition, useEffect, useState } from 'react';
import type { LoadProgress } from '../db/contractLoader';
import type { DatasetManifest } from '../contract/manifest';
import { databaseState, datasetManifest, loadProgress, type Channel, type DatabaseState } from '../db/pageDatabase';

export type { DatabaseState };

/** A channel's value; its changes render as transitions (React yields to the page between components: no long task when the dashboard replaces the preview or a table arrives). */
function useChannel<T>(channel: Channel<T>): T {
  const [value, setValue] = useState(channel.value);
  useEffect(() => {
    setValue(channel.value);
    return channel.subscribe((next) => startTransition(() => setValue(next)));
  }, [channel]);
  return value;
}

/** The page's database as it starts and loads (started by the page's entry, `startPageDatabase`). */
export const useDatabase = (): DatabaseState => useChannel(databaseState);

/** Where loading stands (null before the first file). */
export const useLoadProgress = (): LoadProgress | null => useChannel(loadProgress);

/** The dataset's manifest (null until fetched). */
export const useDatasetManifest = (): DatasetManifest | null => useChannel(datasetManifest);

/** How many source documents a dataset holds (the rows of its ingest_report), or null when its manifest does not say. */
export function sourceDocuments(manifest: DatasetManifest | null): number | null {
  const files = manifest?.tables.ingest_report ?? [];
  if (files.length === 0 || files.some((f) => !(f.rows >= 0))) return null;
  return files.reduce((n, f) => n + f.rows, 0);
}

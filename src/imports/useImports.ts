import { startTransition, useEffect, useState } from 'react';
import type { DatabaseState } from '../db/pageDatabase';
import { connectImports, importsState, type ImportsState } from './importCenter';

/** The imports' state, connected to the page's database as it opens and loads. */
export function useImports(db: DatabaseState): ImportsState {
  const [value, setValue] = useState(importsState.value);
  useEffect(() => importsState.subscribe((next) => startTransition(() => setValue(next))), []);
  useEffect(() => connectImports(db), [db]);
  return value;
}

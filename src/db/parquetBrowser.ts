import initParquetWasm from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

/** Initialises parquet-wasm once, from the wasm file served with the app (same origin). */
export function initParquetBrowser(): Promise<unknown> {
  ready ??= initParquetWasm({ module_or_path: new URL(parquetWasmUrl, document.baseURI) });
  return ready;
}

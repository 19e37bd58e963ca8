import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';

const require = createRequire(import.meta.url);
const dist = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);

/** Runs DuckDB-WASM's Node worker script in a worker thread, with the Web Worker globals it expects. */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (data, transfer) => parentPort.postMessage(data, transfer);
parentPort.on('message', (data) => globalThis.onmessage?.({ data }));
require(workerData.script);
`;

type Listener = (event: unknown) => void;

/** The Web Worker interface AsyncDuckDB talks to, over a Node worker thread. */
class NodeWebWorker {
  private readonly thread: Worker;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(script: string) {
    // stdout: true keeps the worker's console.log of failed statements out of the test output.
    this.thread = new Worker(BOOT, { eval: true, workerData: { script }, stdout: true });
    this.thread.on('message', (data) => this.emit('message', { data }));
    this.thread.on('error', (error) => this.emit('error', error));
    this.thread.on('exit', () => this.emit('close', {}));
  }

  private emit(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }

  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, (this.listeners.get(type) ?? new Set()).add(listener));
  }

  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }

  postMessage(data: unknown, transfer: Transferable[] = []) {
    this.thread.postMessage(data, transfer as ArrayBuffer[]);
  }

  terminate() {
    void this.thread.terminate();
  }
}

/**
 * Test helper: DuckDB-WASM's asynchronous API (AsyncDuckDB, one worker, messages), as the
 * browser has it, in Node; `queryPollingInterval` as the app opens it.
 */
export async function openAsyncWasmNode(queryPollingInterval: number): Promise<AsyncDuckDB> {
  const worker = new NodeWebWorker(dist('duckdb-node-eh.worker.cjs'));
  const db = new AsyncDuckDB(new VoidLogger(), worker as unknown as globalThis.Worker);
  await db.instantiate(dist('duckdb-eh.wasm'));
  await db.open({ query: { queryPollingInterval } });
  return db;
}

/**
 * A pool of worker threads that ingest documents side by side (one document per worker at a
 * time), for the CLI and the ingest bench. Results come back in the order documents were given.
 * A document whose worker fails (an exception, the thread dying) comes back as a failed document
 * naming the file; the thread is replaced and the others go on.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { failedDocument, type IngestedDocument } from '../ingest/ingestDocument';

/** A document sent to a worker. */
export interface IngestJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly sidecarJson?: string;
}

/** A worker's answer to one job. */
export type IngestReply = { id: number; document: IngestedDocument } | { id: number; error: string };

interface Pending {
  readonly job: IngestJob;
  readonly resolve: (document: IngestedDocument) => void;
}

/** The worker's module is TypeScript: each thread loads it through tsx, as the CLI itself is run. */
const WORKER_URL = new URL('./ingestWorker.ts', import.meta.url).href;
const BOOTSTRAP = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(import.meta.url)}))`;

class IngestThread {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  current: Pending | null = null;
  private dead = false;

  constructor(
    private readonly done: (thread: IngestThread, pending: Pending, document: IngestedDocument) => void,
    private readonly died: (thread: IngestThread) => void,
  ) {
    this.worker = new Worker(BOOTSTRAP, { eval: true });
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (message: IngestReply | 'ready') => {
        if (message === 'ready') return resolve();
        const pending = this.current!;
        this.current = null;
        this.done(this, pending, 'document' in message ? message.document : failedDocument(pending.job.name, `ingest worker error: ${message.error}`));
      });
    });
    this.worker.on('error', (error) => this.fail(`ingest worker stopped: ${error.message}`));
    this.worker.on('exit', (code) => this.fail(`ingest worker exited (code ${code})`));
  }

  async run(pending: Pending): Promise<void> {
    this.current = pending;
    await this.ready;
    this.worker.postMessage(pending.job);
  }

  private fail(message: string): void {
    if (this.dead) return; // 'error' is followed by 'exit'
    this.dead = true;
    const pending = this.current;
    this.current = null;
    this.died(this);
    if (pending) pending.resolve(failedDocument(pending.job.name, message));
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

export class IngestWorkers {
  private readonly idle: IngestThread[] = [];
  private readonly threads = new Set<IngestThread>();
  private readonly queue: Pending[] = [];
  private nextId = 0;

  /** `count` threads (default: one per core the process may use). */
  constructor(readonly count: number = availableParallelism()) {
    for (let i = 0; i < count; i++) this.spawn();
  }

  /** Ingests one document on the next free thread. */
  ingest(bytes: Uint8Array, name: string, sidecarJson?: string): Promise<IngestedDocument> {
    return new Promise((resolve) => {
      this.queue.push({ job: { id: this.nextId++, bytes, name, sidecarJson }, resolve });
      this.dispatch();
    });
  }

  /**
   * Runs `tasks` (each typically reading a file and ingesting it here) with up to twice as many
   * under way as there are threads, and hands their results to `sink` in the tasks' order.
   */
  async inOrder<T>(tasks: Iterable<() => Promise<T>>, sink: (result: T) => Promise<void>): Promise<void> {
    const underWay: Promise<T>[] = [];
    for (const task of tasks) {
      underWay.push(task());
      if (underWay.length >= this.count * 2) await sink(await underWay.shift()!);
    }
    while (underWay.length > 0) await sink(await underWay.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all([...this.threads].map((thread) => thread.terminate()));
    this.threads.clear();
  }

  private spawn(): void {
    const thread = new IngestThread(
      (done, pending, document) => {
        pending.resolve(document);
        this.idle.push(done);
        this.dispatch();
      },
      (dead) => {
        this.threads.delete(dead);
        const at = this.idle.indexOf(dead);
        if (at >= 0) this.idle.splice(at, 1);
        this.spawn();
        this.dispatch();
      },
    );
    this.threads.add(thread);
    this.idle.push(thread);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) void this.idle.shift()!.run(this.queue.shift()!);
  }
}

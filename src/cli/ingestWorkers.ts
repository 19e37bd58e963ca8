/**
 * A pool of worker threads that ingest documents side by side, for the CLI and the ingest bench.
 * Each thread is given its next document before it answers the one it is on (`DEPTH` jobs in
 * flight), so it never idles while this thread reads its answer and sends the next job. Results
 * come back in the order documents were given. A document whose worker fails (an exception, the
 * thread dying) comes back as a failed document naming the file; the documents queued behind it
 * on that thread go to the others, the thread is replaced and the others go on.
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

/**
 * Each thread's young generation, where V8 allocates first (about three semi-spaces). Reading a
 * form allocates ~0.5 MB of short-lived cells, keys and rows; with V8's default semi-space the
 * scavenger ran every few forms and took 10–14 % of a thread's time. 192 MB (64 MB semi-spaces)
 * cut a corpus pass's CPU by ~20 % (one thread, `--max-semi-space-size=64`: 35 → 28 ms median);
 * larger gave nothing more.
 */
const YOUNG_GENERATION_MB = 192;

/** Jobs a thread holds at once: the one it is on and the next. */
const DEPTH = 2;

class IngestThread {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  /** The jobs sent to this thread and not answered yet, in the order it works on them. */
  readonly inFlight: Pending[] = [];
  private dead = false;

  constructor(
    private readonly done: (thread: IngestThread, pending: Pending, document: IngestedDocument) => void,
    private readonly died: (thread: IngestThread, requeue: Pending[]) => void,
  ) {
    this.worker = new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.ready = new Promise((resolve) => {
      this.worker.on('message', (message: IngestReply | 'ready') => {
        if (message === 'ready') return resolve();
        const pending = this.inFlight.shift()!;
        this.done(this, pending, 'document' in message ? message.document : failedDocument(pending.job.name, `ingest worker error: ${message.error}`));
      });
    });
    this.worker.on('error', (error) => this.fail(`ingest worker stopped: ${error.message}`));
    this.worker.on('exit', (code) => this.fail(`ingest worker exited (code ${code})`));
  }

  get hasRoom(): boolean {
    return !this.dead && this.inFlight.length < DEPTH;
  }

  async run(pending: Pending): Promise<void> {
    this.inFlight.push(pending);
    await this.ready;
    if (!this.dead) this.worker.postMessage(pending.job);
  }

  /** The job it was on fails with `message`; the ones queued behind it are handed back to the pool. */
  private fail(message: string): void {
    if (this.dead) return; // 'error' is followed by 'exit'
    this.dead = true;
    const [current, ...queued] = this.inFlight.splice(0);
    this.died(this, queued);
    if (current) current.resolve(failedDocument(current.job.name, message));
  }

  terminate(): Promise<number> {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

export class IngestWorkers {
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
   * Runs `tasks` (each typically reading a file and ingesting it here) with enough under way to
   * keep every thread's jobs full, and hands their results to `sink` in the tasks' order.
   */
  async inOrder<T>(tasks: Iterable<() => Promise<T>>, sink: (result: T) => Promise<void>): Promise<void> {
    const underWay: Promise<T>[] = [];
    for (const task of tasks) {
      underWay.push(task());
      if (underWay.length >= this.count * (DEPTH + 1)) await sink(await underWay.shift()!);
    }
    while (underWay.length > 0) await sink(await underWay.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all([...this.threads].map((thread) => thread.terminate()));
    this.threads.clear();
  }

  private spawn(): void {
    const thread = new IngestThread(
      (_, pending, document) => {
        pending.resolve(document);
        this.dispatch();
      },
      (dead, requeue) => {
        this.threads.delete(dead);
        this.queue.unshift(...requeue);
        this.spawn();
        this.dispatch();
      },
    );
    this.threads.add(thread);
  }

  /** Fills every thread up to its depth, the least loaded first. */
  private dispatch(): void {
    for (let depth = 0; depth < DEPTH; depth++) {
      for (const thread of this.threads) {
        if (this.queue.length === 0) return;
        if (thread.hasRoom && thread.inFlight.length === depth) void thread.run(this.queue.shift()!);
      }
    }
  }
}

import { isImportReply, type ImportReply, type ImportRequest, type Phase } from './importProtocol';

/** A request without its id (the pool numbers them). */
type Ask = ImportRequest extends infer R ? (R extends ImportRequest ? Omit<R, 'id'> : never) : never;

/** The final reply to a request (its progress messages go to `onProgress`). */
export type Final = Exclude<ImportReply, { type: 'progress' }>;

interface Pending {
  resolve: (reply: Final) => void;
  onProgress?: (phase: Phase, fraction: number, bytes?: number) => void;
}

/** One worker and the requests it is answering. */
class Slot {
  readonly pending = new Map<number, Pending>();
  private worker: Worker;

  constructor() {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (!isImportReply(event.data)) return; // pdf.js's `{ sourceName: 'worker', action: 'ready' }`, or anything else not ours
      const reply = event.data;
      const waiting = this.pending.get(reply.id);
      if (reply.type === 'progress') return waiting?.onProgress?.(reply.phase, reply.fraction, reply.bytes);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    };
    // The worker died (out of memory on a hostile file, a crash): what it was doing fails, a new one takes over.
    worker.onerror = (event) => {
      event.preventDefault();
      const message = `导入进程意外终止（${event.message || '未知原因'}）；其他文件不受影响，可重试此文件。 / The import worker stopped (${event.message || 'unknown reason'}); other files are not affected; try this file again.`;
      for (const [id, waiting] of this.pending) waiting.resolve({ type: 'error', id, message });
      this.pending.clear();
      worker.terminate();
      this.worker = this.spawn();
    };
    return worker;
  }

  send(request: ImportRequest, pending: Pending, transfer: Transferable[]): void {
    this.pending.set(request.id, pending);
    this.worker.postMessage(request, transfer);
  }
}

/**
 * The page's import workers (importWorker.ts): `parsers` read documents and datasets, one file
 * each at a time (so no more than that many files' bytes are held at once), the queue waiting in
 * this thread; one more worker does the store and export work, so that accepting or removing
 * never waits behind a long PDF. Created on first use.
 */
export class ImportWorkers {
  private readonly parsers: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly queue: { request: ImportRequest; pending: Pending }[] = [];
  private storeSlot: Slot | null = null;
  private nextId = 0;

  constructor(private readonly parserCount: number) {}

  /** Reads a document or a dataset on the next free parser. */
  parse(ask: Extract<Ask, { type: 'document' | 'dataset' }>, onProgress?: Pending['onProgress']): Promise<Final> {
    return new Promise((resolve) => {
      this.queue.push({ request: { ...ask, id: ++this.nextId } as ImportRequest, pending: { resolve, onProgress } });
      this.dispatch();
    });
  }

  /** A store or export request; `transfer` hands buffers over without a copy. */
  store(ask: Exclude<Ask, { type: 'document' | 'dataset' }>, transfer: Transferable[] = []): Promise<Final> {
    this.storeSlot ??= new Slot();
    const slot = this.storeSlot;
    return new Promise((resolve) => slot.send({ ...ask, id: ++this.nextId } as ImportRequest, { resolve }, transfer));
  }

  /** Requests waiting for a parser (not yet started). */
  get waiting(): number {
    return this.queue.length;
  }

  private dispatch(): void {
    while (this.parsers.length < this.parserCount && this.queue.length > this.idle.length) {
      const slot = new Slot();
      this.parsers.push(slot);
      this.idle.push(slot);
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const slot = this.idle.shift()!;
      const { request, pending } = this.queue.shift()!;
      slot.send(request, {
        onProgress: pending.onProgress,
        resolve: (reply) => {
          this.idle.push(slot);
          pending.resolve(reply);
          this.dispatch();
        },
      }, []);
    }
  }
}

/** How many parsers a page runs: one per core beyond the page's own and DuckDB's, at least one, at most four. */
export const parserCount = (): number => Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 2));

/**
 * One ingest worker thread (started by `ingestWorkers.ts`): documents in, contract rows out, the
 * same `ingestDocument` the CLI would call in its own thread, one document at a time in the order sent.
 */
import { parentPort } from 'node:worker_threads';
import { ingestDocument } from '../ingest/ingestDocument';
import { recognize } from '../parse/recognize';
import { readDocument } from '../read/readDocument';
import { nodeSha256Hex } from './nodeSha256';
import { pdfCharacterMaps } from './pdfCharacterMaps';
import type { IngestJob, IngestReply } from './ingestWorkers';

const cMaps = pdfCharacterMaps();
const port = parentPort!;

/** Jobs run one after another in the order they came (the pool sends the next before this one is answered). */
let previous: Promise<void> = Promise.resolve();
port.on('message', (job: IngestJob) => {
  previous = previous.then(async () => {
    let reply: IngestReply;
    try {
      const document = await ingestDocument(job.bytes, job.name, job.sidecarJson, recognize, (bytes, name) => readDocument(bytes, name, { cMaps }), nodeSha256Hex);
      reply = { id: job.id, document };
    } catch (e) {
      reply = { id: job.id, error: (e as Error).message };
    }
    port.postMessage(reply);
  });
});
port.postMessage('ready');

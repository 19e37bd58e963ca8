/**
 * One ingest worker thread (started by `ingestWorkers.ts`): documents in, contract rows out, the
 * same `ingestDocument` the CLI would call in its own thread.
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

port.on('message', async (job: IngestJob) => {
  let reply: IngestReply;
  try {
    const document = await ingestDocument(job.bytes, job.name, job.sidecarJson, recognize, (bytes, name) => readDocument(bytes, name, { cMaps }), nodeSha256Hex);
    reply = { id: job.id, document };
  } catch (e) {
    reply = { id: job.id, error: (e as Error).message };
  }
  port.postMessage(reply);
});
port.postMessage('ready');

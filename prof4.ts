import { readFileSync } from 'node:fs';
import { ingestDocument } from './src/ingest/ingestDocument';
const name = process.argv[2]!;
const b = new Uint8Array(readFileSync('tests/fixtures/formats/' + name));
for (let i = 0; i < 5; i++) await ingestDocument(b, name);
const t = performance.now();
for (let i = 0; i < 100; i++) await ingestDocument(b, `${i}${name}`);
console.log(name, ((performance.now() - t) / 100).toFixed(2), 'ms');

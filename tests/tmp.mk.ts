import { datasetDir } from '../src/bench/datasets';
const size = (process.argv[2] ?? 'M') as 'M';
await datasetDir(size, console.log);
await datasetDir(size, console.log, true);
console.log('done');

import { datasetDir } from '../src/bench/datasets';
await datasetDir((process.argv[2] ?? 'M') as 'M', console.log);

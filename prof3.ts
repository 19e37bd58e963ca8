import { readFileSync } from 'node:fs';
import { readDocument } from './src/read/readDocument';
import { recognize } from './src/parse/recognize';
const names = ['000_82397be2bbd94de5.txt','001_099530ba672a4441.txt','002_ddff5fd3e69ced26.txt','003_c9a193166346a5e1.txt','004_77a491ca9b0fee99.txt'];
const grids = [];
for (const f of names) { const g = await readDocument(new Uint8Array(readFileSync('data/raw/' + f)), f); if (g.ok) grids.push({ f, g: g.grid }); }
const t = performance.now();
for (let i = 0; i < 60; i++) for (const { f, g } of grids) recognize(g, f);
console.log(((performance.now() - t) / 60).toFixed(1), 'ms per pass');

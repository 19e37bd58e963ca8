import { describe, expect, it } from 'vitest';
import { NO_SIDECAR, parseSidecar, pick } from '../../src/ingest/sidecar';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { corpusBytes } from './corpus';

describe('parseSidecar', () => {
  it('reads year, region and override', () => {
    expect(parseSidecar('{"year": 2023, "region": " 上海市普陀区 "}')).toEqual({ ok: true, sidecar: { year: 2023, region: '上海市普陀区', override: false } });
    expect(parseSidecar('{"year": 2020, "override": true}')).toEqual({ ok: true, sidecar: { year: 2020, region: null, override: true } });
  });
  it('rejects what it cannot use, with the reason', () => {
    expect(parseSidecar('{year: 2023}')).toMatchObject({ ok: false, error: expect.stringMatching(/^sidecar is not JSON/) });
    expect(parseSidecar('[2023]')).toEqual({ ok: false, error: 'sidecar must be a JSON object' });
    expect(parseSidecar('{"year": "2023"}')).toEqual({ ok: false, error: 'sidecar "year" must be a year such as 2023' });
    expect(parseSidecar('{"region": ""}')).toEqual({ ok: false, error: 'sidecar "region" must be a non-empty text' });
    expect(parseSidecar('{"override": "yes"}')).toEqual({ ok: false, error: 'sidecar "override" must be true or false' });
    expect(parseSidecar('{"yaer": 2023}')).toEqual({ ok: false, error: 'sidecar field "yaer" unknown (fields: year, region, override)' });
  });
});

describe('pick', () => {
  const sidecar = { year: 2019, region: null, override: false };
  it('keeps the document value, fills a gap from the sidecar, lets the sidecar win with override', () => {
    expect(pick(2021, 2019, sidecar)).toEqual({ value: 2021, fromSidecar: false });
    expect(pick(null, 2019, sidecar)).toEqual({ value: 2019, fromSidecar: true });
    expect(pick(2021, 2019, { ...sidecar, override: true })).toEqual({ value: 2019, fromSidecar: true });
    expect(pick(2021, null, { ...NO_SIDECAR, override: true })).toEqual({ value: 2021, fromSidecar: false });
  });
});

describe('a sidecar in ingestDocument', () => {
  const file = '002_ddff5fd3e69ced26.txt';
  it('does not change what the document states', async () => {
    const doc = await ingestDocument(corpusBytes(file), file, '{"year": 2019, "region": "山西省大同市"}');
    expect(new Set(doc.rows.evaluations.map((e) => `${e.year} ${e.region}`))).toEqual(new Set(['2021 大同市']));
    expect(doc.rows.evaluations.some((e) => e.warnings?.includes('year_from_sidecar'))).toBe(false);
  });
  it('overrides it with "override": true, and says so on every record', async () => {
    const doc = await ingestDocument(corpusBytes(file), file, '{"year": 2019, "override": true}');
    expect(new Set(doc.rows.evaluations.map((e) => `${e.year} ${e.region}`))).toEqual(new Set(['2019 大同市']));
    expect(doc.rows.evaluations.every((e) => e.warnings?.includes('year_from_sidecar'))).toBe(true);
    expect(new Set(doc.rows.indicators.map((i) => i.year))).toEqual(new Set([2019]));
  });
});

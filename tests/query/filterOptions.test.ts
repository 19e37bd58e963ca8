import { describe, expect, it } from 'vitest';
import { filterOptionsQuery } from '../../src/query/filterOptions';
import { contractDbSuite, queryRows } from './contractDb';

describe('filterOptions on the corpus', () => {
  const db = contractDbSuite();

  const values = async (field: Parameters<typeof filterOptionsQuery>[0]) =>
    (await queryRows<{ value: unknown }>(db.conn, filterOptionsQuery(field))).map((r) => r.value);

  it('offers the years and regions of the five documents, sorted', async () => {
    expect(await values('year')).toEqual([2020, 2021, 2023, 2024]);
    expect(await values('region')).toEqual(expect.arrayContaining(['淮南市', '大同市', '上海市普陀区', '湘西自治州']));
  });

  it('offers the implementing units, including those other than the department (驻长沙办事处, 州大数据中心)', async () => {
    const units = (await values('implementing_unit')) as string[];
    expect(units).toEqual(expect.arrayContaining(['州大数据中心', '淮南市人民政府办公室']));
    expect(units.some((u) => u.includes('驻长沙办事处'))).toBe(true);
    expect(units).toEqual([...units].sort());
  });
});

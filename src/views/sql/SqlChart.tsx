import { useEffect, useState } from 'react';
import { EChart } from '../../charts/EChart';
import { plainText } from '../../charts/plainText';
import { TEXT_TOOLTIP } from '../../charts/theme';
import type { TextSqlConnection } from '../../db/connection';
import type { Lang } from '../../i18n/lang';
import { resultRows, type SqlResult } from './sqlResult';

const MAX_BARS = 200;

const L = {
  first: { zh: (n: number) => `（前 ${n} 行）`, en: (n: number) => ` (first ${n} rows)` },
};

/** "Chart this": a two-column result (label, number) as horizontal bars, in result order. */
export function SqlChart(props: { conn: TextSqlConnection; result: SqlResult; lang: Lang; filterSummary: string }) {
  const { conn, result, lang } = props;
  const [data, setData] = useState<{ labels: string[]; values: (number | null)[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [label, value] = [result.columns[0]!.name, result.columns[1]!.name];
  useEffect(() => {
    let live = true;
    resultRows(conn, MAX_BARS).then(
      (rows) => {
        if (!live) return;
        setData({
          labels: rows.map((r) => plainText(r[label], 40)),
          values: rows.map((r) => (r[value] === null || r[value] === undefined ? null : Number(r[value]))),
        });
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [conn, result, label, value]);
  if (error) return <p className="query-error">{error}</p>;
  if (!data) return <p className="query-state">…</p>;
  const option = {
    tooltip: { ...TEXT_TOOLTIP, trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: plainText(value, 30), nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'category', inverse: true, data: data.labels, axisLabel: { width: 220, overflow: 'truncate' } },
    series: [{ type: 'bar', name: plainText(value, 30), data: data.values, label: { show: data.values.length <= 40, position: 'right' } }],
  };
  return (
    <EChart
      id="sql-chart"
      title={`${plainText(value, 30)} — ${plainText(label, 30)}${L.first[lang](MAX_BARS)}`}
      option={option}
      height={Math.min(2400, Math.max(220, data.labels.length * 24 + 60))}
      lang={lang}
      filterSummary={props.filterSummary}
    />
  );
}

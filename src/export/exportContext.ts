import type { SqlConnection } from '../db/connection';
import { FLAGGED_TEXT, t } from '../i18n/dict';
import type { Lang, Localized } from '../i18n/lang';
import { colon, joinClauses, joinList, parenthesized } from '../i18n/punctuation';
import type { Filters } from '../query/filters';
import type { ExportColumn, ExportContext } from './exportTable';

const L = {
  filters: { zh: '筛选条件', en: 'Filters' },
  columnFilters: { zh: '表内筛选', en: 'Column filters' },
  sorting: { zh: '排序', en: 'Sorted by' },
  rows: { zh: '行数', en: 'Rows' },
  generated: { zh: '生成时间', en: 'Generated' },
  fingerprint: { zh: '数据指纹', en: 'Data fingerprint' },
  sources: { zh: '源文件数', en: 'Source files' },
  link: { zh: '链接', en: 'Link' },
  table: { zh: '表', en: 'Table' },
  setting: { zh: '设置', en: 'Setting' },
  value: { zh: '取值', en: 'Value' },
  sheet: { zh: '筛选条件', en: 'Filters' },
  none: { zh: '无', en: 'none' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  asc: { zh: '升序', en: 'ascending' },
  desc: { zh: '降序', en: 'descending' },
  noFingerprint: { zh: '（无法计算：没有 ingest_report）', en: '(not available: no ingest_report)' },
  fingerprintOf: {
    zh: (n: number) => `（${n} 份源文件 SHA-256 的 SHA-256）`,
    en: (n: number) => ` (SHA-256 of the ${n} source files’ SHA-256)`,
  },
  total: { zh: '合计', en: 'Total' },
  rowCount: { zh: (n: number) => `${n} 行`, en: (n: number) => `${n} rows` },
  moneyHeader: { zh: (header: string) => `${header}（万元）`, en: (header: string) => `${header} (10k CNY)` },
  totalKinds: {
    avg: { zh: '均值', en: 'mean' },
    ratio: { zh: '加权', en: 'weighted' },
  } as Record<string, Localized>,
};

/** The data a file was made from: the SHA-256 of the loaded source documents' SHA-256s (ingest_report), sorted; the same documents give the same fingerprint. */
export interface DataFingerprint {
  sha256: string;
  sources: number;
}

/** SQL of the fingerprint: one row (`fingerprint` NULL when no document is loaded). */
export const FINGERPRINT_SQL = `SELECT sha256(string_agg(sha256, '|' ORDER BY sha256)) AS fingerprint, count(sha256)::INTEGER AS sources FROM ingest_report`;

export async function dataFingerprint(conn: SqlConnection): Promise<DataFingerprint | null> {
  try {
    const [row] = await conn.rows<{ fingerprint: string | null; sources: number }>(FINGERPRINT_SQL);
    return row?.fingerprint ? { sha256: row.fingerprint, sources: row.sources } : null;
  } catch {
    return null;
  }
}

/** Local time with its UTC offset: `2025-03-01 14:05:09 UTC+08:00`. */
export function localTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}:${p(date.getSeconds())} UTC${sign}${p(Math.floor(Math.abs(offset) / 60))}:${p(Math.abs(offset) % 60)}`;
}

/** A money column's header says its unit (万元). */
export function exportHeader(header: string, format: ExportColumn['format'], lang: Lang): string {
  if (format !== 'money' || header.includes('万元') || header.includes('10k CNY')) return header;
  return L.moneyHeader[lang](header);
}

export interface ExportContextInput {
  conn: SqlConnection;
  lang: Lang;
  /** The table's title, e.g. 明细 · 自评表. */
  title: string;
  filters: Filters;
  /** One line naming the active global filters (the app's filter summary). */
  filterSummary: string;
  /** The table's columns (their headers in the file), for naming its sort and column filters. */
  columns?: readonly ExportColumn[];
  sorting?: readonly { id: string; desc: boolean }[];
  columnFilters?: readonly { id: string; value: string }[];
  /** More label/value lines (e.g. the SQL text), shown above the table and listed among the settings. */
  extra?: readonly (readonly [string, string])[];
  rowCount: number;
  /** Footer totals by column id, when the table has them. */
  totals?: Readonly<Record<string, unknown>> | null;
  now?: Date;
  /** The page's URL, which reopens the same state. */
  url?: string;
}

const list = (values: readonly (string | number)[], lang: Lang) => (values.length ? joinList(values, lang) : t(lang, 'all'));
const pct = (v: number | null) => (v === null ? '…' : `${Math.round(v * 10000) / 100}%`);

/** Every global filter setting, set or not, label → value. */
export function filterSettings(f: Filters, lang: Lang): [string, string][] {
  return [
    [t(lang, 'year'), list(f.years, lang)],
    [t(lang, 'region'), list(f.regions, lang)],
    [t(lang, 'department'), list(f.departments, lang)],
    [t(lang, 'implementingUnit'), list(f.implementingUnits, lang)],
    [t(lang, 'search'), f.search.trim() || L.none[lang]],
    [t(lang, 'rateRange'), f.rateMin === null && f.rateMax === null ? t(lang, 'all') : `${pct(f.rateMin)} – ${pct(f.rateMax)}`],
    [t(lang, 'flaggedOnly'), t(lang, FLAGGED_TEXT[f.flaggedOnly ? f.flaggedMin : ''])],
    [t(lang, 'hideDamaged'), f.hideDamaged ? L.yes[lang] : L.no[lang]],
  ];
}

/** The context written with a table: title, filters, time, data fingerprint, totals, and the settings sheet. */
export async function buildExportContext(input: ExportContextInput): Promise<ExportContext> {
  const { lang } = input;
  const now = input.now ?? new Date();
  const fingerprint = await dataFingerprint(input.conn);
  const header = (id: string) => input.columns?.find((c) => c.id === id)?.header ?? id;
  const sorting = (input.sorting ?? []).map((s) => `${header(s.id)} ${s.desc ? L.desc[lang] : L.asc[lang]}`).join('; ');
  const columnFilters = (input.columnFilters ?? []).map((f) => `${header(f.id)}: ${f.value}`).join('; ');
  const fingerprintText = fingerprint ? `sha256:${fingerprint.sha256}${L.fingerprintOf[lang](fingerprint.sources)}` : L.noFingerprint[lang];
  const generated = localTime(now);

  const lines: (readonly [string, string])[] = [[L.filters[lang], input.filterSummary]];
  if (columnFilters) lines.push([L.columnFilters[lang], columnFilters]);
  if (sorting) lines.push([L.sorting[lang], sorting]);
  lines.push(...input.extra ?? []);
  lines.push([L.rows[lang], String(input.rowCount)], [L.generated[lang], generated], [L.fingerprint[lang], fingerprintText]);

  const settings: (readonly [string, string])[] = [
    [L.table[lang], input.title],
    ...filterSettings(input.filters, lang),
    [L.columnFilters[lang], columnFilters || L.none[lang]],
    [L.sorting[lang], sorting || L.none[lang]],
    ...(input.extra ?? []),
    [L.rows[lang], String(input.rowCount)],
    [L.generated[lang], generated],
    [L.fingerprint[lang], fingerprint ? `sha256:${fingerprint.sha256}` : L.noFingerprint[lang]],
    [L.sources[lang], fingerprint ? String(fingerprint.sources) : '—'],
  ];
  if (input.url) settings.push([L.link[lang], input.url]);

  let totals: ExportContext['totals'] = null;
  if (input.totals && Object.keys(input.totals).length > 0) {
    const kinds = (['avg', 'ratio'] as const).flatMap((kind) => {
      const names = (input.columns ?? []).filter((c) => c.total === kind && c.id in input.totals!).map((c) => c.header);
      return names.length ? [`${L.totalKinds[kind]![lang]}${colon(lang)}${joinList(names, lang)}`] : [];
    });
    const label = `${L.total[lang]}${parenthesized(joinClauses([L.rowCount[lang](input.rowCount), ...kinds], lang), lang)}`;
    totals = { label, values: input.totals };
  }

  return {
    title: input.title,
    lines,
    settings,
    settingsSheet: L.sheet[lang],
    settingsHeader: [L.setting[lang], L.value[lang]],
    totals,
  };
}

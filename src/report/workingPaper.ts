import { utils, write, type WorkSheet } from '@e965/xlsx';
import { exportCell } from '../export/exportTable';
import { sheetName } from '../export/xlsx';
import type { Filters } from '../query/filters';
import { STATUS_LABELS, isReviewStatus } from '../review/reviewStatus';
import { SCORING_PROFILES } from '../rules/profiles';
import { RULES } from '../rules/registry';
import type { RuleSettings } from '../rules/settings';
import type { FileHash } from './fileHashes';
import type { RuleCountRow } from './reportData';
import { inlineParams } from '../query/inlineParams';
import { allReportQueries, type ReportQueries } from './reportQueries';

/** A finding row of `findings.all`. */
export type FindingRecord = Record<string, unknown> & { rule_id: string; evidence: string | null; review_status: string | null };

/** A note row of the notes' state query (every note, orphaned ones included). */
export type NoteRecord = Record<string, unknown>;

export interface WorkingPaperInput {
  queries: ReportQueries;
  filters: Filters;
  filterSummary: string;
  settings: RuleSettings;
  findings: readonly FindingRecord[];
  /** Findings per rule under the filters (`findings.by_rule`). */
  counts: readonly RuleCountRow[];
  notes: readonly NoteRecord[];
  hashes: readonly FileHash[];
  exportedAt: Date;
}

type Cell = string | number | null;

/** A sheet from rows of cells: texts as text cells (never formulas), header row frozen, columns as wide as their text (capped). */
function sheet(rows: readonly (readonly unknown[])[]): WorkSheet {
  const cells: Cell[][] = rows.map((r) => r.map(exportCell));
  const ws = utils.aoa_to_sheet(cells);
  const widths = (cells[0] ?? []).map((_, c) => Math.min(60, Math.max(8, ...cells.slice(0, 200).map((r) => String(r[c] ?? '').length + 2))));
  ws['!cols'] = widths.map((wch) => ({ wch }));
  ws['!freeze'] = { xSplit: 0, ySplit: 1 };
  return ws;
}

const statusZh = (v: unknown) => (isReviewStatus(v) ? STATUS_LABELS[v].zh : '');

/** The finding's evidence JSON (written by its rule's SQL) as key → value. */
function evidenceOf(r: FindingRecord): Record<string, unknown> {
  try {
    const parsed = JSON.parse(r.evidence ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const FINDING_FIELDS = ['flag_id', 'severity', 'year', 'region', 'department', 'project', 'source_file', 'eval_id', 'indicator_index', 'target_table_id', 'message_zh'] as const;

/** One rule's findings (none: the header alone): the finding, one column per evidence field, the raw evidence, the reviewer's status, reason and note. */
function ruleSheet(rows: readonly FindingRecord[]): WorkSheet {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(evidenceOf(r))))];
  const header = [...FINDING_FIELDS, ...keys.map((k) => `evidence.${k}`), 'evidence', '复核状态 status', '排除理由 reason', '复核备注 note', '复核时间 updated_at'];
  const body = rows.map((r) => {
    const ev = evidenceOf(r);
    return [...FINDING_FIELDS.map((f) => r[f]), ...keys.map((k) => ev[k]), r.evidence, statusZh(r.review_status), r.review_reason, r.review_note, r.review_updated_at];
  });
  return sheet([header, ...body]);
}

function settingsSheet(input: WorkingPaperInput): WorkSheet {
  const { filters, settings } = input;
  const profile = (id: string) => SCORING_PROFILES.find((p) => p.id === id);
  const rows: unknown[][] = [
    ['类别 kind', '项目 item', '取值 value', '默认 default', '说明 note', '线索数 findings'],
    ['导出', '导出时间 exported at', input.exportedAt.toISOString(), '', ''],
    ['筛选', '筛选条件 summary', input.filterSummary, '', ''],
    ['筛选', 'years', filters.years.join(', '), '', ''],
    ['筛选', 'regions', filters.regions.join(', '), '', ''],
    ['筛选', 'departments', filters.departments.join(', '), '', ''],
    ['筛选', 'implementingUnits', filters.implementingUnits.join(', '), '', ''],
    ['筛选', 'search', filters.search, '', ''],
    ['筛选', 'rateMin', filters.rateMin, '', ''],
    ['筛选', 'rateMax', filters.rateMax, '', ''],
    ['筛选', 'flaggedOnly', String(filters.flaggedOnly), '', ''],
    ['筛选', 'flaggedMin', filters.flaggedOnly ? filters.flaggedMin : '', '', ''],
    ['筛选', 'hideDamaged', String(filters.hideDamaged), '', ''],
    ['计分口径', '默认 default', settings.defaultProfile, 'national', `${profile(settings.defaultProfile)?.name.zh ?? ''}：${profile(settings.defaultProfile)?.formula.zh ?? ''}`],
    ...Object.entries(settings.regionProfiles).map(([region, id]) => ['计分口径', region, id, '', `${profile(id)?.name.zh ?? ''}：${profile(id)?.formula.zh ?? ''}`]),
  ];
  for (const rule of RULES) {
    const on = !settings.disabledRules.includes(rule.id);
    rows.push(['规则', rule.id, on ? '启用' : '未启用', '启用', rule.title.zh, on ? (input.counts.find((c) => c.rule_id === rule.id)?.findings ?? 0) : null]);
    for (const p of rule.params) rows.push(['阈值', p.key, settings.params[p.key] ?? p.default, p.default, `${p.label.zh}（${p.unit}）`]);
  }
  return sheet(rows);
}

function sqlSheet(queries: ReportQueries): WorkSheet {
  return sheet([
    ['编号 id', '内容 figure', 'SQL', '参数 parameters (JSON, in order of the ? marks)', '参数已代入 SQL with the parameters in (runs as it is in the SQL view)'],
    ...allReportQueries(queries).map((q) => {
      const sql = q.sql.replace(/\n\s+/g, '\n  ');
      return [q.id, q.title.zh, sql, JSON.stringify(q.params), inlineParams(sql, q.params)];
    }),
  ]);
}

function hashSheet(hashes: readonly FileHash[], exportedAt: Date): WorkSheet {
  return sheet([
    ['类型 kind', '文件 file', '路径 path', '字节 bytes', 'SHA-256', 'ingest_report.sha256', '一致 matches', '错误 error'],
    ...hashes.map((h) => [h.kind, h.file, h.path, h.bytes, h.sha256, h.recorded, h.recorded === null ? '' : h.recorded === h.sha256 ? '是' : '否', h.error]),
    [],
    ['导出时间 exported at', exportedAt.toISOString()],
  ]);
}

function notesSheet(notes: readonly NoteRecord[]): WorkSheet {
  const fields = ['kind', 'subject_id', 'source_file', 'source_sha256', 'subject_text', 'status', 'reason', 'note', 'updated_at'];
  return sheet([
    [...fields, '复核状态', '对应线索仍在 attached'],
    ...notes.map((n) => [...fields.map((f) => n[f]), statusZh(n.status), n.attached ? '是' : '否（孤立 orphaned）']),
  ]);
}

/**
 * The audit working paper (审计工作底稿) as XLSX: one sheet per enabled rule (findings with their
 * evidence columns, status and note), the filters and thresholds in force, the SQL of every figure
 * of the report, the SHA-256 of every Parquet and source file with the time of export, and every note.
 */
export function workingPaper(input: WorkingPaperInput): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, settingsSheet(input), '筛选与阈值');
  for (const rule of RULES.filter((r) => !input.settings.disabledRules.includes(r.id))) {
    utils.book_append_sheet(book, ruleSheet(input.findings.filter((f) => f.rule_id === rule.id)), sheetName(rule.id));
  }
  utils.book_append_sheet(book, sqlSheet(input.queries), 'SQL');
  utils.book_append_sheet(book, hashSheet(input.hashes, input.exportedAt), '文件哈希');
  utils.book_append_sheet(book, notesSheet(input.notes), '复核意见');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer);
}

import { langColumn, type Lang, type Localized } from '../../i18n/lang';
import { ruleById } from '../../rules/registry';
import type { Severity } from '../../rules/rule';
import type { ExportColumn } from '../../export/exportTable';
import { reviewCell } from '../../review/reviewCell';
import { statusTextIn } from '../../review/reviewStatus';
import type { DataColumn } from '../../table/DataTable';
import { qualityCell } from '../records/recordCells';
import { ruleIdOf } from '../../findings/ruleText';
import { SEVERITY_LABELS } from '../../findings/severity';

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

interface FindingColumn {
  id: string;
  header: Localized;
  width: number;
  numeric?: boolean;
  format?: (value: unknown, lang: Lang) => string;
  render?: DataColumn['render'];
  shown: boolean;
}

/** The findings table; the message column is the UI language's. */
export function findingColumns(lang: Lang): FindingColumn[] {
  return [
    { id: 'severity_rank', header: { zh: '等级', en: 'Severity' }, width: 64, shown: true, format: (v, l) => SEVERITY_LABELS[(['high', 'medium', 'low'] as Severity[])[Number(v)] ?? 'low'][l] },
    // The rule's id and both titles: its filter finds `清单` as well as `list.`.
    { id: 'rule_text', header: { zh: '规则', en: 'Rule' }, width: 190, shown: true, format: (v, l) => `${ruleById(ruleIdOf(v))?.title[l] ?? ''} ${ruleIdOf(v)}`.trim() },
    { id: 'year', header: { zh: '年度', en: 'Year' }, width: 60, numeric: true, shown: true },
    { id: 'region', header: { zh: '地区', en: 'Region' }, width: 100, shown: false },
    { id: 'department', header: { zh: '主管部门', en: 'Department' }, width: 170, shown: true },
    { id: 'project', header: { zh: '项目', en: 'Project' }, width: 220, shown: true },
    { id: 'quality', header: { zh: '数据质量', en: 'Data quality' }, width: 100, shown: true, ...qualityCell },
    { id: 'indicator_index', header: { zh: '指标序号', en: 'Ind. #' }, width: 70, numeric: true, shown: false },
    { id: langColumn('message', lang), header: { zh: '线索说明', en: 'Message' }, width: 520, shown: true },
    { id: 'review_status', header: { zh: '复核状态', en: 'Review' }, width: 84, shown: true, format: statusTextIn, render: reviewCell },
    { id: 'review_reason', header: { zh: '排除理由', en: 'Dismissed because' }, width: 200, shown: false },
    { id: 'review_note', header: { zh: '复核备注', en: 'Review note' }, width: 220, shown: true },
    { id: 'evidence', header: { zh: '证据（JSON）', en: 'Evidence (JSON)' }, width: 300, shown: false },
    { id: 'source_file', header: { zh: '来源文件', en: 'Source file' }, width: 200, shown: false },
    { id: 'eval_id', header: { zh: '表编号', en: 'Form id' }, width: 220, shown: false },
    { id: 'target_table_id', header: { zh: '目标表编号', en: 'Target table id' }, width: 220, shown: false },
    { id: 'flag_id', header: { zh: '线索编号', en: 'Flag id' }, width: 240, shown: false },
  ];
}

export function findingDataColumns(lang: Lang): DataColumn[] {
  return findingColumns(lang).map((c) => ({
    id: c.id,
    header: c.header,
    width: c.width,
    numeric: c.numeric ?? false,
    format: c.format ?? ((v) => text(v)),
    ...(c.render ? { render: c.render } : {}),
  }));
}

export function findingVisibility(lang: Lang): Record<string, boolean> {
  return Object.fromEntries(findingColumns(lang).map((c) => [c.id, c.shown]));
}

/** Every column an auditor needs to trace a finding, evidence and both messages included; headers in the UI's language. */
export function findingExportColumns(lang: Lang): ExportColumn[] {
  const c = (id: string, zh: string, en: string, format?: ExportColumn['format']): ExportColumn => {
    const header: Localized = { zh, en };
    return { id, header: header[lang], ...(format ? { format } : {}) };
  };
  return [
    c('flag_id', '线索编号', 'Flag id'),
    c('rule_id', '规则', 'Rule'),
    c('severity', '等级', 'Severity'),
    c('year', '年度', 'Year', 'year'),
    c('region', '地区', 'Region'),
    c('department', '主管部门', 'Department'),
    c('project', '项目', 'Project'),
    c('source_file', '来源文件', 'Source file'),
    c('eval_id', '表编号', 'Form id'),
    c('indicator_index', '指标序号', 'Indicator #', 'int'),
    c('target_table_id', '目标表编号', 'Target table id'),
    c('message_zh', '线索说明（中文）', 'Message (Chinese)'),
    c('message_en', '线索说明（英文）', 'Message (English)'),
    c('evidence', '证据（JSON）', 'Evidence (JSON)'),
    c('review_status', '复核状态', 'Review status'),
    c('review_reason', '排除理由', 'Dismissed because'),
    c('review_note', '复核备注', 'Review note'),
  ];
}

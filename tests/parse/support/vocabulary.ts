/**
 * How the label vocabulary classifies a printed label, block by block, through the lookups the
 * recognizer uses there: cells by their exact role (head fields, funds columns and rows, goal columns),
 * indicator header cells by the role whose synonym they contain, block labels by their lists, the total
 * row by its label at the start, titles by their patterns, the narrative after a form by its prefixes. `-` where no lookup names the label.
 */
import { readFileSync } from 'node:fs';
import {
  FUNDS_BLOCK_LABELS,
  FUNDS_COLUMN_ROLES,
  FUNDS_ROW_LABEL_HEADERS,
  FUNDS_ROW_LABELS,
  GOAL_BLOCK_LABELS,
  GOAL_COLUMN_ROLES,
  HEADER_FIELD_LABELS,
  INDICATOR_BLOCK_LABELS,
  NARRATIVE_PREFIXES,
  TITLE_PATTERNS,
  keyMatches,
  labelKey,
  roleOfKey,
  startsWithAny,
} from '../../../src/parse/labels';
import { ASIDE_INDICATOR_LABELS, findAtStart, INDICATOR_ROLE_SYNONYMS, roleInKey, TOTAL_LABELS } from '../../../src/parse/form/rowLabels';

export type Block = 'head' | 'funds' | 'fundsBlock' | 'fundsRow' | 'goalBlock' | 'goalColumn' | 'indicatorBlock' | 'indicator' | 'total' | 'title' | 'narrative';

const titleKind = (key: string): string | null =>
  (['list', 'targetTable', 'selfEvaluation'] as const).find((kind) => TITLE_PATTERNS[kind].test(key)) ?? null;

/** The role (or `block`, `total`, `rowLabel`) the vocabulary gives the label in the block, `-` for none. */
export function classify(label: string, block: Block): string {
  const key = labelKey(label);
  const listed = (labels: readonly string[]): string => (keyMatches(key, labels) ? 'block' : '-');
  switch (block) {
    case 'head': return roleOfKey(key, HEADER_FIELD_LABELS) ?? '-';
    case 'funds': return keyMatches(key, FUNDS_ROW_LABEL_HEADERS) ? 'rowLabel' : (roleOfKey(key, FUNDS_COLUMN_ROLES) ?? '-');
    case 'fundsBlock': return listed(FUNDS_BLOCK_LABELS);
    case 'fundsRow': return roleOfKey(key, FUNDS_ROW_LABELS) ?? '-';
    case 'goalBlock': return listed(GOAL_BLOCK_LABELS);
    case 'goalColumn': return roleOfKey(key, GOAL_COLUMN_ROLES) ?? '-';
    // A block label that also names an indicator column would take that column's place in the header row.
    case 'indicatorBlock': return roleInKey(key, INDICATOR_ROLE_SYNONYMS) ?? listed(INDICATOR_BLOCK_LABELS);
    // A column the header reader reads nothing from (`aside`), before any role it holds a synonym of (历史指标值 holds 指标值).
    case 'indicator': return findAtStart(key, ASIDE_INDICATOR_LABELS) ? 'aside' : (roleInKey(key, INDICATOR_ROLE_SYNONYMS) ?? '-');
    case 'total': return findAtStart(key, TOTAL_LABELS) ? 'total' : '-';
    case 'title': return titleKind(key) ?? '-';
    case 'narrative': return startsWithAny(key, NARRATIVE_PREFIXES) ? 'narrative' : '-';
  }
}

export interface VocabularyLabel {
  readonly label: string;
  readonly block: Block;
  readonly expected: string;
  readonly page: string;
  readonly province: string;
}

/** The labels of a data note (`tests/fixtures/vocabulary/*.tsv`: label, block, expected role, page, province). */
export function vocabularyLabels(file: URL): VocabularyLabel[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label = '', block = '', expected = '', page = '', province = ''] = line.split('\t');
      return { label, block: block as Block, expected, page, province };
    });
}

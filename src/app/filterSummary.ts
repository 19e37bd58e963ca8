import { t, type TextKey } from '../i18n/dict';
import { formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { Filters } from '../query/filters';

const SEVERITY_WORDS = { high: { zh: '高', en: 'high' }, medium: { zh: '中', en: 'medium' }, low: { zh: '低', en: 'low' } } as const;

/** One active filter, as a removable chip: its label and the change that removes it. */
export interface FilterChip {
  key: string;
  label: string;
  remove: Partial<Filters>;
}

export function filterChips(f: Filters, lang: Lang): FilterChip[] {
  const chips: FilterChip[] = [];
  const list = <K extends 'years' | 'regions' | 'departments' | 'implementingUnits'>(
    field: K,
    name: TextKey,
  ) => {
    for (const value of f[field] as (string | number)[]) {
      chips.push({
        key: `${field}:${value}`,
        label: `${t(lang, name)}: ${value}`,
        remove: { [field]: (f[field] as (string | number)[]).filter((v) => v !== value) } as Partial<Filters>,
      });
    }
  };
  list('years', 'year');
  list('regions', 'region');
  list('departments', 'department');
  list('implementingUnits', 'implementingUnit');
  if (f.search.trim()) chips.push({ key: 'search', label: `${t(lang, 'search')}: ${f.search.trim()}`, remove: { search: '' } });
  if (f.rateMin !== null || f.rateMax !== null) {
    const range = `${f.rateMin === null ? '…' : formatRate(f.rateMin, 0)} – ${f.rateMax === null ? '…' : formatRate(f.rateMax, 0)}`;
    chips.push({ key: 'rate', label: `${t(lang, 'rateRange').replace(' %', '')}: ${range}`, remove: { rateMin: null, rateMax: null } });
  }
  if (f.flaggedOnly) {
    const label = f.flaggedMin === 'low' ? t(lang, 'flaggedChip') : `${t(lang, 'flaggedChipMin')}: ${SEVERITY_WORDS[f.flaggedMin][lang]}`;
    chips.push({ key: 'flagged', label, remove: { flaggedOnly: false, flaggedMin: 'low' } });
  }
  if (f.hideDamaged) chips.push({ key: 'hideDamaged', label: t(lang, 'hideDamaged'), remove: { hideDamaged: false } });
  return chips;
}

/** One line naming every active filter (drawn into exported images), or "all data". */
export function filterSummary(f: Filters, lang: Lang): string {
  const chips = filterChips(f, lang);
  return chips.length > 0 ? chips.map((c) => c.label).join(' · ') : t(lang, 'noFilter');
}

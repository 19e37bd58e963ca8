import { t } from '../i18n/dict';
import type { Lang } from '../i18n/lang';
import { NO_FILTERS, type Filters } from '../query/filters';
import { filterChips } from './filterSummary';

/** The active filters as removable chips, plus "clear all". */
export function FilterChips({ filters, setFilters, lang }: {
  filters: Filters;
  setFilters: (change: Partial<Filters>) => void;
  lang: Lang;
}) {
  const chips = filterChips(filters, lang);
  if (chips.length === 0) return null;
  return (
    <div className="chips" data-testid="filter-chips">
      {chips.map((c) => (
        <button
          type="button"
          className="chip"
          key={c.key}
          data-chip={c.key}
          title={t(lang, 'removeFilter')}
          onClick={() => setFilters(c.remove)}
        >
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="chip chip-clear" onClick={() => setFilters(NO_FILTERS)}>
        {t(lang, 'clearAll')}
      </button>
    </div>
  );
}

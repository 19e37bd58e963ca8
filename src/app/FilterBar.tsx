import { useEffect, useMemo, useState } from 'react';
import type { TableName } from '../contract/tables';
import type { ArrowSqlConnection } from '../db/connection';
import { t, type DictKey } from '../i18n/dict';
import type { Lang } from '../i18n/lang';
import { FILTER_OPTION_TABLES, filterOptionsQuery, type FilterField } from '../query/filterOptions';
import type { Filters } from '../query/filters';
import type { Severity } from '../rules/rule';
import { useQueries, type QueryState } from '../query/useQueries';

interface Props {
  conn: ArrowSqlConnection;
  filters: Filters;
  setFilters: (change: Partial<Filters>) => void;
  lang: Lang;
  dataVersion: number;
  /** Tables loaded so far: a list's values come once its table is in. */
  loaded: ReadonlySet<TableName>;
}

type ListKey = 'years' | 'regions' | 'departments' | 'implementingUnits';

const LISTS: { field: FilterField; key: ListKey; label: DictKey }[] = [
  { field: 'year', key: 'years', label: 'year' },
  { field: 'region', key: 'regions', label: 'region' },
  { field: 'department', key: 'departments', label: 'department' },
  { field: 'implementing_unit', key: 'implementingUnits', label: 'implementingUnit' },
];

function OptionSelect({ filters, setFilters, lang, options, listKey, label, field }: Pick<Props, 'filters' | 'setFilters' | 'lang'> & {
  options: QueryState | undefined;
  field: FilterField;
  listKey: ListKey;
  label: DictKey;
}) {
  const column = options?.status === 'ready' ? options.data.value : undefined;
  const selected = (filters[listKey] as (string | number)[]).map(String);
  // Hundreds of departments at province scale: the option elements are rebuilt only when the values or the selection change.
  const selectedKey = selected.join('\u0000');
  const optionElements = useMemo(
    () =>
      Array.from(column ?? [], String).map((v) => (
        <option key={v} value={v} disabled={selectedKey.split('\u0000').includes(v)}>
          {v}
        </option>
      )),
    [column, selectedKey],
  );
  return (
    <label className="filter">
      <span>{t(lang, label)}</span>
      <select
        data-filter={field}
        value=""
        onChange={(e) => {
          const v = e.target.value;
          if (!v || selected.includes(v)) return;
          const next = listKey === 'years' ? [...filters.years, Number(v)] : [...(filters[listKey] as string[]), v];
          setFilters({ [listKey]: next } as Partial<Filters>);
        }}
      >
        <option value="">{selected.length ? `${t(lang, 'selected')} ${selected.length}` : t(lang, 'all')}</option>
        {optionElements}
      </select>
    </label>
  );
}

/** Percent text ↔ fraction; empty = unbounded. */
const toFraction = (text: string): number | null => {
  const n = Number(text);
  return text.trim() === '' || !Number.isFinite(n) ? null : n / 100;
};
const toPercentText = (v: number | null) => (v === null ? '' : String(Math.round(v * 10000) / 100));

/** One end of the execution-rate range, typed in percent; committed on Enter or when the field is left. */
function RateBound({ bound, filters, setFilters, lang }: Pick<Props, 'filters' | 'setFilters' | 'lang'> & { bound: 'rateMin' | 'rateMax' }) {
  const commit = (text: string) => setFilters({ [bound]: toFraction(text) });
  return (
    <input
      type="number"
      data-filter={bound}
      placeholder={t(lang, bound)}
      min={0}
      step={1}
      defaultValue={toPercentText(filters[bound])}
      key={`${bound}${filters[bound]}`}
      onBlur={(e) => commit(e.target.value)}
      onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
    />
  );
}

const FLAGGED_CHOICES: { value: '' | Severity; label: DictKey }[] = [
  { value: '', label: 'flaggedAny' },
  { value: 'low', label: 'flaggedLow' },
  { value: 'medium', label: 'flaggedMedium' },
  { value: 'high', label: 'flaggedHigh' },
];

/** "Flagged only", with the least severity a finding must have (all projects, any finding, medium and up, high). */
function FlaggedSelect({ filters, setFilters, lang }: Pick<Props, 'filters' | 'setFilters' | 'lang'>) {
  return (
    <label className="filter">
      <span>{t(lang, 'flaggedOnly')}</span>
      <select
        data-filter="flagged"
        value={filters.flaggedOnly ? filters.flaggedMin : ''}
        onChange={(e) => {
          const v = e.target.value as '' | Severity;
          setFilters(v === '' ? { flaggedOnly: false, flaggedMin: 'low' } : { flaggedOnly: true, flaggedMin: v });
        }}
      >
        {FLAGGED_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {t(lang, c.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The global filters: value pickers (options from the data), project search, rate range, flagged only (with a least severity), damaged forms hidden. */
export function FilterBar(props: Props) {
  const { conn, filters, setFilters, lang, dataVersion, loaded } = props;
  // Every list's values in one batch, once their tables are loaded.
  const ready = LISTS.filter((l) => loaded.has(FILTER_OPTION_TABLES[l.field]));
  const states = useQueries(conn, ready.map((l) => filterOptionsQuery(l.field)), dataVersion);
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => setFilters({ search }), 300);
    return () => clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  return (
    <section className="filterbar" aria-label={t(lang, 'filters')}>
      {LISTS.map((l) => (
        <OptionSelect
          key={l.field}
          filters={filters}
          setFilters={setFilters}
          lang={lang}
          options={states[ready.indexOf(l)]}
          field={l.field}
          listKey={l.key}
          label={l.label}
        />
      ))}
      <label className="filter filter-search">
        <span>{t(lang, 'search')}</span>
        <input type="search" data-filter="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <label className="filter filter-rate">
        <span>{t(lang, 'rateRange')}</span>
        <RateBound bound="rateMin" filters={filters} setFilters={setFilters} lang={lang} />
        <span className="dash">–</span>
        <RateBound bound="rateMax" filters={filters} setFilters={setFilters} lang={lang} />
      </label>
      <FlaggedSelect filters={filters} setFilters={setFilters} lang={lang} />
      <label className="filter filter-check" title={t(lang, 'hideDamagedHint')}>
        <input
          type="checkbox"
          data-filter="hideDamaged"
          checked={filters.hideDamaged}
          onChange={(e) => setFilters({ hideDamaged: e.target.checked })}
        />
        <span>{t(lang, 'hideDamaged')}</span>
      </label>
    </section>
  );
}

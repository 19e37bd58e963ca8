import type { ReactNode } from 'react';
import type { Columns } from '../../db/arrowValues';
import { t } from '../../i18n/dict';
import type { Lang } from '../../i18n/lang';
import type { QueryState } from '../../query/useQueries';

/** Renders a query's result through `children`, or its loading / error / empty state. */
export function QueryStatus({ state, lang, children, allowEmpty = false }: {
  state: QueryState;
  lang: Lang;
  children: (data: Columns, rows: number) => ReactNode;
  allowEmpty?: boolean;
}) {
  if (state.status === 'loading') return <div className="query-state query-loading">…</div>;
  if (state.status === 'error') {
    return (
      <div className="query-state query-error" role="alert">
        {t(lang, 'queryError')}: {state.error}
      </div>
    );
  }
  if (state.rows === 0 && !allowEmpty) return <div className="query-state">{t(lang, 'noData')}</div>;
  return (
    <div className={state.refreshing ? 'query-result query-refreshing' : 'query-result'} aria-busy={state.refreshing}>
      {children(state.data, state.rows)}
    </div>
  );
}

import { t } from '../../i18n/dict';
import type { Lang } from '../../i18n/lang';

/** Marks flag figures computed under the previous rule settings while the rules re-run (更新中 / updating). */
export function UpdatingBadge({ lang, show }: { lang: Lang; show: boolean }) {
  return show ? (
    <span className="updating-badge" data-testid="rules-updating" role="status">
      {t(lang, 'rulesUpdating')}…
    </span>
  ) : null;
}

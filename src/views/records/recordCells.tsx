import { formatRate } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { joinClauses } from '../../i18n/punctuation';
import type { DataRow } from '../../table/rowSource';
import { QualityBadge, qualityWord, reasonWords } from '../common/quality';
import { RateWithPrinted } from '../common/rate';

/** The Records cells that draw more than their text: the quality badge and the rate with the printed one beside it. */

/** Quality: the badge (reasons in its title); the text (title, exports) is the level's word. */
export const qualityCell = {
  render: (row: DataRow, lang: Lang) => <QualityBadge quality={row.quality} reasons={row.quality_reasons} lang={lang} showClean />,
  format: qualityWord,
};

/** The rate (B/A): its text is the rate alone; the cell marks the printed rate beside it where they differ. */
export const rateCell = {
  render: (row: DataRow, lang: Lang) => (
    <RateWithPrinted rate={row.rate} printed={row.execution_rate_reported} differs={row.rate_differs} basis={row.rate_basis} lang={lang} />
  ),
  format: (value: unknown) => (value === null || value === undefined ? '' : formatRate(value)),
};

/** Quality reasons in plain words. */
export const reasonsText = (value: unknown, lang: Lang): string => joinClauses(reasonWords(value, lang), lang);

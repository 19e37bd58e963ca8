import type { Lang } from '../../i18n/lang';

/** A chart title that says when only the first `shown` of `total` items are drawn. */
export function limitedTitle(title: string, shown: number, total: unknown, lang: Lang): string {
  const all = Number(total ?? shown);
  if (!(all > shown)) return title;
  return lang === 'zh' ? `${title}（显示 ${shown} 个，共 ${all} 个）` : `${title} (showing ${shown} of ${all})`;
}

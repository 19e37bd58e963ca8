import type { Lang } from '../../i18n/lang';

const L = {
  limited: {
    zh: (title: string, shown: number, all: number) => `${title}（显示 ${shown} 个，共 ${all} 个）`,
    en: (title: string, shown: number, all: number) => `${title} (showing ${shown} of ${all})`,
  },
};

/** A chart title that says when only the first `shown` of `total` items are drawn. */
export function limitedTitle(title: string, shown: number, total: unknown, lang: Lang): string {
  const all = Number(total ?? shown);
  if (!(all > shown)) return title;
  return L.limited[lang](title, shown, all);
}

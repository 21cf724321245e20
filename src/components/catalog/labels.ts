/** Limits read as the law writes them: "20 个工作日", "0.5 个工作日", "当场办结". */
export function limitText(t: (key: string, values?: Record<string, string | number>) => string, days: number | null | undefined): string {
  if (days == null) return t('catalog.noLimit');
  if (days === 0) return t('catalog.onTheSpot');
  return t('catalog.workingDays', { days });
}

/**
 * A topic (人生事件) in the reader's language. Topics are catalog data, in Chinese; the known ones
 * have their words in `topics`, and one the admin adds later shows as it was written.
 */
export function topicName(t: { (key: string): string; has(key: string): boolean }, topic: string): string {
  return t.has(`topics.${topic}`) ? t(`topics.${topic}`) : topic;
}

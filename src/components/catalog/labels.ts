/** Limits read as the law writes them: "20 个工作日", "0.5 个工作日", "当场办结". */
export function limitText(t: (key: string, values?: Record<string, string | number>) => string, days: number | null | undefined): string {
  if (days == null) return t('catalog.noLimit');
  if (days === 0) return t('catalog.onTheSpot');
  return t('catalog.workingDays', { days });
}

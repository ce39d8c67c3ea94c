/** "2026-04" as the month's short name in the page's language: 4月 in Japanese, Apr in English. */
export function monthLabel(month: string | undefined, language: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  if (!match) return month ?? '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(language === 'en' ? 'en' : 'ja', { month: 'short', timeZone: 'UTC' }).format(date);
}

// The published date of a saved page as the header shows it. Import stores what the page said
// (normalized to an ISO instant when it parsed, the page's own text otherwise: pageMetadata.ts),
// so anything may be stored here; what is not a date is not shown.

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The date in the UI language, and the machine-readable value for <time>; null when it is not a date. */
export function publishedDate(value: string | null, locale: string): { dateTime: string; text: string } | null {
  if (value === null || value.trim() === '') return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  // A bare date is a calendar day, not midnight UTC: shown as it is wherever the reader is.
  const timeZone = DATE_ONLY.test(value.trim()) ? 'UTC' : undefined;
  try {
    return {
      dateTime: date.toISOString(),
      text: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date),
    };
  } catch {
    // A date beyond what Intl can format (year 275760 and more) is not worth showing.
    return null;
  }
}

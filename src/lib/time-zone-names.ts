/**
 * Time zones as the schedule form offers them and the person page and history show them. Apart
 * from src/lib/zoned-time.ts, which the Conversations page loads at once, because only the person
 * page and its changes need these.
 */

/**
 * Zones that browsers still list under the names they had before the cities' own spellings were
 * adopted, as readers know them now.
 */
const CURRENT_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho Chi Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
};

/** A time zone's name as shown: "America/New York", "Asia/Kolkata" for the older "Asia/Calcutta". */
export function zoneLabel(timeZone: string): string {
  return CURRENT_ZONE_NAMES[timeZone] ?? timeZone.replace(/_/g, ' ');
}

/**
 * The zones to choose from: the reader's own first, then every zone the browser knows (`known`),
 * and UTC, which browsers leave out of that list though many keep calls in it.
 */
export function timeZoneChoices(
  own: string,
  known: readonly string[] = typeof Intl.supportedValuesOf === 'function'
    ? Intl.supportedValuesOf('timeZone')
    : [],
): string[] {
  const others = [...known, 'UTC'].filter((zone) => zone !== own);
  return [own, ...new Set(others)];
}

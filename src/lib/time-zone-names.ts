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
  'Africa/Asmera': 'Africa/Asmara',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/** A time zone's name as shown: "America/New York", "Asia/Kolkata" for the older "Asia/Calcutta". */
export function zoneLabel(timeZone: string): string {
  return CURRENT_ZONE_NAMES[timeZone] ?? timeZone.replace(/_/g, ' ');
}

/**
 * The zones to choose from: the reader's own first, then every zone the browser knows (`known`)
 * and UTC, which browsers leave out of that list though many keep calls in it, in the order of
 * their shown names.
 */
export function timeZoneChoices(
  own: string,
  known: readonly string[] = typeof Intl.supportedValuesOf === 'function'
    ? Intl.supportedValuesOf('timeZone')
    : [],
): string[] {
  const others = [...new Set([...known, 'UTC'])].filter((zone) => zone !== own);
  // In the order of the names shown, so "Asia/Kolkata" is found under K, not where "Calcutta" was.
  const byLabel = others
    .map((zone) => ({ zone, label: zoneLabel(zone) }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return [own, ...byLabel.map(({ zone }) => zone)];
}

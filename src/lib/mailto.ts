/**
 * Builds the mailto: link that opens a draft in the reader's mail app, encoded as RFC 6068 asks:
 * every character outside the unreserved set percent-encoded as UTF-8, line breaks as CRLF.
 */

/**
 * Links longer than this may be cut short by some mail apps and browsers (older Outlook and
 * Internet Explorer stopped near 2,000 characters), so the composer suggests copying instead.
 */
export const MAILTO_SAFE_LENGTH = 2000;

/** A mailto: link and whether it may be too long for some mail apps. */
export interface MailtoLink {
  href: string;
  /** The link's length in characters. */
  length: number;
  /** True when some mail apps may cut the message short. */
  tooLong: boolean;
}

/** Replaces unpaired UTF-16 surrogates (which encodeURIComponent refuses) with U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Percent-encodes one header value: UTF-8, CRLF line breaks, and `&?#%+=` always escaped. */
export function encodeMailtoValue(text: string): string {
  return encodeURIComponent(wellFormed(text).replace(/\r\n|\r|\n/g, '\r\n'));
}

/**
 * The mailto: link for a subject and body, addressed to `to` when given (else the reader adds
 * the address in their mail app). The address keeps its @ and has everything else that is not
 * plain encoded, as RFC 6068 asks of the part before the ?.
 */
export function buildMailto(subject: string, body: string, to = ''): MailtoLink {
  const params: string[] = [];
  if (subject) params.push(`subject=${encodeMailtoValue(subject)}`);
  if (body) params.push(`body=${encodeMailtoValue(body)}`);
  const address = encodeMailtoValue(to.trim()).replace(/%40/g, '@');
  const href = `mailto:${address}${params.length > 0 ? `?${params.join('&')}` : ''}`;
  return { href, length: href.length, tooLong: href.length > MAILTO_SAFE_LENGTH };
}

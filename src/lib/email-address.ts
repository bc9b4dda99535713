/**
 * The one check of an email address the kit makes: its shape only (something, an @, a domain
 * with a dot, no spaces). Whether the address exists is for the reader's mail app to find out.
 */

/** The shape an email address must have. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** The longest address the mail standards allow, in characters. */
export const EMAIL_MAX_LENGTH = 254;

/** Whether a text has the shape of an email address (surrounding spaces aside). */
export function looksLikeEmail(text: string): boolean {
  return EMAIL_SHAPE.test(text.trim());
}

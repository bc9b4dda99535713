/**
 * The address of one person on the Conversations page: "/conversations/#person=<id>". The id
 * goes after the #, so it stays in the browser; the page follows it, so Back returns to the
 * list, a reload stays on them, and another tool (the composer) can link back to them.
 */

/** Where the Conversations page is; the site's navigation and tool links use it too. */
export const CONVERSATIONS_PATH = '/conversations/';

/** The part after # that opens a person. */
export const personHash = (id: string) => `#person=${encodeURIComponent(id)}`;

/** The person an address's # part opens, if any. */
export function personFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('person') ?? undefined;
}

/** The whole address that opens a person, for links from other tools. */
export const personAddress = (id: string) => `${CONVERSATIONS_PATH}${personHash(id)}`;

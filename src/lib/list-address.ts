/**
 * The address that opens one question list: "?list=<id>" on the question picker's page, and on
 * the practice page (with "#mock") to rehearse it in a mock conversation. The Conversations
 * page links a person to their list this way. A list's id is random and says nothing about
 * the reader, so it can go in the query.
 */

/** A tool's address with one list asked for, e.g. listAddress('/questions/picker/', id). */
export function listAddress(toolHref: string, listId: string, hash = ''): string {
  return `${toolHref}?${new URLSearchParams({ list: listId }).toString()}${hash}`;
}

/** The list an address's query asks for, if any. */
export function listFromAddress(search: string): string | undefined {
  const id = new URLSearchParams(search).get('list');
  return id === null || id === '' ? undefined : id;
}

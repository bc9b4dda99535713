/**
 * Which person is open in this tab, read from the address (src/lib/person-address.ts). Opening
 * someone is a link to that address; nothing about who is open is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import { personFromHash, personHash } from '../../lib/person-address';

/** Where the tab is: the person the address opens, and whether the reader has moved since arriving. */
export interface PersonRoute {
  /** The open person's id; undefined for the list (and before mount). */
  personId: string | undefined;
  /** True once the address has changed after the page opened: focus may follow from then on. */
  moved: boolean;
}

/** The route, followed as the address changes. */
export function usePersonRoute(mounted: boolean): PersonRoute {
  const [route, setRoute] = useState<PersonRoute>({ personId: undefined, moved: false });
  useEffect(() => {
    if (!mounted) return;
    setRoute({ personId: personFromHash(location.hash), moved: false });
    const follow = () => setRoute({ personId: personFromHash(location.hash), moved: true });
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [mounted]);
  return route;
}

/** Opens a person (a new entry in the tab's history, as a link would make). */
export function openPerson(id: string): void {
  location.hash = personHash(id);
}

/** Back to the list of everyone. */
export function closePerson(): void {
  if (location.hash) location.hash = '';
}

/**
 * Connects the search page to its address: runs the search in `?q=` on arrival and rewrites
 * `?q=` (without adding history entries) as the reader types.
 */
import { pagefindInstance, searchAgainOnceLoaded } from './pagefind-components';

/** Reads and writes the `q` parameter for the named Pagefind instance. */
export async function connectSearchPage(instanceName: string) {
  await customElements.whenDefined('pagefind-input');
  const instance = pagefindInstance(instanceName);
  if (!instance) return;

  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) instance.triggerSearch(query);

  // Pagefind starts loading the index when the box gets focus; follow that load.
  const box = document.querySelector<HTMLInputElement>(
    `pagefind-input[instance="${instanceName}"] input`,
  );
  box?.addEventListener('focus', () => searchAgainOnceLoaded(instance, box), { once: true });

  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  });
}

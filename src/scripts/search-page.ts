/**
 * Connects the search page to its address: runs the search in `?q=` on arrival and rewrites
 * `?q=` (without adding history entries) as the reader types.
 */

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}

interface PagefindComponentsGlobal {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

/** Reads and writes the `q` parameter for the named Pagefind instance. */
export async function connectSearchPage(instanceName: string) {
  await customElements.whenDefined('pagefind-input');
  const components = (window as unknown as { PagefindComponents?: PagefindComponentsGlobal })
    .PagefindComponents;
  if (!components) return;
  const instance = components.getInstanceManager().getInstance(instanceName);

  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) instance.triggerSearch(query);

  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  });
}

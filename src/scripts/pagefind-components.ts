/**
 * The parts of Pagefind's Component UI API (`window.PagefindComponents`) the site uses, typed,
 * and the one way to reach an instance. See pagefind.app/docs/custom-components/.
 */

/** Chosen filter values by filter name, e.g. `{ section: ['Guide'] }`. */
export type PagefindFilters = Record<string, string[]>;

/** A Pagefind instance: the search state the components of one `instance="…"` share. */
export interface PagefindInstance {
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: PagefindFilters): void;
  deregisterShortcut(label: string, owner: Element): void;
  on(event: 'search', callback: (term: string, filters?: PagefindFilters) => void): void;
}

interface PagefindComponentsGlobal {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

/** The named instance ("default" unless a component says otherwise), once the UI has loaded. */
export function pagefindInstance(name = 'default'): PagefindInstance | undefined {
  const components = (window as unknown as { PagefindComponents?: PagefindComponentsGlobal })
    .PagefindComponents;
  return components?.getInstanceManager().getInstance(name);
}

/**
 * Loads the index now and, once it has loaded, runs the words in the box again. Pagefind 1.6
 * announces the whole index's filter counts at the end of loading, so a search typed while it
 * was loading ends up beside the totals instead of its own counts; the second run puts its own
 * back. Costs nothing when the box is empty or the index was already there.
 */
export function searchAgainOnceLoaded(instance: PagefindInstance, box: HTMLInputElement | null) {
  void instance.triggerLoad().then(() => {
    if (box?.value) instance.triggerSearch(box.value);
  });
}

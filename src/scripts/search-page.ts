/**
 * Connects the search page to its address: runs the search in `?q=` on arrival and rewrites
 * `?q=` (without adding history entries) as the reader types. Also keeps the filter pane's
 * phases in a conversation's order.
 */
import { FILTER_VALUE_ORDERS, inFilterOrder } from '../lib/filter-order';
import { pagefindInstance, searchAgainOnceLoaded } from './pagefind-components';

/**
 * Keeps the values of each filter in FILTER_VALUE_ORDERS in that order in the filter pane.
 * Pagefind offers no order of one's own (only alphabetical or by count), and the pane builds
 * its checkboxes afresh whenever the filters change, so each build is put in order as it
 * happens, before it is painted.
 */
function keepFilterValuesInOrder(pane: Element) {
  const arrange = () => {
    for (const [filter, order] of Object.entries(FILTER_VALUE_ORDERS)) {
      const boxes = pane.querySelectorAll<HTMLInputElement>(
        `input[type="checkbox"][name="${CSS.escape(filter)}"]`,
      );
      const labels = new Map<string, HTMLLabelElement>();
      for (const box of boxes) {
        const label = box.closest('label');
        if (label) labels.set(box.value, label);
      }
      const values = [...labels.keys()];
      const ordered = inFilterOrder(values, order);
      const list = boxes[0]?.closest('label')?.parentElement;
      if (!list || ordered.every((value, place) => value === values[place])) continue;
      list.append(...ordered.flatMap((value) => labels.get(value) ?? []));
    }
  };
  new MutationObserver(arrange).observe(pane, { childList: true, subtree: true });
  arrange();
}

/** Reads and writes the `q` parameter for the named Pagefind instance; orders its filter values. */
export async function connectSearchPage(instanceName: string) {
  const pane = document.querySelector(`pagefind-filter-pane[instance="${instanceName}"]`);
  if (pane) keepFilterValuesInOrder(pane);
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

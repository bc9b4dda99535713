/**
 * Opens Pagefind's Component UI search dialog from the header. The Component UI script and
 * stylesheet load on first use only, so pages carry no search code until someone searches;
 * opening the dialog puts focus in its box, which starts loading the index, and each opening
 * starts clean (no old words or results).
 */
import type { PagefindInstance } from './pagefind-components';

const UI_SCRIPT = '/pagefind/pagefind-component-ui.js';
const UI_STYLES = '/pagefind/pagefind-component-ui.css';

let loading: Promise<void> | undefined;

/** Loads Pagefind's Component UI once; later calls share the same promise. */
export function loadSearchUI(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = UI_STYLES;
    document.head.append(styles);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = UI_SCRIPT;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('search could not load'));
    document.head.append(script);
  }).then(() => customElements.whenDefined('pagefind-modal').then(() => undefined));
  return loading;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Pagefind's `<pagefind-modal>`, with the instance its components share. */
interface PagefindModalElement extends HTMLElement {
  open(): void;
  instance?: PagefindInstance | null;
}

/** The dialog's accessible name, in the site's words for search. */
const DIALOG_NAME = 'Search this site';
/** The accessible name of the dialog's close button (shown on narrow screens). */
const CLOSE_BUTTON_NAME = 'Close search';

/**
 * Names the dialog and its close button in sentence case. Pagefind names them with the words of
 * its keyboard hints ("search", "close"), which are shared with the hints, so its translations
 * cannot change one without the other.
 */
function nameDialog(modal: PagefindModalElement) {
  modal.querySelector('dialog')?.setAttribute('aria-label', DIALOG_NAME);
  modal.querySelector('.pf-modal-close')?.setAttribute('aria-label', CLOSE_BUTTON_NAME);
}

/**
 * Opens the search dialog with no words or results from an earlier opening, or goes to the
 * search page if the dialog cannot load.
 */
async function openSearch() {
  try {
    await loadSearchUI();
    const modal = document.querySelector<PagefindModalElement>('pagefind-modal');
    const instance = modal?.instance;
    if (!modal || !instance) throw new Error('no search dialog on this page');
    // Pagefind's reset-on-close clears the results but not the box, which still has focus when
    // the dialog closes; clearing here, while nothing in the dialog has focus, empties both.
    // Only when there is something to clear: an empty search sent while the index is still
    // loading makes Pagefind 1.6 answer the next search with nothing.
    if (modal.querySelector('input')?.value) instance.triggerSearch('');
    nameDialog(modal);
    modal.open();
    // Inside the dialog Escape closes it (the dialog takes the key before the box does), but
    // the box lists "esc clear" first when it takes focus on opening. Dropping the box's hint
    // leaves the dialog's "esc close".
    const box = modal.querySelector('pagefind-input');
    if (box) instance.deregisterShortcut('esc', box);
  } catch {
    window.location.assign('/search/');
  }
}

/**
 * Turns every `[data-search-trigger]` link into a button that opens the dialog, and listens for
 * the "/" and Ctrl+K (⌘K) shortcuts. Without JavaScript the links still go to /search/.
 */
export function enhanceSearchTriggers() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-trigger]')) {
    const button = document.createElement('button');
    // Keep every attribute (class, scoped-style markers, aria-keyshortcuts) but the link's own.
    for (const { name, value } of link.attributes) {
      if (name !== 'href' && name !== 'data-search-trigger') button.setAttribute(name, value);
    }
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.replaceChildren(...link.childNodes);
    button.addEventListener('click', () => void openSearch());
    link.replaceWith(button);
  }
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || isTyping(event.target)) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK =
      event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    void openSearch();
  });
}

/**
 * Opens Pagefind's Component UI search dialog from the header. The Component UI script and
 * stylesheet load on first use only, so pages carry no search code until someone searches.
 */

const UI_SCRIPT = '/pagefind/pagefind-component-ui.js';
const UI_STYLES = '/pagefind/pagefind-component-ui.css';

interface PagefindModalElement extends HTMLElement {
  open(): void;
}

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

/** Opens the search dialog, or goes to the search page if the dialog cannot load. */
async function openSearch() {
  try {
    await loadSearchUI();
    const modal = document.querySelector<PagefindModalElement>('pagefind-modal');
    if (!modal) throw new Error('no search dialog on this page');
    modal.open();
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

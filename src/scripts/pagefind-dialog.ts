/**
 * The header's search dialog on top of Pagefind 1.6's `<pagefind-modal>`: every opening starts
 * clean, Escape does what the hint says, and the section filter has a name and closes on Escape
 * like any menu. Each step works around one thing Pagefind's dialog does otherwise (see each).
 */
import { searchAgainOnceLoaded, type PagefindInstance } from './pagefind-components';

/** Pagefind's `<pagefind-modal>` element. */
export interface PagefindModalElement extends HTMLElement {
  open(): void;
}

interface PagefindFilterMenuElement extends HTMLElement {
  readonly isOpen: boolean;
  close(): void;
}

/** Whether filters chosen at an earlier opening are still set. */
let filtersChosen = false;
const prepared = new WeakSet<Element>();

/**
 * Names each filter menu after its filter. Pagefind gives the menu's button the combobox role,
 * which takes no name from its text, and names it only once a value is chosen; its list of
 * values borrows the button's name, so it has none either. A label cannot be in the page's HTML
 * (what it names exists only once Pagefind has drawn it), so it is added here. Pagefind makes
 * the button's and the list's ids from the element's own.
 */
function labelFilterMenus(modal: HTMLElement) {
  for (const menu of modal.querySelectorAll('pagefind-filter-dropdown[id]')) {
    const labelId = `${menu.id}-label`;
    if (!document.getElementById(labelId)) {
      const label = document.createElement('label');
      label.id = labelId;
      label.className = 'visually-hidden';
      label.htmlFor = `${menu.id}-trigger`;
      label.textContent = menu.getAttribute('label');
      menu.before(label);
    }
    menu.querySelector('[role="listbox"]')?.setAttribute('aria-labelledby', labelId);
  }
}

/**
 * Makes Escape close an open filter menu before it closes the dialog. Pagefind's dialog takes
 * every Escape on its way down (capture phase) and closes itself, menu and all; a listener one
 * element higher, on `<pagefind-modal>`, comes first.
 */
function closeMenusBeforeDialog(modal: HTMLElement) {
  modal.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      const menus = modal.querySelectorAll<PagefindFilterMenuElement>('pagefind-filter-dropdown');
      const open = [...menus].find((menu) => menu.isOpen);
      if (!open) return;
      event.preventDefault();
      event.stopPropagation();
      open.close();
    },
    true,
  );
}

/** Sets up the dialog the first time, then opens it with no words, results or filters. */
export function openCleanDialog(modal: PagefindModalElement, instance: PagefindInstance) {
  if (!prepared.has(modal)) {
    prepared.add(modal);
    closeMenusBeforeDialog(modal);
    instance.on('search', (_term, filters = {}) => {
      filtersChosen = Object.values(filters).some((values) => values.length > 0);
    });
  }
  labelFilterMenus(modal);

  // Pagefind's reset-on-close clears the results but not the box, which still has focus when
  // the dialog closes; clearing here, while nothing in the dialog has focus, empties the box,
  // the results and the filters alike. Only when there is something to clear: an empty search
  // sent while the index is still loading makes Pagefind answer the next search with nothing.
  const box = modal.querySelector<HTMLInputElement>('input[type="search"]');
  if (box?.value || filtersChosen) instance.triggerSearchWithFilters('', {});
  modal.open();

  // Inside the dialog Escape closes it (the dialog takes the key before the box does), but the
  // box lists "esc clear" first when it takes focus on opening. Dropping the box's hint leaves
  // the dialog's "esc close".
  const input = modal.querySelector('pagefind-input');
  if (input) instance.deregisterShortcut('esc', input);
  searchAgainOnceLoaded(instance, box);
}

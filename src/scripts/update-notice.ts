/**
 * Registers the offline service worker (`dist/sw.js`, written by `src/integrations/offline.ts`)
 * and, when a new version has been installed and is waiting, shows the update notice.
 *
 * Nothing reloads on its own: the new version takes over only when the reader presses Reload,
 * and only the tab where it was pressed reloads. Another tab that is taken over meanwhile keeps
 * its page (and whatever is being typed in it) and keeps showing the notice. In development
 * nothing is registered (there is no build to cache).
 */
import { SERVICE_WORKER_PATH } from '../data/web-app';
import { isUpdateCheckDue } from '../lib/update-check';

/** The parts of the notice (`src/components/UpdateNotice.astro`) the script needs. */
interface NoticeParts {
  message: HTMLElement;
  actions: HTMLElement;
  reload: HTMLButtonElement;
  later: HTMLButtonElement;
}

function partsOf(notice: HTMLElement): NoticeParts | undefined {
  const message = notice.querySelector<HTMLElement>('[data-update-message]');
  const actions = notice.querySelector<HTMLElement>('[data-update-actions]');
  const reload = notice.querySelector<HTMLButtonElement>('[data-update-reload]');
  const later = notice.querySelector<HTMLButtonElement>('[data-update-later]');
  return message && actions && reload && later ? { message, actions, reload, later } : undefined;
}

/** Registers the worker once the page has loaded, and wires the notice to it. */
export function watchForUpdates(notice: HTMLElement): void {
  const parts = partsOf(notice);
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !parts) return;
  const workers = navigator.serviceWorker;
  const { message, actions, reload, later } = parts;
  let reloadRequested = false;
  // Where focus was before it moved into the notice, to give it back when the notice closes.
  let returnFocusTo: Element | null = null;

  // The live region is in the page from the start and empty; filling it is what gets read out,
  // so it is filled once, not again for every worker event that finds the update waiting.
  const show = () => {
    if (notice.dataset.state === 'ready') return;
    notice.dataset.state = 'ready';
    message.textContent = message.dataset.text ?? '';
    actions.hidden = false;
  };
  const hide = () => {
    const hadFocus = notice.contains(document.activeElement);
    delete notice.dataset.state;
    message.textContent = '';
    actions.hidden = true;
    if (!hadFocus) return;
    const target =
      returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected
        ? returnFocusTo
        : document.getElementById('main');
    target?.focus();
  };

  notice.addEventListener('focusin', (event) => {
    if (event.relatedTarget instanceof Element && !notice.contains(event.relatedTarget))
      returnFocusTo = event.relatedTarget;
  });
  later.addEventListener('click', hide);
  workers.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });

  const register = async () => {
    const registration = await workers.register(SERVICE_WORKER_PATH);
    // A worker waiting behind the one in control is a new version; with none in control (the
    // first visit, or a forced reload) it is just the first install.
    const showIfWaiting = () => {
      if (registration.waiting && workers.controller) show();
    };
    showIfWaiting();
    registration.addEventListener('updatefound', () => {
      const incoming = registration.installing;
      incoming?.addEventListener('statechange', () => {
        if (incoming.state === 'installed') showIfWaiting();
      });
    });
    reload.addEventListener('click', () => {
      const waiting = registration.waiting;
      if (!waiting) return window.location.reload();
      reloadRequested = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });

    let checkedAt = Date.now();
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || !isUpdateCheckDue(checkedAt, Date.now()))
        return;
      checkedAt = Date.now();
      // Offline the check fails; the next visit tries again.
      registration.update().catch(() => undefined);
    });
  };
  // Refused (a private window, storage off): the site works online as before.
  const start = () => void register().catch(() => undefined);
  // After load, so installing (which downloads the whole site) never slows the first page.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Every persisted store, one line each: export, import, "Delete all my data" and the privacy
 * page's storage list all work from this list, so a new tool's data is covered by adding its
 * store here. Each store is loaded on demand, so a tool page that never exports never loads the
 * other tools' code.
 */
import type { PersistedStore } from './persistence';

/** The stores, in the order the privacy page and the data file list them. */
const STORE_LOADERS: readonly (() => Promise<PersistedStore<unknown>>)[] = [
  () => import('./question-lists').then((module) => module.questionListsStore),
  () => import('./drafts').then((module) => module.draftsStore),
  () => import('./reviews').then((module) => module.reviewsStore),
  () => import('./mock-runs').then((module) => module.mockRunsStore),
  () => import('./people').then((module) => module.peopleStore),
];

/** Every persisted store, loaded. */
export function loadStores(): Promise<PersistedStore<unknown>[]> {
  return Promise.all(STORE_LOADERS.map((load) => load()));
}

/**
 * The one way tools keep data in the browser: a nanostores atom saved in localStorage, with the
 * guarantees every tool relies on.
 *
 * Stored shape: `localStorage["<key>:v<version>"]` holds the value as JSON. The version is in
 * the key, so an older build's data is never misread by a newer one. A value that is an object
 * carries one extra property first, `"$sync": { "rev", "line" }`: an id for this write and the
 * ids of the writes it was based on, nearest first (a few dozen), so another tab can find the
 * version both started from and tell exactly what each changed (see below). It is stripped
 * before validation and never reaches a tool or an export.
 *
 * Versions and migrations: data under an older version's key is migrated step by step
 * (`migrations[n]` turns version n into n + 1), validated, and written under the current key;
 * the old key is left as it was. Data under a newer version's key (a newer build saved it) is
 * reported ("newer") and never read, written or migrated.
 *
 * The guarantees:
 * - On load the JSON is validated with the store's schema (src/schemas). Unreadable JSON or an
 *   invalid shape gives the default value, or the part an optional `salvage` keeps ("recovered",
 *   "partial"). The raw text is first kept as a dated copy, `<key>:v<n>:backup:<ISO time>`: a
 *   copy is never overwritten, the same text is kept once, and a store keeps at most
 *   MAX_KEPT_COPIES (the privacy page lists, downloads and deletes them).
 * - If that copy cannot be written (storage full, or the cap reached), the text is held on the
 *   page instead and the notice offers it for download and says nothing is saved. Until the
 *   reader downloads it or chooses to start fresh (`release`), the store writes nothing, so the
 *   original stays under its key.
 * - Two tabs never write over each other's changes. Every write first reads the latest stored
 *   value; if another tab wrote since this one last looked, both changes are merged by item
 *   (src/lib/sync-merge.ts) against the version both started from, found by its id. Changes
 *   arriving from another tab (the `storage` event) are merged the same way, and the merge is
 *   written back if this tab had changes the other had not seen. A deletion in one tab stays
 *   deleted. `update(change)` applies a verb's change to the latest value.
 * - If localStorage is missing or throws (private mode, disabled), an in-memory store stands in:
 *   the tool works and its notice says changes won't be kept ("unavailable").
 * - A write that fails (quota full) is caught: the new value stays on the page so nothing typed
 *   is lost, and the notice says it wasn't saved ("write-failed") until a later write succeeds.
 * - The merge code is loaded only once it is needed (most pages never have a second tab): on the
 *   first change heard from another tab, or a write that finds one. Until it has loaded, a store
 *   keeps this tab's value on the page and writes nothing over the other tab's, so neither side
 *   can lose a change; then it merges as above (see `loadMerge`).
 * - After the first thing the reader saves on a page, the browser is asked to keep the site's
 *   data (`navigator.storage.persist()`), so it is not cleared when space runs low.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { MAX_KEPT_COPIES, type KeptCopy, type StorageNotice } from '../lib/storage-notice';
import type * as SyncMerge from '../lib/sync-merge';
import type { TextChange } from '../lib/sync-merge';
import { isoString } from '../lib/time';
import type { Validator } from '../schemas/validate';

/** Checks what is read back: a schema from src/schemas wrapped by `validator`. */
export type { Validator };

/** One thing the import preview counts in a store's data: a list, a draft, a card's progress. */
export interface CountedItem {
  id: string;
}

/** How to build a persisted store. */
export interface PersistedStoreOptions<T> {
  /** Base key, e.g. "iik:lists"; the version is appended ("iik:lists:v1"). */
  key: string;
  /** Current version of the stored shape, from 1. */
  version: number;
  /** Validates what is read back. */
  schema: Validator<T>;
  /** The value when nothing valid is stored. */
  fallback: T;
  /** What the data is called in notices, e.g. "question lists". */
  label: string;
  /** `migrations[n]` turns data of version n into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /**
   * Called when the stored data fails validation: return the part worth keeping and a
   * description of what was dropped, or undefined to fall back to the default.
   */
  salvage?: (data: unknown) => { value: T; dropped: string[] } | undefined;
  /**
   * The things a reader would count in the data, for the import preview ("3 lists: 1 new").
   * Default: the items of every top-level list of objects with an `id`.
   */
  items?(value: T): readonly CountedItem[];
  /** What one of those things is called, and several. Default: item, items. */
  itemNoun?: readonly [one: string, other: string];
  /**
   * How an imported file's data is merged into this store's: by id, newer edit wins, nothing
   * deleted. Default: `mergeImported` (src/lib/import-merge.ts), which fits lists of items that
   * carry an `updatedAt`.
   */
  mergeImport?(current: T, incoming: T): T;
  /**
   * Puts right what a merge of an imported file can break in this store's rules (names that
   * must differ), given the merged value and the one here before. Default: nothing to put right.
   */
  tidyMerged?(merged: T, current: T): T;
}

/** A persisted store: the value and its verbs, what to tell the reader, and how it is stored. */
export interface PersistedStore<T> {
  /** The saved value. `set` saves this tab's new value, merged with any other tab's changes. */
  $value: WritableAtom<T>;
  /** What the reader should be told about this store's storage, most important first. */
  $notices: ReadableAtom<readonly StorageNotice[]>;
  /** Applies a change to the latest stored value (another tab may have changed it) and saves it. */
  update(change: (latest: T) => T): void;
  /** Like `update`, for content a tool makes on its own (a first list): not something the reader saved. */
  seed(change: (latest: T) => T): void;
  /** Saves exactly this value, whatever is stored (an import that replaces). */
  replace(value: T): void;
  /** Removes the saved value and forgets any copy held on the page (the reader deleted everything). */
  reset(): void;
  /** The reader downloaded the copy held on the page, or chose to start fresh: save again. */
  release(): void;
  /**
   * For data a tool drops after loading (progress on cards the decks no longer have, questions
   * the bank no longer has): keeps a dated copy of the value as it is now, saves `next`, and adds
   * what was dropped to the "partial" notice. If the copy can't be kept, it is held on the page
   * and nothing is saved until the reader chooses, as for unreadable data.
   */
  replaceDropping(next: T, dropped: readonly string[]): void;
  /** Closes a notice the reader dismissed. */
  dismiss(notice: StorageNotice): void;
  /** Whether this browser holds saved data for the store (under its current key). */
  hasSavedData(): boolean;
  /** How the store was built: key, version, schema, migrations, label. */
  options: PersistedStoreOptions<T>;
  /** The localStorage key the value lives under. */
  storageKey: string;
  /** What the data is called in notices. */
  label: string;
}

/** The id of a write and of the writes it was based on, nearest first, stored first in the value. */
interface Stamp {
  rev: string;
  line: string[];
}

/**
 * The id of stored text: its stamp's, or for text without one (written by an older build, or
 * not an object) a hash of the text, so two tabs that read the same text agree on its id.
 */
function revOf(raw: string | undefined, stamp: Stamp | undefined): string {
  if (stamp) return stamp.rev;
  if (raw === undefined) return 'none';
  let hash = 0x811c9dc5;
  for (let index = 0; index < raw.length; index += 1) {
    hash ^= raw.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `h${(hash >>> 0).toString(36)}-${raw.length}`;
}

const SYNC_PROPERTY = '$sync';
const stampPattern = /^\{"\$sync":\{"rev":"([^"]*)","line":\[([^\]]*)\]\}/;
/** How many past values a store remembers, to find the version another tab's write was based on. */
const HISTORY_SIZE = 40;
/**
 * How many ancestors a write names. A tab may miss many of another tab's writes at once (the
 * browser hands it only the latest), and still finds one it saw among these.
 */
const LINE_LENGTH = 24;

/** The merge of two tabs' changes, once loaded. */
let merger: typeof SyncMerge | undefined;
let merging: Promise<void> | undefined;
/** Stores that found another tab's write before the merge had loaded: each pulls once it has. */
/** Stores waiting for the merge code: what each does once it has loaded, and if it cannot load. */
const awaitingMerge = new Map<() => void, () => void>();

/**
 * Loads the merge code (src/lib/sync-merge.ts) and then lets every waiting store merge. It is
 * loaded on demand, not with the page: a page alone in the browser never merges, and when a
 * second tab writes, the first `storage` event starts the load, well before this tab's next
 * keystroke needs it. Meanwhile nothing is lost: the waiting store keeps its value on the page
 * and writes nothing (see `commit`), and `pull` merges it in once loaded. If the load fails
 * (offline with an old cache), the store says its change is not saved ("write-failed"), and
 * the next write or event tries again.
 */
function loadMerge(): Promise<void> {
  merging ??= import('../lib/sync-merge').then(
    (module) => {
      merger = module;
      const waiting = [...awaitingMerge.keys()];
      awaitingMerge.clear();
      for (const pull of waiting) pull();
    },
    () => {
      merging = undefined;
      // Say so: the change stays on the page, unsaved, until a later write can merge it.
      for (const failed of awaitingMerge.values()) failed();
    },
  );
  return merging;
}

/** Resolves once the merge code has loaded (or failed to): for tests and a tool that must merge now. */
export function mergeLoaded(): Promise<void> {
  return loadMerge();
}

/**
 * A change to a text, applied to the latest text (src/lib/sync-merge.ts `applyTextChange`).
 * Without the merge code loaded the latest text can only differ from what the field showed by
 * this tab's own edits, since another tab's arrive through the merge; then the change wins, as
 * it does in a clash.
 */
export function applyTextChange(change: TextChange, latest: string): string {
  if (typeof change === 'string') return change;
  if (change.before === latest) return change.after;
  return merger ? merger.applyTextChange(change, latest) : change.after;
}

let storage: Storage | undefined;
let available = false;
const memory = new Map<string, string>();
let askedToKeep = false;

/** localStorage if it can be read and written, else undefined. */
function probeStorage(): Storage | undefined {
  try {
    const candidate = window.localStorage;
    const probeKey = 'iik:probe';
    candidate.setItem(probeKey, probeKey);
    candidate.removeItem(probeKey);
    return candidate;
  } catch {
    return undefined;
  }
}

if (typeof window !== 'undefined') {
  storage = probeStorage();
  available = storage !== undefined;
}

/** Whether saved data survives a reload in this browser (false in SSR and when storage is off). */
export function storageAvailable(): boolean {
  return available;
}

/** The raw text under a key, if any. */
export function readRaw(key: string): string | undefined {
  if (!storage) return memory.get(key);
  try {
    return storage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes raw text under a key; false if the browser refused (storage full). */
function writeRaw(key: string, value: string): boolean {
  if (!storage) {
    memory.set(key, value);
    return true;
  }
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a key; a removal that fails leaves the old value, which is harmless. */
export function removeRaw(key: string): void {
  memory.delete(key);
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: the value stays, and nothing else depends on it being gone.
  }
}

/** Every key this site uses in localStorage (or in memory when storage is off). */
export function siteKeys(): string[] {
  const keys = new Set([...memory.keys()].filter((key) => key.startsWith('iik:')));
  try {
    for (let index = 0; index < (storage?.length ?? 0); index += 1) {
      const key = storage?.key(index);
      if (key?.startsWith('iik:')) keys.add(key);
    }
  } catch {
    // Storage that cannot be listed has nothing we can show.
  }
  return [...keys].sort();
}

/** A copy of unreadable data kept in this browser, as the privacy page lists it. */
export interface KeptCopyEntry {
  /** Where the copy is kept. */
  key: string;
  /** The key of the data it was a copy of, e.g. "iik:question-lists:v1". */
  storageKey: string;
  /** When it was kept (ISO 8601), if the copy says (copies from older builds do not). */
  keptAt?: string;
  /** Its size in characters. */
  size: number;
}

const copyKeyPattern = /^(iik:.+:v\d+):backup(?::(.+))?$/;

/** Every copy of unreadable data kept in this browser, oldest first. */
export function keptCopies(): KeptCopyEntry[] {
  return siteKeys().flatMap((key) => {
    const match = copyKeyPattern.exec(key);
    if (!match?.[1]) return [];
    const keptAt = match[2]?.replace(/~\d+$/, '');
    return [
      {
        key,
        storageKey: match[1],
        ...(keptAt ? { keptAt } : {}),
        size: readRaw(key)?.length ?? 0,
      },
    ];
  });
}

/** The copies kept for one store's key. */
const copiesOf = (storageKey: string) =>
  keptCopies().filter((copy) => copy.storageKey === storageKey);

/**
 * Keeps a dated copy of raw text that could not be used, never overwriting another copy; the
 * same text is kept once. If it cannot be written, the copy is held on the page instead.
 */
function keepCopy(storageKey: string, text: string): KeptCopy {
  const existing = copiesOf(storageKey);
  const same = existing.find((copy) => readRaw(copy.key) === text);
  if (same) return { where: 'browser', key: same.key };
  if (!available) return { where: 'page', text, reason: 'full' };
  if (existing.length >= MAX_KEPT_COPIES) return { where: 'page', text, reason: 'cap' };
  const dated = `${storageKey}:backup:${isoString(Date.now())}`;
  let key = dated;
  for (let n = 2; readRaw(key) !== undefined; n += 1) key = `${dated}~${n}`;
  return writeRaw(key, text) ? { where: 'browser', key } : { where: 'page', text, reason: 'full' };
}

/** Deletes a kept copy (the reader chose to, on the privacy page). */
export function deleteKeptCopy(key: string): void {
  if (copyKeyPattern.test(key)) removeRaw(key);
}

/** Asks the browser, once a page, to keep the site's data when space runs low. */
function askToKeep(): void {
  if (askedToKeep || !available) return;
  askedToKeep = true;
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persisted || !manager.persist) return;
  manager
    .persisted()
    .then((kept) => (kept ? kept : manager.persist()))
    .catch(() => undefined);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fresh id for a write. */
const newRev = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The stored text of a value, with its stamp first when the value is an object. */
function encode(value: unknown, stamp: Stamp): string {
  if (!isRecord(value)) return JSON.stringify(value);
  return JSON.stringify({ [SYNC_PROPERTY]: stamp, ...value });
}

/** What stored text holds: the value and its stamp, or the parsed data that failed validation. */
type Decoded<T> =
  { ok: true; value: T; stamp: Stamp | undefined } | { ok: false; data: unknown; parsed: boolean };

function decodeWith<T>(schema: Validator<T>, raw: string): Decoded<T> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, data: undefined, parsed: false };
  }
  const match = stampPattern.exec(raw);
  const stamp = match
    ? {
        rev: match[1] ?? '',
        line: (match[2] ?? '').split(',').flatMap((id) => (id ? [id.slice(1, -1)] : [])),
      }
    : undefined;
  if (isRecord(data) && SYNC_PROPERTY in data) {
    const { [SYNC_PROPERTY]: _stamp, ...rest } = data;
    data = rest;
  }
  const parsed = schema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data, stamp }
    : { ok: false, data, parsed: true };
}

/** Creates a persisted store with the guarantees described at the top of this file. */
export function persistedStore<T>(options: PersistedStoreOptions<T>): PersistedStore<T> {
  const { key, version, schema, fallback, label, migrations = {}, salvage } = options;
  const storageKey = `${key}:v${version}`;
  const isBrowser = typeof window !== 'undefined';
  const $notices = atom<readonly StorageNotice[]>(
    isBrowser && !available ? [{ kind: 'unavailable', label }] : [],
  );
  const $value = atom<T>(fallback);
  const show = $value.set.bind($value);

  /** What this tab last read from or wrote to its key: the text, its value and its write id. */
  let seen: { raw: string | undefined; value: T; rev: string } = {
    raw: undefined,
    value: fallback,
    rev: revOf(undefined, undefined),
  };
  /** Values by write id, with their ancestors, to find the version another tab's write was based on. */
  const history = new Map<string, { value: T; line: string[] }>();
  /** True while unreadable data is held on the page: nothing is written until the reader chooses. */
  let held = false;

  const remember = (rev: string, value: T, line: string[]) => {
    history.delete(rev);
    history.set(rev, { value, line });
    if (history.size > HISTORY_SIZE) history.delete(history.keys().next().value ?? '');
  };
  const note = (notice: StorageNotice) => {
    const others = $notices.get().filter((earlier) => earlier.kind !== notice.kind);
    const order = (item: StorageNotice) => (item.kind === 'write-failed' ? 0 : 1);
    $notices.set([...others, notice].sort((a, b) => order(a) - order(b)));
  };
  const drop = (kind: StorageNotice['kind']) => {
    if ($notices.get().some((notice) => notice.kind === kind))
      $notices.set($notices.get().filter((notice) => notice.kind !== kind));
  };
  const valid = (data: unknown): T | undefined => {
    const parsed = schema.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  };
  const decode = (raw: string) => decodeWith(schema, raw);

  /** Keeps a copy of text that can't be used, notes it, and returns what the tool starts from. */
  const setAside = (raw: string, data: unknown, instead: T): T => {
    const copy = keepCopy(storageKey, raw);
    const kept = data === undefined ? undefined : salvage?.(data);
    note(
      kept
        ? { kind: 'partial', label, dropped: kept.dropped, copy }
        : { kind: 'recovered', label, copy },
    );
    if (copy.where === 'page') held = true;
    return kept?.value ?? instead;
  };

  /** Writes a value based on the write `base`; false (and a notice) if the browser refused. */
  const write = (value: T, base: string, byReader: boolean): boolean => {
    const rev = newRev();
    const line = [base, ...(history.get(base)?.line ?? [])].slice(0, LINE_LENGTH);
    const raw = encode(value, { rev, line });
    if (!writeRaw(storageKey, raw)) {
      note({ kind: 'write-failed', label });
      return false;
    }
    seen = { raw, value, rev };
    remember(rev, value, line);
    drop('write-failed');
    if (byReader) askToKeep();
    return true;
  };

  /**
   * The latest stored value with its id and the version it was based on (found by id, else the
   * last one this tab saw); undefined if what is stored can't be used (then it is set aside).
   */
  const latest = (raw: string | undefined): { value: T; rev: string; base: T } | undefined => {
    const found = (value: T, stamp: Stamp | undefined) => {
      const rev = revOf(raw, stamp);
      const line = stamp?.line ?? [];
      // The nearest version in its line that this tab saw too: both started from it.
      const shared = [rev, ...line].find((id) => history.has(id));
      const base = (shared === undefined ? undefined : history.get(shared)?.value) ?? seen.value;
      remember(rev, value, line);
      return { value, rev, base };
    };
    if (raw === undefined) return found(fallback, undefined);
    const decoded = decode(raw);
    if (decoded.ok) return found(decoded.value, decoded.stamp);
    // Another tab, or an older build, left data this page can't read: keep a copy, keep ours.
    setAside(raw, decoded.parsed ? decoded.data : undefined, $value.get());
    return undefined;
  };

  /** Saves this tab's new value on top of whatever another tab saved since this one looked. */
  const commit = (next: T, byReader: boolean) => {
    if (!isBrowser || !available || held) {
      show(next);
      return;
    }
    const raw = readRaw(storageKey);
    let value = next;
    let base = seen.rev;
    if (raw !== seen.raw && !merger) {
      // Another tab wrote, and the merge has not loaded yet: keep this change on the page only.
      // `pull` merges it with the other tab's once loaded, so the next write has both.
      show(next);
      awaitMerge();
      return;
    }
    if (raw !== seen.raw && merger) {
      const stored = latest(raw);
      if (!stored || held) {
        show(next);
        if (!held) write(next, revOf(raw, undefined), byReader);
        return;
      }
      value = valid(merger.mergeConcurrent(stored.base, next, stored.value)) ?? next;
      base = stored.rev;
    }
    write(value, base, byReader);
    show(value);
  };

  /** Brings in what another tab saved, keeping this tab's changes it had not seen. */
  const pull = () => {
    if (!isBrowser || !available) return;
    const raw = readRaw(storageKey);
    if (raw === seen.raw) return;
    if (!merger) {
      awaitMerge();
      return;
    }
    const local = $value.get();
    const stored = latest(raw);
    if (!stored) {
      seen = { raw, value: seen.value, rev: revOf(raw, undefined) };
      if (!held) write(local, seen.rev, false);
      return;
    }
    const merged = valid(merger.mergeConcurrent(stored.base, local, stored.value)) ?? stored.value;
    seen = { raw, value: stored.value, rev: stored.rev };
    if (!merger.sameValue(merged, stored.value) && !held) write(merged, seen.rev, false);
    show(merged);
  };

  /** Pulls once the merge code has loaded. */
  const awaitMerge = () => {
    awaitingMerge.set(pull, () => note({ kind: 'write-failed', label }));
    void loadMerge();
  };

  /** Reads the saved value when the store is made, migrating or setting aside as needed. */
  const load = () => {
    const newer = Math.max(
      0,
      ...siteKeys().map((candidate) => {
        const match = new RegExp(`^${escapeForPattern(key)}:v(\\d+)$`).exec(candidate);
        return match ? Number(match[1]) : 0;
      }),
    );
    if (newer > version) note({ kind: 'newer', label, version: newer });

    const raw = readRaw(storageKey);
    if (raw !== undefined) {
      const decoded = decode(raw);
      if (decoded.ok) {
        seen = { raw, value: decoded.value, rev: revOf(raw, decoded.stamp) };
        remember(seen.rev, decoded.value, decoded.stamp?.line ?? []);
        show(decoded.value);
        return;
      }
      seen = { raw, value: fallback, rev: revOf(raw, undefined) };
      const value = setAside(raw, decoded.parsed ? decoded.data : undefined, fallback);
      // The original is safe in its copy, so the readable part can take its place at once.
      if (!held) write(value, seen.rev, false);
      show(value);
      return;
    }
    // Bring data from an older version's key forward once; the old key is left as it was.
    for (let from = version - 1; from >= 1; from -= 1) {
      const oldKey = `${key}:v${from}`;
      const oldRaw = readRaw(oldKey);
      if (oldRaw === undefined) continue;
      let data: unknown;
      try {
        data = JSON.parse(oldRaw);
        for (let step = from; step < version; step += 1) {
          const migrate = migrations[step];
          if (!migrate) throw new Error(`no migration from version ${step}`);
          data = migrate(data);
        }
      } catch {
        note({ kind: 'recovered', label, copy: { where: 'browser', key: oldKey } });
        return;
      }
      const migrated = valid(data);
      const kept = migrated === undefined ? salvage?.(data) : undefined;
      if (migrated === undefined && !kept) {
        note({ kind: 'recovered', label, copy: { where: 'browser', key: oldKey } });
        return;
      }
      if (kept)
        note({
          kind: 'partial',
          label,
          dropped: kept.dropped,
          copy: { where: 'browser', key: oldKey },
        });
      const value = migrated ?? kept?.value ?? fallback;
      write(value, seen.rev, false);
      show(value);
      return;
    }
  };

  if (isBrowser && available) {
    load();
    window.addEventListener('storage', (event) => {
      if (event.key === storageKey || event.key === null) pull();
    });
    // A page restored from the back-forward cache, or a tab coming back, may have missed events.
    window.addEventListener('pageshow', pull);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') pull();
    });
  }

  $value.set = (next: T) => commit(next, true);

  return {
    $value,
    $notices,
    update: (change) => {
      pull();
      const current = $value.get();
      const next = change(current);
      if (next !== current) commit(next, true);
    },
    seed: (change) => {
      pull();
      const current = $value.get();
      const next = change(current);
      if (next !== current) commit(next, false);
    },
    replace: (value) => {
      if (!isBrowser || !available || held) show(value);
      else {
        write(value, seen.rev, true);
        show(value);
      }
    },
    reset: () => {
      held = false;
      $notices.set($notices.get().filter((notice) => notice.kind === 'unavailable'));
      removeRaw(storageKey);
      seen = { raw: undefined, value: fallback, rev: revOf(undefined, undefined) };
      history.clear();
      show(fallback);
    },
    release: () => {
      if (!held) return;
      held = false;
      const onPage = (notice: StorageNotice) =>
        (notice.kind === 'recovered' || notice.kind === 'partial') && notice.copy.where === 'page';
      $notices.set($notices.get().filter((notice) => !onPage(notice)));
      note({ kind: 'saving-again', label });
      commit($value.get(), true);
    },
    replaceDropping: (next, dropped) => {
      if (dropped.length === 0) return;
      const copy = keepCopy(storageKey, JSON.stringify($value.get()));
      const earlier = $notices.get().find((notice) => notice.kind === 'partial');
      note({
        kind: 'partial',
        label,
        dropped: [...(earlier?.kind === 'partial' ? earlier.dropped : []), ...dropped],
        // A copy held on the page outranks one in the browser: the notice must say nothing is saved.
        copy: earlier?.kind === 'partial' && earlier.copy.where === 'page' ? earlier.copy : copy,
      });
      if (copy.where === 'page') held = true;
      commit(next, false);
    },
    dismiss: (notice) => $notices.set($notices.get().filter((shown) => shown !== notice)),
    hasSavedData: () => readRaw(storageKey) !== undefined,
    options,
    storageKey,
    label,
  };
}

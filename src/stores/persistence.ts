/**
 * The one way tools keep data in the browser: a nanostores atom saved in localStorage through
 * @nanostores/persistent, with the guarantees every tool relies on.
 *
 * Stored shape: `localStorage["<key>:v<version>"] = JSON.stringify(value)`. The version is in the
 * key, so an older build's data is never misread by a newer one.
 *
 * - On load the JSON is validated with the store's schema (src/schemas). Unreadable JSON or an invalid
 *   shape gives the default value; the raw text is kept under `<key>:v<version>:backup` and the
 *   store's notice says so ("recovered"). An optional `salvage` keeps the valid part instead.
 * - Data under an older version's key is migrated step by step (`migrations[n]` turns version
 *   n into n + 1), validated, and written under the current key; the old key is left as it was.
 * - If localStorage is missing or throws (private mode, disabled), an in-memory store stands in:
 *   the tool works and its notice says changes won't be kept ("unavailable").
 * - A write that fails (quota full) is caught: the new value stays in memory so nothing typed is
 *   lost, and the notice says it wasn't saved ("write-failed") until a later write succeeds.
 * - Another tab's changes arrive through the browser's `storage` event (persistent's default).
 */
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import type { StorageNotice } from '../lib/storage-notice';

/** Checks what is read back: a schema from src/schemas wrapped by `validator`. */
export interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
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
}

/** A persisted store: the value, a notice to show the reader, and its storage key. */
export interface PersistedStore<T> {
  /** The saved value. `set` writes through to storage. */
  $value: WritableAtom<T>;
  /** What the reader should be told about this store's storage, if anything. */
  $notice: WritableAtom<StorageNotice | undefined>;
  /** The localStorage key the value lives under. */
  storageKey: string;
  /** The key a copy of unreadable data is kept under. */
  backupKey: string;
  /** What the data is called in notices. */
  label: string;
}

/** A storage engine as @nanostores/persistent sees it: string values by key. */
type Engine = Record<string, string>;

/** Per-key hooks so a failed or successful write reaches the right store's notice. */
const writeListeners = new Map<string, { failed(): void; succeeded(): void }>();

let storage: Storage | undefined;
let available = false;
const memory: Record<string, string> = {};

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

/**
 * A storage engine over localStorage whose writes never throw. A value that could not be
 * written is held in memory and read back from there, so persistent's own re-reads (on mount,
 * on returning to the page) show the reader's latest change instead of the older saved one.
 */
function guardedEngine(target: Storage): Engine {
  const unsaved = new Map<string, string>();
  const read = (key: string): string | undefined => {
    if (unsaved.has(key)) return unsaved.get(key);
    try {
      return target.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy(
    {},
    {
      get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
      has: (_, key) => typeof key === 'string' && read(key) !== undefined,
      set: (_, key, value) => {
        const name = String(key);
        try {
          target.setItem(name, String(value));
          unsaved.delete(name);
          writeListeners.get(name)?.succeeded();
        } catch {
          unsaved.set(name, String(value));
          writeListeners.get(name)?.failed();
        }
        return true;
      },
      deleteProperty: (_, key) => {
        unsaved.delete(String(key));
        try {
          target.removeItem(String(key));
        } catch {
          // Removal failing leaves the old value behind, which is harmless.
        }
        return true;
      },
      ownKeys: () => {
        try {
          return [...new Set([...Object.keys(target), ...unsaved.keys()])];
        } catch {
          return [...unsaved.keys()];
        }
      },
      getOwnPropertyDescriptor: (_, key) =>
        typeof key === 'string' && read(key) !== undefined
          ? { configurable: true, enumerable: true, writable: true, value: read(key) }
          : undefined,
    },
  );
}

/** Chooses the engine once: guarded localStorage in a working browser, memory otherwise. */
function setUpEngine() {
  if (typeof window === 'undefined') {
    // On the server nothing changes storage from outside, so there is nothing to listen to.
    const ignore = () => undefined;
    setPersistentEngine(memory, { addEventListener: ignore, removeEventListener: ignore });
    return;
  }
  storage = probeStorage();
  available = storage !== undefined;
  setPersistentEngine(storage ? guardedEngine(storage) : memory, windowPersistentEvents);
}
setUpEngine();

/** Whether saved data survives a reload in this browser (false in SSR and when storage is off). */
export function storageAvailable(): boolean {
  return available;
}

function readRaw(key: string): string | undefined {
  if (!storage) return memory[key];
  try {
    return storage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeRaw(key: string, value: string): boolean {
  if (!storage) {
    memory[key] = value;
    return false;
  }
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Reads back the copy of unreadable data kept for a store, if any. */
export function readBackup(store: Pick<PersistedStore<unknown>, 'backupKey'>): string | undefined {
  return readRaw(store.backupKey);
}

/** Creates a persisted store with the guarantees described at the top of this file. */
export function persistedStore<T>(options: PersistedStoreOptions<T>): PersistedStore<T> {
  const { key, version, schema, fallback, label, migrations = {}, salvage } = options;
  const storageKey = `${key}:v${version}`;
  const backupKey = `${storageKey}:backup`;
  const isBrowser = typeof window !== 'undefined';
  const $notice = atom<StorageNotice | undefined>(
    isBrowser && !available ? { kind: 'unavailable', label } : undefined,
  );

  /** Validates parsed data; on failure salvages what it can or falls back, keeping the raw text. */
  const accept = (data: unknown, raw: string): T => {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    writeRaw(backupKey, raw);
    const kept = salvage?.(data);
    if (kept) {
      $notice.set({ kind: 'partial', label, dropped: kept.dropped });
      return kept.value;
    }
    $notice.set({ kind: 'recovered', label });
    return fallback;
  };

  const decode = (raw: string): T => {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      writeRaw(backupKey, raw);
      $notice.set({ kind: 'recovered', label });
      return fallback;
    }
    return accept(data, raw);
  };

  // Bring data from an older version's key forward once, before the store first reads.
  if (isBrowser && readRaw(storageKey) === undefined) {
    for (let from = version - 1; from >= 1; from -= 1) {
      const oldRaw = readRaw(`${key}:v${from}`);
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
        writeRaw(backupKey, oldRaw);
        $notice.set({ kind: 'recovered', label });
        break;
      }
      const value = accept(data, oldRaw);
      writeRaw(storageKey, JSON.stringify(value));
      break;
    }
  }

  const $value = persistentAtom<T>(storageKey, fallback, {
    encode: (value) => JSON.stringify(value),
    decode,
  });

  writeListeners.set(storageKey, {
    failed: () => $notice.set({ kind: 'write-failed', label }),
    succeeded: () => {
      if ($notice.get()?.kind === 'write-failed') $notice.set(undefined);
    },
  });

  return { $value, $notice, storageKey, backupKey, label };
}

/**
 * For data a tool drops after loading (say, progress on cards the decks no longer have): keeps a
 * copy of the value as it was under the backup key, unless an older copy is kept there already,
 * and adds what was dropped to the store's "partial" notice.
 */
export function reportDropped<T>(
  store: PersistedStore<T>,
  before: T,
  dropped: readonly string[],
): void {
  if (dropped.length === 0) return;
  if (readRaw(store.backupKey) === undefined) writeRaw(store.backupKey, JSON.stringify(before));
  const notice = store.$notice.get();
  const earlier = notice?.kind === 'partial' ? notice.dropped : [];
  store.$notice.set({ kind: 'partial', label: store.label, dropped: [...earlier, ...dropped] });
}

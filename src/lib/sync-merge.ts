/**
 * Merging two versions of the same saved data that two tabs changed at once, so neither tab's
 * change is lost. It is a three-way merge: both versions are compared with the version they
 * both started from (the base), and each side's changes are kept.
 *
 * The rules, applied from the top of the value down:
 * - A part only one side changed takes that side's change; a part both changed the same way
 *   takes it once.
 * - A part one side deleted stays deleted, even if the other side changed it: a deletion is a
 *   deliberate act, and a merge that brought deleted things back would undo it behind the
 *   reader's back.
 * - Lists are merged by item: an item is known by its `id`, or by its whole value when it has
 *   none (a bank question in a list, a review in the log). Items added on either side are
 *   kept, near the items they were added next to; the order one side changed wins.
 * - Objects are merged key by key. An object with an `updatedAt` is an item the reader edits:
 *   when both sides changed the same field, the side with the later `updatedAt` wins it, and
 *   the merged item keeps the later time. Objects with different `id`s are different things
 *   and are never mixed: one that replaced the other wins, as a deletion does.
 * - Text both sides changed is merged by edit when each side only inserted or only deleted
 *   (what typing and Backspace do) in different places, so two tabs typing in the same field
 *   keep every character. Any other clash goes to the side with the later `updatedAt`, or
 *   else to `local` (the change being made now).
 *
 * Values are parsed JSON; `undefined` means absent.
 */

import { itemIdentity } from './item-identity';

/** Which side wins a change both sides made differently. */
type Side = 'local' | 'remote';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether two JSON values are the same, ignoring key order and keys whose value is undefined. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameValue(a[key], b[key])) return false;
  return true;
}

/** An item's `updatedAt`, if it has one. */
const stamp = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.updatedAt === 'string' ? value.updatedAt : undefined;

/** An object's `id`, if it has one. */
const idOf = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.id === 'string' ? value.id : undefined;

/** Merges what `local` and `remote` each changed since `base`; see the file comment. */
export function mergeConcurrent(base: unknown, local: unknown, remote: unknown): unknown {
  return merge(base, local, remote, 'local');
}

function merge(base: unknown, local: unknown, remote: unknown, prefer: Side): unknown {
  if (sameValue(local, remote)) return local;
  if (sameValue(base, local)) return remote;
  if (sameValue(base, remote)) return local;
  // Both changed it, differently. A deletion on either side wins.
  if (local === undefined || remote === undefined) return undefined;
  if (Array.isArray(local) && Array.isArray(remote))
    return mergeLists(Array.isArray(base) ? base : [], local, remote, prefer);
  if (isRecord(local) && isRecord(remote)) return mergeObjects(base, local, remote, prefer);
  if (typeof local === 'string' && typeof remote === 'string' && typeof base === 'string') {
    const text = mergeText(base, local, remote);
    if (text !== undefined) return text;
  }
  return prefer === 'local' ? local : remote;
}

function mergeObjects(
  base: unknown,
  local: Record<string, unknown>,
  remote: Record<string, unknown>,
  inherited: Side,
): unknown {
  const localStamp = stamp(local);
  const remoteStamp = stamp(remote);
  const prefer: Side =
    localStamp !== undefined && remoteStamp !== undefined && localStamp !== remoteStamp
      ? localStamp > remoteStamp
        ? 'local'
        : 'remote'
      : inherited;
  const from = isRecord(base) ? base : {};
  // Two different things under one key (a new run started in one tab, the old one edited in
  // the other) are never mixed: the side that replaced the old one wins, like a deletion.
  if (idOf(local) !== idOf(remote)) {
    if (idOf(from) === idOf(remote)) return local;
    if (idOf(from) === idOf(local)) return remote;
    return prefer === 'local' ? local : remote;
  }
  if (idOf(from) !== idOf(local)) return prefer === 'local' ? local : remote;

  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(from), ...Object.keys(local), ...Object.keys(remote)]);
  for (const key of keys) {
    const value =
      key === 'updatedAt' && localStamp !== undefined && remoteStamp !== undefined
        ? localStamp > remoteStamp
          ? localStamp
          : remoteStamp
        : merge(from[key], local[key], remote[key], prefer);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Items by identity, or undefined if two items share one (then the list is kept whole). */
function byIdentity(items: readonly unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of items) {
    const identity = itemIdentity(item);
    if (map.has(identity)) return undefined;
    map.set(identity, item);
  }
  return map;
}

function mergeLists(
  base: readonly unknown[],
  local: readonly unknown[],
  remote: readonly unknown[],
  prefer: Side,
): unknown[] {
  const fromBase = byIdentity(base);
  const fromLocal = byIdentity(local);
  const fromRemote = byIdentity(remote);
  if (!fromBase || !fromLocal || !fromRemote) return [...(prefer === 'local' ? local : remote)];

  // Gone from either side since the base: deleted, whatever the other side did to it.
  const survives = (identity: string) =>
    !fromBase.has(identity) || (fromLocal.has(identity) && fromRemote.has(identity));
  const keptOrder = (items: Map<string, unknown>) =>
    [...items.keys()].filter((identity) => fromBase.has(identity) && survives(identity));
  const baseOrder = keptOrder(fromBase);
  const localOrder = keptOrder(fromLocal);
  const remoteOrder = keptOrder(fromRemote);
  // Follow the side that reordered; if both did, the preferred one.
  const leader =
    sameValue(localOrder, baseOrder) || (!sameValue(remoteOrder, baseOrder) && prefer === 'remote')
      ? fromRemote
      : fromLocal;
  const other = leader === fromRemote ? fromLocal : fromRemote;

  const order = [...leader.keys()].filter(survives);
  const placed = new Set(order);
  let previous: string | undefined;
  for (const identity of other.keys()) {
    if (!placed.has(identity) && survives(identity)) {
      // Put an item only the other side has right after its neighbor there.
      const at = previous === undefined ? 0 : order.indexOf(previous) + 1;
      order.splice(at, 0, identity);
      placed.add(identity);
    }
    if (placed.has(identity)) previous = identity;
  }

  return order.flatMap((identity) => {
    const value = merge(
      fromBase.get(identity),
      fromLocal.get(identity),
      fromRemote.get(identity),
      prefer,
    );
    return value === undefined ? [] : [value];
  });
}

/** One change to a text: the range [start, end) of the base replaced by `insert`. */
interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** Beyond this many cells, comparing two texts character by character costs too much. */
const MAX_COMPARE_CELLS = 250_000;

/**
 * The edits that turn `base` into `text`, from the longest common subsequence of the part
 * between their common start and end (typing leaves that part short). Long, very different
 * texts give one edit replacing the whole differing part.
 */
function textEdits(base: string, text: string): TextEdit[] {
  let start = 0;
  while (start < base.length && start < text.length && base[start] === text[start]) start += 1;
  let baseEnd = base.length;
  let textEnd = text.length;
  while (baseEnd > start && textEnd > start && base[baseEnd - 1] === text[textEnd - 1]) {
    baseEnd -= 1;
    textEnd -= 1;
  }
  const from = base.slice(start, baseEnd);
  const to = text.slice(start, textEnd);
  if (from === '' && to === '') return [];
  if (from === '' || to === '' || from.length * to.length > MAX_COMPARE_CELLS)
    return [{ start, end: baseEnd, insert: to }];

  // common[i * width + j]: the longest common subsequence of from[i…] and to[j…].
  const width = to.length + 1;
  const common = new Int32Array((from.length + 1) * width);
  for (let i = from.length - 1; i >= 0; i -= 1)
    for (let j = to.length - 1; j >= 0; j -= 1)
      common[i * width + j] =
        from[i] === to[j]
          ? (common[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(common[(i + 1) * width + j] ?? 0, common[i * width + j + 1] ?? 0);

  const edits: TextEdit[] = [];
  let open: TextEdit | undefined;
  let i = 0;
  let j = 0;
  while (i < from.length || j < to.length) {
    if (i < from.length && j < to.length && from[i] === to[j]) {
      open = undefined;
      i += 1;
      j += 1;
      continue;
    }
    if (!open) {
      open = { start: start + i, end: start + i, insert: '' };
      edits.push(open);
    }
    const keepDeleting =
      j >= to.length ||
      (i < from.length && (common[(i + 1) * width + j] ?? 0) >= (common[i * width + j + 1] ?? 0));
    if (keepDeleting) {
      i += 1;
      open.end = start + i;
    } else {
      open.insert += to[j] ?? '';
      j += 1;
    }
  }
  return edits;
}

/**
 * Both sides' edits applied to the base, when every edit only inserts or only deletes (what
 * typing and Backspace do; a changed date or a replaced word is a clash) and no two overlap;
 * undefined otherwise. Two insertions at the same place keep the local one first.
 */
function mergeText(base: string, local: string, remote: string): string | undefined {
  const simple = (edit: TextEdit) => edit.start === edit.end || edit.insert === '';
  const mine = textEdits(base, local);
  const theirs = textEdits(base, remote);
  if (!mine.every(simple) || !theirs.every(simple)) return undefined;
  // In base order; at one place an insertion goes before a deletion, and a local one first.
  const all = [
    ...mine.map((edit) => ({ edit, side: 0 })),
    ...theirs.map((edit) => ({ edit, side: 1 })),
  ].sort(
    (a, b) =>
      a.edit.start - b.edit.start ||
      Number(a.edit.start !== a.edit.end) - Number(b.edit.start !== b.edit.end) ||
      a.side - b.side,
  );
  let merged = '';
  let at = 0;
  for (const { edit } of all) {
    if (edit.start < at) return undefined;
    merged += base.slice(at, edit.start) + edit.insert;
    at = edit.end;
  }
  return merged + base.slice(at);
}

/**
 * A change to a text as a field reports it: the new text, or the text as the field showed it
 * and the text after the reader's keystroke. The second form lets a store apply the keystroke
 * to the latest text, which may hold another tab's keystrokes the field had not shown yet.
 */
export type TextChange = string | { before: string; after: string };

/** The text after a change, applied to the latest text (the change wins a real clash). */
export function applyTextChange(change: TextChange, latest: string): string {
  if (typeof change === 'string') return change;
  if (change.before === latest) return change.after;
  return mergeText(change.before, change.after, latest) ?? change.after;
}

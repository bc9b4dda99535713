// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Template } from '../../../src/schemas/template';
import type { TemplateKind } from '../../../src/lib/vocabulary';
import { makeComposer } from '../../../src/lib/email-template';
import { closePagesAfterwards, openPage, relay, savedValue, twoTabs } from '../../support/storage';

const templates: Template[] = [
  {
    kind: 'request-cold',
    title: 'Request to someone you don’t know',
    subject: 'A question for {contactName}',
    body: 'Dear {contactName},\n\nCould we talk for {meetingLength}?\n\nBest,\n{yourName}',
    guidance: 'Use this for strangers.',
  },
  {
    kind: 'thank-you',
    title: 'Thank-you note',
    subject: 'Thank you, {contactName}',
    body: 'Dear {contactName},\n\nThank you for {helpfulThing}.\n\n{yourName}',
    guidance: 'Send it within a day or two.',
  },
];
const compose = makeComposer(templates, { locale: 'en-GB' });
const titleOf = (kind: TemplateKind) =>
  templates.find((template) => template.kind === kind)?.title ?? kind;
const KEY = 'iik:email-drafts:v1';
const at = (minute: number) => Date.UTC(2026, 10, 20, 10, minute);

/** A fresh copy of the store module, reading whatever localStorage holds now (as a reload would). */
async function freshStore() {
  vi.resetModules();
  return import('../../../src/stores/drafts');
}

const saved = () => savedValue(KEY);

let closePages: () => void;
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  closePages = closePagesAfterwards();
});
afterEach(() => {
  closePages();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('drafts store', () => {
  test('starts a draft from its template, opens it and saves it under iik:email-drafts', async () => {
    const store = await freshStore();
    const draft = store.createDraft({
      kind: 'request-cold',
      name: 'First',
      fields: { yourName: 'Sam' },
      compose,
      now: at(0),
    });
    expect(draft).toMatchObject({
      name: 'First',
      kind: 'request-cold',
      subject: 'A question for [Their name]',
      body: 'Dear [Their name],\n\nCould we talk for [How long]?\n\nBest,\nSam',
      edited: false,
      strictLength: false,
      createdAt: '2026-11-20T10:00:00.000Z',
    });
    expect(draft.fields.contactName).toBe('');
    expect(store.$activeDraft.get()?.id).toBe(draft.id);
    expect(saved()).toEqual({ drafts: [draft], activeId: draft.id });
  });

  test('puts new drafts first and switches between them', async () => {
    const store = await freshStore();
    const first = store.createDraft({ kind: 'request-cold', name: 'First', compose });
    const second = store.createDraft({ kind: 'thank-you', name: 'Second', compose });
    expect(store.$drafts.get().drafts.map((draft) => draft.name)).toEqual(['Second', 'First']);
    expect(store.$activeDraft.get()?.id).toBe(second.id);
    store.selectDraft(first.id);
    expect(store.$activeDraft.get()?.id).toBe(first.id);
    store.selectDraft('no-such-draft');
    expect(store.$activeDraft.get()?.id).toBe(first.id);
  });

  test('rebuilds unedited text as each detail changes, and stamps the change', async () => {
    const store = await freshStore();
    const { id } = store.createDraft({ kind: 'request-cold', name: 'A', compose, now: at(0) });
    store.setDraftField(id, 'contactName', 'Ms. Okafor', compose, at(5));
    const draft = store.$activeDraft.get();
    expect(draft?.subject).toBe('A question for Ms. Okafor');
    expect(draft?.body).toContain('Dear Ms. Okafor,');
    expect(draft?.updatedAt).toBe('2026-11-20T10:05:00.000Z');
  });

  test('once the reader edits the text, detail changes no longer overwrite it, until they rebuild', async () => {
    const store = await freshStore();
    const { id } = store.createDraft({ kind: 'request-cold', name: 'A', compose });
    store.editDraftText(id, { body: 'My own words.' });
    store.setDraftField(id, 'contactName', 'Dr. Lee', compose);
    expect(store.$activeDraft.get()).toMatchObject({
      body: 'My own words.',
      subject: 'A question for [Their name]',
      edited: true,
    });
    expect(store.$activeDraft.get()?.fields.contactName).toBe('Dr. Lee');

    store.rebuildDraft(id, compose);
    expect(store.$activeDraft.get()).toMatchObject({
      subject: 'A question for Dr. Lee',
      edited: false,
    });
    expect(store.$activeDraft.get()?.body).toContain('Dear Dr. Lee,');
  });

  test('changing the kind keeps the details and follows the new template', async () => {
    const store = await freshStore();
    const { id } = store.createDraft({
      kind: 'request-cold',
      name: 'A',
      fields: { contactName: 'Ms. Okafor' },
      compose,
    });
    store.changeDraftKind(id, 'thank-you', compose, titleOf);
    expect(store.$activeDraft.get()).toMatchObject({
      kind: 'thank-you',
      subject: 'Thank you, Ms. Okafor',
    });
  });

  test('a draft still named after its kind takes the new kind’s name; one the reader named keeps it', async () => {
    const store = await freshStore();
    const first = store.createDraft({
      kind: 'request-cold',
      name: titleOf('request-cold'),
      compose,
    });
    store.changeDraftKind(first.id, 'thank-you', compose, titleOf);
    expect(store.$activeDraft.get()?.name).toBe('Thank-you note');

    const second = store.createDraft({
      kind: 'request-cold',
      name: titleOf('request-cold'),
      compose,
    });
    expect(second.name).toBe('Request to someone you don’t know');
    store.changeDraftKind(second.id, 'thank-you', compose, titleOf);
    expect(store.$activeDraft.get()?.name).toBe('Thank-you note (2)');
    store.changeDraftKind(second.id, 'request-cold', compose, titleOf);
    expect(store.$activeDraft.get()?.name).toBe('Request to someone you don’t know');

    store.renameDraft(second.id, 'To Ms. Okafor');
    store.changeDraftKind(second.id, 'thank-you', compose, titleOf);
    expect(store.$activeDraft.get()?.name).toBe('To Ms. Okafor');
  });

  test('renames, duplicates and sets the stricter length', async () => {
    const store = await freshStore();
    const { id } = store.createDraft({
      kind: 'request-cold',
      name: 'A',
      fields: { contactName: 'Ms. Okafor' },
      compose,
    });
    store.renameDraft(id, 'To Ms. Okafor');
    store.setStrictLength(id, true);
    const copy = store.duplicateDraft(id);
    expect(copy).toMatchObject({
      name: 'To Ms. Okafor (copy)',
      strictLength: true,
      subject: 'A question for Ms. Okafor',
    });
    expect(copy?.id).not.toBe(id);
    expect(store.$activeDraft.get()?.id).toBe(copy?.id);
    expect(store.$drafts.get().drafts.map((draft) => draft.name)).toEqual([
      'To Ms. Okafor',
      'To Ms. Okafor (copy)',
    ]);
  });

  test('a new draft takes its kind’s name, numbered when that name is taken', async () => {
    const store = await freshStore();
    store.createDraft({ kind: 'thank-you', name: 'Thank-you note', compose });
    const second = store.createDraft({ kind: 'thank-you', name: 'Thank-you note', compose });
    expect(second.name).toBe('Thank-you note (2)');
  });

  test('deleting opens the next draft, and undo puts the deleted one back where it was', async () => {
    const store = await freshStore();
    const c = store.createDraft({ kind: 'request-cold', name: 'C', compose });
    const b = store.createDraft({ kind: 'request-cold', name: 'B', compose });
    store.createDraft({ kind: 'request-cold', name: 'A', compose });
    store.selectDraft(b.id);
    store.deleteDraft(b.id);
    expect(store.$drafts.get().drafts.map((draft) => draft.name)).toEqual(['A', 'C']);
    expect(store.$activeDraft.get()?.id).toBe(c.id);
    expect(store.draftDeletion.$deleted.get()?.item.name).toBe('B');
    expect(store.undoDeleteDraft()?.name).toBe('B');
    expect(store.draftDeletion.$deleted.get()).toBeUndefined();
    expect(store.$drafts.get().drafts.map((draft) => draft.name)).toEqual(['A', 'B', 'C']);
    expect(store.$activeDraft.get()?.id).toBe(b.id);
  });

  test('deleting the only draft leaves none open', async () => {
    const store = await freshStore();
    const { id } = store.createDraft({ kind: 'request-cold', name: 'Only', compose });
    store.deleteDraft(id);
    expect(store.$drafts.get()).toEqual({ drafts: [] });
    expect(store.$activeDraft.get()).toBeUndefined();
  });

  test('a reload finds the drafts and the open one', async () => {
    const before = await freshStore();
    const first = before.createDraft({
      kind: 'request-cold',
      name: 'Kept',
      fields: { contactName: 'Ms. Okafor' },
      compose,
    });
    before.createDraft({ kind: 'thank-you', name: 'Other', compose });
    before.selectDraft(first.id);
    const after = await freshStore();
    expect(after.$drafts.get().drafts.map((draft) => draft.name)).toEqual(['Other', 'Kept']);
    expect(after.$activeDraft.get()?.subject).toBe('A question for Ms. Okafor');
  });

  test('corrupt saved drafts open empty, with the notice and a copy kept', async () => {
    localStorage.setItem(KEY, '{"drafts": [{"id": "x", "na');
    const store = await freshStore();
    const { keptCopies, readRaw } = await import('../../../src/stores/persistence');
    expect(store.$drafts.get()).toEqual({ drafts: [] });
    const [copy] = keptCopies();
    expect(store.draftsStore.$notices.get()).toEqual([
      { kind: 'recovered', label: 'email drafts', copy: { where: 'browser', key: copy?.key } },
    ]);
    expect(readRaw(copy?.key ?? '')).toBe('{"drafts": [{"id": "x", "na');
  });

  test('one broken draft is dropped and named; the others are kept', async () => {
    const before = await freshStore();
    const good = before.createDraft({ kind: 'request-cold', name: 'Good', compose });
    localStorage.setItem(
      KEY,
      JSON.stringify({ drafts: [good, { ...good, id: 'bad', name: 'Bad', kind: 'letter' }] }),
    );
    const store = await freshStore();
    expect(store.$drafts.get().drafts).toEqual([good]);
    expect(store.draftsStore.$notices.get()).toMatchObject([
      { kind: 'partial', label: 'email drafts', dropped: ['“Bad”'] },
    ]);
  });

  test('with storage switched off, drafts still work for the visit and the notice says so', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await freshStore();
    expect(store.draftsStore.$notices.get()).toEqual([
      { kind: 'unavailable', label: 'email drafts' },
    ]);
    store.createDraft({ kind: 'thank-you', name: 'In memory', compose });
    expect(store.$activeDraft.get()?.name).toBe('In memory');
  });
});

describe('two tabs on the same draft', () => {
  test('case 4: typing alternately in the same draft in two tabs, each before hearing of the other, loses no keystroke', async () => {
    const [storageA, storageB] = twoTabs();
    const load = () => import('../../../src/stores/drafts');
    const tabA = await openPage(load, storageA);
    const draft = tabA.createDraft({ kind: 'request-cold', name: 'Dana', compose, now: at(0) });
    relay(storageA);
    const tabB = await openPage(load, storageB);
    expect(tabB.$activeDraft.get()?.id).toBe(draft.id);

    // A keystroke reports the field's text as it showed it and after the key, as the composer's
    // fields do; a field may not yet show what arrived from the other tab a moment before.
    const shown = (tab: typeof tabA, field: 'subject' | 'body') =>
      tab.$activeDraft.get()?.[field] ?? '';
    const type = (
      tab: typeof tabA,
      field: 'subject' | 'body',
      before: string,
      letter: string,
      minute: number,
    ) => tab.editDraftText(draft.id, { [field]: { before, after: before + letter } }, at(minute));
    const typedA = 'thanks';
    const typedB = '123456';
    for (let index = 0; index < typedA.length; index += 1) {
      const fieldB = index % 2 ? 'subject' : 'body';
      const [shownA, shownB] = [shown(tabA, 'body'), shown(tabB, fieldB)];
      relay(storageA);
      relay(storageB);
      type(tabA, 'body', shownA, typedA[index] ?? '', 1 + index);
      type(tabB, fieldB, shownB, typedB[index] ?? '', 1 + index);
    }
    relay(storageA);
    relay(storageB);
    relay(storageA);

    const final = tabA.$activeDraft.get();
    expect(tabB.$activeDraft.get()).toEqual(final);
    expect(savedValue(KEY, storageA)).toEqual(savedValue(KEY, storageB));
    const added =
      (final?.body ?? '').slice(draft.body.length) +
      (final?.subject ?? '').slice(draft.subject.length);
    expect([...added].sort().join('')).toBe([...`${typedA}${typedB}`].sort().join(''));
  });

  test('the draft open in one tab, deleted in the other, is reported there; a deletion here is not', async () => {
    const [storageA, storageB] = twoTabs();
    const load = () => import('../../../src/stores/drafts');
    const tabA = await openPage(load, storageA);
    const dana = tabA.createDraft({ kind: 'request-cold', name: 'Dana', compose, now: at(0) });
    const sam = tabA.createDraft({ kind: 'thank-you', name: 'Sam', compose, now: at(1) });
    relay(storageA);
    const tabB = await openPage(load, storageB);
    tabB.selectDraft(dana.id);
    relay(storageB);
    const reported: string[] = [];
    const stop = tabB.onOpenDraftDeletedElsewhere((draft) => reported.push(draft.name));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    tabA.deleteDraft(dana.id);
    relay(storageA);
    await settle();
    expect(reported).toEqual(['Dana']);

    expect(tabB.$activeDraft.get()?.id).toBe(sam.id);
    tabB.deleteDraft(sam.id);
    await settle();
    expect(reported).toEqual(['Dana']);
    stop();
  });
});

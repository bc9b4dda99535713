// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { makeComposer } from '../../../src/lib/email-template';
import type { Template } from '../../../src/schemas/template';
import {
  applyImport,
  deleteAllData,
  exportAllData,
  planImport,
  type ImportPlan,
} from '../../../src/stores/data-transfer';
// What the privacy page shows is checked here too, since "delete all" must empty it.
import { deleteKeptCopy, readKeptCopy, storageSummary } from '../../../src/stores/stored-data';
import { $drafts, createDraft, draftsStore, setDraftField } from '../../../src/stores/drafts';
import { beginRun, endCurrentRun, mockRunsStore, saveDebrief } from '../../../src/stores/mock-runs';
import {
  $questionLists,
  addQuestion,
  createList,
  editPendingQuestion,
  indexBank,
  questionListsStore,
} from '../../../src/stores/question-lists';
import { peopleStore } from '../../../src/stores/people';
import { addPerson } from '../../../src/stores/person-edits';
import { loadStores } from '../../../src/stores/registry';
import { rateReviewCard, reviewsStore, setNewPerDay } from '../../../src/stores/reviews';
import { clearTabState } from '../../../src/stores/tab-state';
import { makeQuestion } from '../../support/question';
import { fillUp } from '../../support/storage';

const bank = indexBank([makeQuestion('n1', 'What does a normal day look like?', 'present')]);
const template: Template = {
  kind: 'thank-you',
  title: 'Thank-you note',
  subject: 'Thank you, {contactName}',
  body: 'Dear {contactName},\n\nThank you for {helpfulThing}.\n\n{yourName}',
  guidance: 'Send it within a day.',
};
const compose = makeComposer([template]);

const stores = [questionListsStore, draftsStore, reviewsStore, mockRunsStore, peopleStore];
const values = () => stores.map((store) => store.$value.get());
const siteKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('iik:'));
const asFile = (text: string, name = 'interview-kit-data-2026-11-24.json') =>
  new File([text], name, { type: 'application/json' });

/** Makes something in every tool, as a reader would. */
async function fillEveryTool() {
  const list = createList('Dana');
  if (list.ok) addQuestion(list.id, 'n1', bank);
  const draft = createDraft({ kind: 'thank-you', name: 'Thanks Dana', compose });
  setDraftField(draft.id, 'contactName', 'Dana', compose);
  await rateReviewCard('phase-past', 3);
  setNewPerDay(7);
  beginRun({ minutes: 15, listName: 'Dana', questions: [] }, Date.now());
  endCurrentRun(Date.now());
  saveDebrief();
  addPerson({ name: 'Dana Reyes', organization: 'City Hospital' });
}

async function plan(text: string): Promise<ImportPlan> {
  const choice = await planImport(asFile(text));
  if (!choice.ok) throw new Error(choice.problem.message);
  return choice.plan;
}

beforeEach(() => {
  localStorage.clear();
  for (const store of stores) store.reset();
  clearTabState();
  vi.useFakeTimers({ now: new Date('2026-11-24T10:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('the registry', () => {
  test('lists every persisted store once', async () => {
    const loaded = await loadStores();
    expect(loaded.map((store) => store.storageKey)).toEqual([
      'iik:question-lists:v1',
      'iik:email-drafts:v1',
      'iik:reviews:v2',
      'iik:mock-runs:v1',
      'iik:people:v1',
    ]);
  });
});

describe('export and import', () => {
  test('export, delete everything, import: every tool holds exactly what it held', async () => {
    await fillEveryTool();
    const before = values();
    const exported = await exportAllData(Date.now());
    expect(exported.name).toBe('interview-kit-data-2026-11-24.json');

    await deleteAllData();
    expect(siteKeys()).toEqual([]);
    expect($questionLists.get()).toEqual({ lists: [] });

    const planned = await plan(exported.text);
    expect(planned.tools.map(({ label, changes }) => [label, changes?.merge.added])).toEqual([
      ['question lists', 1],
      ['email drafts', 1],
      ['practice progress', 1],
      ['mock conversations', 1],
      ['conversations', 1],
    ]);
    await applyImport(planned, 'merge');
    expect(values()).toEqual(before);
  });

  test('Merge keeps what is here, adds the file’s, and never deletes', async () => {
    await fillEveryTool();
    const exported = await exportAllData();
    createList('Only here');
    const planned = await plan(exported.text);
    expect(planned.tools[0]?.changes).toEqual({
      inFile: 1,
      merge: { added: 0, updated: 0, unchanged: 1, removed: 0 },
      replace: { added: 0, updated: 0, unchanged: 1, removed: 1 },
    });
    await applyImport(planned, 'merge');
    expect($questionLists.get().lists.map((list) => list.name)).toEqual(['Dana', 'Only here']);
    await applyImport(planned, 'replace');
    expect($questionLists.get().lists.map((list) => list.name)).toEqual(['Dana']);
  });

  test('Merge numbers a list from the file whose name is taken here, as list names never clash', async () => {
    createList('Dana');
    const exported = await exportAllData();
    const data = JSON.parse(exported.text);
    data.data['iik:question-lists:v1'].lists[0].id = 'from-another-browser';
    await applyImport(await plan(JSON.stringify(data)), 'merge');
    expect($questionLists.get().lists.map((list) => list.name)).toEqual(['Dana (2)', 'Dana']);
  });

  test('an import says which tools the browser could not save, and none when it could', async () => {
    await fillEveryTool();
    const exported = await exportAllData();
    await deleteAllData();
    const planned = await plan(exported.text);
    const makeRoom = fillUp();
    onTestFinished(makeRoom);
    expect(await applyImport(planned, 'replace')).toEqual({
      unsaved: [
        'question lists',
        'email drafts',
        'practice progress',
        'mock conversations',
        'conversations',
      ],
    });
    makeRoom();
    expect(await applyImport(planned, 'replace')).toEqual({ unsaved: [] });
  });

  test('an import writes nothing for a tool it leaves as it is, so “nothing saved” stays true', async () => {
    createList('Dana');
    const exported = await exportAllData();
    await deleteAllData();
    const planned = await plan(exported.text);
    for (const how of ['merge', 'replace'] as const) {
      await applyImport(planned, how);
      expect(siteKeys()).toEqual(['iik:question-lists:v1']);
    }
  });

  test('a corrupt file is refused with its message, and nothing changes', async () => {
    await fillEveryTool();
    const before = values();
    const saved = siteKeys().map((key) => localStorage.getItem(key));
    const exported = await exportAllData();
    const choice = await planImport(asFile(exported.text.slice(0, 200)));
    expect(choice).toEqual({
      ok: false,
      problem: {
        kind: 'damaged',
        message:
          'That file is damaged: it was cut short or changed, so it cannot be read. Nothing was changed.',
      },
    });
    expect(values()).toEqual(before);
    expect(siteKeys().map((key) => localStorage.getItem(key))).toEqual(saved);
  });

  test('a file too big is refused before it is read', async () => {
    const text = vi.fn(() => Promise.resolve(''));
    const huge = { size: 11 * 1024 * 1024, name: 'big.json', text } as unknown as File;
    const choice = await planImport(huge);
    expect(choice.ok || choice.problem.kind).toBe('too-big');
    expect(text).not.toHaveBeenCalled();
  });

  test('a file that is not text, under the size limit, is called not ours, at its real size', async () => {
    // 4 MB of bytes that are not UTF-8 decode to 12 MB of stand-in characters.
    const photo = new File([new Uint8Array(4_000_000).fill(0xff)], 'photo.jpg');
    const choice = await planImport(photo);
    expect(choice.ok || choice.problem.kind).toBe('not-ours');
  });
});

describe('delete all and the storage summary', () => {
  test('"Delete all my data" removes every tool’s data, kept copies and what the tab kept', async () => {
    await fillEveryTool();
    editPendingQuestion({ text: 'Half typed' });
    localStorage.setItem('iik:email-drafts:v1:backup:2026-11-01T10:00:00.000Z', '{old');
    await deleteAllData();
    expect(siteKeys()).toEqual([]);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('iik:'))).toEqual([]);
    expect(values()).toEqual([
      { lists: [] },
      { drafts: [] },
      reviewsStore.options.fallback,
      { debriefs: [] },
      { people: [] },
    ]);
    expect($drafts.get().drafts).toEqual([]);
  });

  test('the summary counts each tool’s items and names kept copies by their tool', async () => {
    await fillEveryTool();
    const copyKey = 'iik:email-drafts:v1:backup:2026-11-01T10:00:00.000Z';
    localStorage.setItem(copyKey, '{old');
    const summary = await storageSummary();
    expect(summary.tools.map(({ label, items, noun }) => `${label}: ${items} ${noun[1]}`)).toEqual([
      'question lists: 1 lists',
      'email drafts: 1 drafts',
      'practice progress: 1 cards',
      'mock conversations: 1 debriefs',
      'conversations: 1 people',
    ]);
    expect(summary.tools.every((tool) => tool.bytes > 0)).toBe(true);
    expect(summary.copies).toMatchObject([
      { key: copyKey, label: 'email drafts', keptAt: '2026-11-01T10:00:00.000Z', size: 4 },
    ]);
    expect(readKeptCopy(copyKey)).toBe('{old');
    deleteKeptCopy(copyKey);
    expect((await storageSummary()).copies).toEqual([]);
  });
});

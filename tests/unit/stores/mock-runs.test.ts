// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const KEY = 'iik:mock-runs:v1';
import { MINUTE } from '../../../src/lib/time';
import { openPage, relay, savedValue, twoTabs } from '../../support/storage';

async function loadStore() {
  vi.resetModules();
  return import('../../../src/stores/mock-runs');
}

const questions = [
  { key: 'bank:a', text: 'What is a typical day like?', phase: 'present' as const },
  { key: 'bank:b', text: 'Who else should I talk to?', phase: 'advice' as const },
];

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the mock runs store', () => {
  test('keeps a run in progress across a reload, with its start time', async () => {
    const store = await loadStore();
    store.beginRun({ minutes: 15, listName: 'Suggested questions', questions }, Date.now());
    const reloaded = await loadStore();
    expect(reloaded.$mockRuns.get().current).toMatchObject({
      minutes: 15,
      startedAt: Date.now(),
      pausedMs: 0,
    });
  });

  test('pauses, resumes, marks questions and ends the run', async () => {
    const store = await loadStore();
    store.beginRun({ minutes: 15, listName: 'Suggested questions', questions }, Date.now());
    store.pauseCurrentRun(Date.now() + MINUTE);
    store.resumeCurrentRun(Date.now() + 3 * MINUTE);
    store.markRunQuestion('bank:a', 'asked');
    store.endCurrentRun(Date.now() + 5 * MINUTE);
    expect(store.$mockRuns.get().current).toMatchObject({
      pausedMs: 2 * MINUTE,
      done: { 'bank:a': 'asked' },
      endedAt: Date.now() + 5 * MINUTE,
    });
  });

  test('keeps debrief notes as they are typed and saves them as a dated debrief', async () => {
    const store = await loadStore();
    store.beginRun({ minutes: 15, listName: 'Suggested questions', questions }, Date.now());
    store.endCurrentRun(Date.now() + 15 * MINUTE);
    store.updateDebriefNotes({ learned: 'They started in retail.' });
    const reloaded = await loadStore();
    expect(reloaded.$mockRuns.get().current?.notes.learned).toBe('They started in retail.');
    const debrief = reloaded.saveDebrief(Date.now());
    expect(debrief).toMatchObject({
      ranSec: 900,
      savedAt: '2026-11-23T10:00:00.000Z',
      notes: { learned: 'They started in retail.' },
    });
    expect(reloaded.$mockRuns.get()).toEqual({ debriefs: [debrief] });
  });

  test('does not save a debrief for a run still going', async () => {
    const store = await loadStore();
    store.beginRun({ minutes: 15, listName: 'Suggested questions', questions }, Date.now());
    expect(store.saveDebrief()).toBeUndefined();
  });

  test('keeps the set-up’s choice with the run and after its debrief', async () => {
    const store = await loadStore();
    store.beginRun({ minutes: 20, listName: 'Dana', questions }, Date.now(), {
      minutes: 20,
      listId: 'l1',
    });
    store.endCurrentRun(Date.now());
    store.saveDebrief();
    expect(store.$mockRuns.get().setup).toEqual({ minutes: 20, listId: 'l1' });
    const reloaded = await loadStore();
    expect(reloaded.$mockRuns.get().setup).toEqual({ minutes: 20, listId: 'l1' });
  });

  test('deletes a debrief and puts it back in its place', async () => {
    const store = await loadStore();
    for (const name of ['first', 'second']) {
      store.beginRun({ minutes: 15, listName: name, questions }, Date.now());
      store.endCurrentRun(Date.now());
      store.saveDebrief();
    }
    const [newest] = store.$mockRuns.get().debriefs;
    store.deleteDebrief(newest?.id ?? '');
    expect(store.$mockRuns.get().debriefs.map((debrief) => debrief.listName)).toEqual(['first']);
    expect(store.undoDeleteDebrief()?.listName).toBe('second');
    expect(store.$mockRuns.get().debriefs.map((debrief) => debrief.listName)).toEqual([
      'second',
      'first',
    ]);
  });

  test('keeps the readable debriefs of damaged data', async () => {
    const store = await loadStore();
    store.beginRun({ minutes: 15, listName: 'kept', questions }, Date.now());
    store.endCurrentRun(Date.now());
    const debrief = store.saveDebrief();
    localStorage.setItem(KEY, JSON.stringify({ debriefs: [debrief, { id: 3 }] }));
    const reloaded = await loadStore();
    expect(reloaded.$mockRuns.get().debriefs).toEqual([debrief]);
    expect(reloaded.mockRunsStore.$notices.get()).toMatchObject([
      { kind: 'partial', dropped: ['1 debrief'] },
    ]);
  });
});

describe('two tabs on the same debrief', () => {
  test('case 4: typing alternately in the same debrief in two tabs, each before hearing of the other, loses no keystroke', async () => {
    const [storageA, storageB] = twoTabs();
    const load = () => import('../../../src/stores/mock-runs');
    const tabA = await openPage(load, storageA);
    tabA.beginRun({ minutes: 15, listName: 'Dana', questions }, Date.now());
    tabA.endCurrentRun(Date.now() + 15 * MINUTE);
    relay(storageA);
    const tabB = await openPage(load, storageB);
    const notes = (tab: typeof tabA) => tab.$mockRuns.get().current?.notes;
    expect(notes(tabB)).toEqual({ learned: '', askNext: '', contactNext: '' });

    // A keystroke reports the field's text as it showed it, which may not yet hold the other
    // tab's keystroke that arrived a moment before.
    const type = (tab: typeof tabA, before: string, letter: string) =>
      tab.updateDebriefNotes({ learned: { before, after: before + letter } });
    for (const [letterA, letterB] of ['ax', 'by', 'cz']) {
      const [shownA, shownB] = [notes(tabA)?.learned ?? '', notes(tabB)?.learned ?? ''];
      relay(storageA);
      relay(storageB);
      type(tabA, shownA, letterA ?? '');
      type(tabB, shownB, letterB ?? '');
    }
    relay(storageA);
    relay(storageB);
    relay(storageA);
    expect(notes(tabA)).toEqual(notes(tabB));
    expect([...(notes(tabA)?.learned ?? '')].sort().join('')).toBe('abcxyz');
    expect(savedValue(KEY, storageB)).toEqual(savedValue(KEY, storageA));
  });
});

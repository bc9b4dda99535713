/**
 * The reader's question lists, saved in the browser. The picker edits them; the mock
 * conversation reads them.
 *
 * Stored under "iik:question-lists:v1" as QuestionListsState (src/lib/question-list.ts).
 */
import { questionListsStateSchema, type QuestionListsState } from '../lib/question-list';
import { persistedStore } from './persistence';

/** The saved lists, with their storage notice. */
export const questionListsStore = persistedStore<QuestionListsState>({
  key: 'iik:question-lists',
  version: 1,
  schema: questionListsStateSchema,
  fallback: { lists: [] },
  label: 'question lists',
});

/** The reader's question lists and which one is open. */
export const $questionLists = questionListsStore.$value;

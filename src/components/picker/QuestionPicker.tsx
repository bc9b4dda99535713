/**
 * The question picker island: build, size, order and take away a list of questions for one
 * conversation. The server renders its first state (the list a first visit starts with, the
 * bank still to come), so the page does not jump; once running it shows the reader's saved
 * lists and fetches the bank (/questions/bank.json). It reads the lists from the store and
 * calls its verbs.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { listFromAddress } from '../../lib/list-address';
import { FIRST_LIST, newList } from '../../lib/list-operations';
import { pickBank } from '../../lib/question-bank';
import type { Question } from '../../schemas/question';
import type { QuestionListsState } from '../../schemas/question-list';
import {
  $activeList,
  $questionLists,
  ensureList,
  forgetUnknownQuestions,
  setActiveList,
  questionListsStore,
} from '../../stores/question-lists';
import { DataFooter } from '../shared/DataFooter';
import { LoadFailed } from '../shared/LoadFailed';
import { StorageNotice } from '../shared/StorageNotice';
import { useAnnouncement } from '../shared/useAnnouncement';
import { useMountedKeepingInput } from '../shared/useMountedKeepingInput';
import { useJsonData } from '../shared/useOnDemand';
import { LengthPlan } from './LengthPlan';
import { ListManager } from './ListManager';
import { PickerWorkspace } from './PickerWorkspace';
import { usePickerView } from './usePickerView';
import './picker.css';

interface Props {
  /** Where the question bank is served (/questions/bank.json); fetched, to keep the page light. */
  bankUrl: string;
}

/** What the server renders, and what a first visit starts with: one empty list. */
const FIRST_LIST_SHOWN = newList({ id: 'first-list', ...FIRST_LIST }, 0);
const FIRST_STATE: QuestionListsState = { lists: [FIRST_LIST_SHOWN] };
/** The bank while it loads. */
const NO_QUESTIONS: readonly Question[] = [];

/** The whole picker. */
export function QuestionPicker({ bankUrl }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const mounted = useMountedKeepingInput(root);
  // A first visit starts its list once the page runs (the server showed the same list). This
  // runs before the render that shows saved lists, so that render already has the list.
  useEffect(() => {
    ensureList();
    // A link from the Conversations page opens the list planned for that person.
    const asked = listFromAddress(location.search);
    if (asked && $questionLists.get().lists.some(({ id }) => id === asked)) setActiveList(asked);
  }, []);
  // Subscribed for the re-renders; read below straight from the stores, which are never behind.
  useStore($questionLists);
  useStore($activeList);
  const [message, announce] = useAnnouncement();
  const bank = useJsonData(bankUrl, pickBank);
  // Questions merged or retired since a list was saved leave it, with a notice saying so.
  const bankQuestions = bank.status === 'ready' ? bank.data : undefined;
  useEffect(() => {
    if (bankQuestions)
      forgetUnknownQuestions(new Set(bankQuestions.map((question) => question.id)));
  }, [bankQuestions]);

  const state = mounted ? $questionLists.get() : FIRST_STATE;
  // Undefined only once the reader has deleted every list.
  const list = mounted ? $activeList.get() : FIRST_LIST_SHOWN;
  const ready = mounted && bank.status === 'ready';
  const view = usePickerView(list ?? FIRST_LIST_SHOWN, ready ? bank.data : NO_QUESTIONS);

  return (
    <div class="picker" ref={root}>
      <StorageNotice store={questionListsStore} backupFilename="question-lists-backup.json" />
      <p class="visually-hidden" role="status">
        {message}
      </p>

      <section class="picker-setup card" aria-labelledby="picker-setup-heading">
        <h2 id="picker-setup-heading" class="visually-hidden">
          Your list and its length
        </h2>
        <ListManager lists={state.lists} active={list} announce={announce} />
        {list && <LengthPlan listId={list.id} minutes={list.minutes} fit={view.fit} />}
      </section>

      {!list ? null : ready ? (
        <PickerWorkspace list={list} view={view} announce={announce} />
      ) : bank.status === 'failed' ? (
        <LoadFailed
          message="The question bank couldn’t be loaded, so the picker can’t show your questions. Check your connection and try again. Your lists are safe."
          onRetry={bank.retry}
        />
      ) : (
        // Room for the columns, so nothing below them moves when they arrive.
        <p class="picker-loading">Loading the questions…</p>
      )}

      <DataFooter />
    </div>
  );
}

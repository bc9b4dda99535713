/**
 * The question picker island: build, size, order and take away a list of questions for one
 * conversation. It reads the lists from the store and calls its verbs; the bank comes from the
 * page as a prop.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Question } from '../../schemas/question';
import { buildSheet } from '../../lib/list-export';
import { assessFit } from '../../lib/list-fit';
import { indexQuestions } from '../../lib/question-filter';
import { resolveList, type ResolvedQuestion } from '../../lib/question-list';
import type { ListItem } from '../../schemas/question-list';
import { sortByPhase } from '../../lib/question-bank';
import {
  $activeList,
  $questionLists,
  ensureList,
  forgetUnknownQuestions,
  indexBank,
  questionListsStore,
} from '../../stores/question-lists';
import { StorageNoticeBanner } from '../shared/StorageNoticeBanner';
import { useAnnouncement } from '../shared/useAnnouncement';
import { BankBrowser } from './BankBrowser';
import { CustomQuestionForm } from './CustomQuestionForm';
import { LengthPlan } from './LengthPlan';
import { ListEditor } from './ListEditor';
import { ListManager } from './ListManager';
import { PrintSheet } from './PrintSheet';
import { TakeAway } from './TakeAway';
import './picker.css';

interface Props {
  /** The question bank, in bank order (most useful first within each phase). */
  questions: Question[];
}

/** The whole picker. */
export function QuestionPicker({ questions }: Props) {
  // A first visit starts a list straight away, before the first paint, so there is no empty flash.
  useState(() => ensureList());
  const state = useStore($questionLists);
  const [message, announce] = useAnnouncement();

  const bank = useMemo(() => indexBank(questions), [questions]);
  // Questions merged or retired since a list was saved leave it, with a notice saying so.
  useEffect(() => {
    forgetUnknownQuestions(new Set(questions.map((question) => question.id)));
  }, [questions]);
  const searchIndex = useMemo(() => indexQuestions(questions), [questions]);
  // Resolved questions are kept per item, so a long list's unchanged rows skip rendering; a new
  // bank starts a new cache.
  const { bankById, resolvedCache } = useMemo(
    () => ({
      bankById: new Map(questions.map((question) => [question.id, question])),
      resolvedCache: new WeakMap<ListItem, ResolvedQuestion | null>(),
    }),
    [questions],
  );

  const list = useStore($activeList);
  const resolved = useMemo(
    () => (list ? sortByPhase(resolveList(list.items, bankById, resolvedCache)) : []),
    [list, bankById, resolvedCache],
  );
  const fit = useMemo(
    () =>
      list
        ? assessFit(
            resolved.map((question) => question.phase),
            list.minutes,
          )
        : undefined,
    [list, resolved],
  );
  const sheet = useMemo(() => (list ? buildSheet(list, resolved) : undefined), [list, resolved]);
  const chosen = useMemo(
    () =>
      new Set(list?.items.flatMap((item) => (item.kind === 'bank' ? [item.questionId] : [])) ?? []),
    [list],
  );

  return (
    <div class="picker">
      <StorageNoticeBanner store={questionListsStore} backupFilename="question-lists-backup.json" />
      <p class="visually-hidden" role="status">
        {message}
      </p>

      <section class="picker-setup card" aria-labelledby="picker-setup-heading">
        <h2 id="picker-setup-heading" class="visually-hidden">
          Your list and its length
        </h2>
        <ListManager lists={state.lists} active={list} announce={announce} />
        {list && fit && <LengthPlan listId={list.id} minutes={list.minutes} fit={fit} />}
      </section>

      {list && fit && sheet && (
        <div class="picker-columns">
          <div class="picker-column">
            <ListEditor
              list={list}
              questions={resolved}
              fit={fit}
              bank={bank}
              announce={announce}
            />
            <CustomQuestionForm listId={list.id} bank={bank} announce={announce} />
            <TakeAway sheet={sheet} />
          </div>
          <div class="picker-column">
            <BankBrowser
              listId={list.id}
              index={searchIndex}
              bank={bank}
              chosen={chosen}
              announce={announce}
            />
          </div>
        </div>
      )}

      {sheet && <PrintSheet sheet={sheet} />}
    </div>
  );
}

export default QuestionPicker;

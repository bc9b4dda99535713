/**
 * What the picker shows of the open list, made from the list and the bank: its questions in
 * order, how they fit the time, the sheet to take away, and which bank questions it holds.
 * Everything made from the bank alone is made once per bank.
 */
import { useMemo } from 'preact/hooks';
import { buildSheet } from '../../lib/list-export';
import { assessFit } from '../../lib/list-fit';
import { sortByPhase } from '../../lib/question-bank';
import { indexQuestions } from '../../lib/question-filter';
import { resolveList, type ResolvedQuestion } from '../../lib/question-list';
import type { Question } from '../../schemas/question';
import type { ListItem, QuestionList } from '../../schemas/question-list';
import { indexBank } from '../../stores/question-lists';

/** The view of `list` against `questions` (empty while the bank is still loading). */
export function usePickerView(list: QuestionList, questions: readonly Question[]) {
  // Resolved questions are kept per item, so a long list's unchanged rows skip rendering.
  const { bank, searchIndex, resolvedCache } = useMemo(
    () => ({
      bank: indexBank(questions),
      searchIndex: indexQuestions(questions),
      resolvedCache: new WeakMap<ListItem, ResolvedQuestion | null>(),
    }),
    [questions],
  );
  const resolved = useMemo(
    () => sortByPhase(resolveList(list.items, bank.byId, resolvedCache)),
    [list, bank, resolvedCache],
  );
  const fit = useMemo(
    () =>
      assessFit(
        resolved.map((question) => question.phase),
        list.minutes,
      ),
    [list, resolved],
  );
  const sheet = useMemo(() => buildSheet(list, resolved), [list, resolved]);
  const chosen = useMemo(
    () => new Set(list.items.flatMap((item) => (item.kind === 'bank' ? [item.questionId] : []))),
    [list],
  );
  return { bank, searchIndex, resolved, fit, sheet, chosen };
}

/** The picker's view of a list. */
export type PickerView = ReturnType<typeof usePickerView>;

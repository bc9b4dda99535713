/**
 * The picker's working area once the bank is here: the reader's questions (with their own
 * question form and the ways to take the list away) beside the bank to add from, and the sheet
 * printing shows instead of the page.
 */
import type { QuestionList } from '../../schemas/question-list';
import { BankBrowser } from './BankBrowser';
import { CustomQuestionForm } from './CustomQuestionForm';
import { ListEditor } from './ListEditor';
import { PrintSheet } from './PrintSheet';
import { TakeAway } from './TakeAway';
import type { PickerView } from './usePickerView';

interface Props {
  /** The open list. */
  list: QuestionList;
  view: PickerView;
  announce: (message: string) => void;
}

/** The two columns and the print sheet. */
export function PickerWorkspace({ list, view, announce }: Props) {
  const { bank, searchIndex, resolved, fit, sheet, chosen } = view;
  return (
    <>
      {/* On a phone the list and the bank are a long scroll apart: this bar stays at the top. */}
      <nav class="picker-jump no-print" aria-label="Jump to">
        <a href="#picker-mine-heading">Your list</a>
        <a href="#picker-bank-heading">The bank</a>
      </nav>
      <div class="picker-columns">
        <div class="picker-column">
          <ListEditor list={list} questions={resolved} fit={fit} bank={bank} announce={announce} />
          <CustomQuestionForm listId={list.id} bank={bank} />
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
      <PrintSheet sheet={sheet} />
    </>
  );
}

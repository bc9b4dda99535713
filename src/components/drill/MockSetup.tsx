/**
 * Setting up a mock conversation: pick a length and a question list (one of the picker's lists,
 * or the suggested set for that length), see the plan, start.
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { listFromAddress } from '../../lib/list-address';
import { personAddress } from '../../lib/person-address';
import { plural } from '../../lib/plural';
import type { Question } from '../../schemas/question';
import {
  buildTimeline,
  formatClock,
  SEGMENT_LABELS,
  suggestedQuestions,
} from '../../lib/mock-timeline';
import { assessFit } from '../../lib/list-fit';
import { resolveList } from '../../lib/question-list';
import { PHASES } from '../../lib/vocabulary';
import type { Clock } from '../../lib/time';
import { $mockRuns, beginRun } from '../../stores/mock-runs';
import { $questionLists } from '../../stores/question-lists';
import { RUN_LENGTHS, type MockRun, type RunQuestion } from '../../schemas/mock-run';

interface Props {
  /** The question bank; within a phase, lower `order` is more useful. */
  bank: readonly Question[];
  /** The clock the run starts from. */
  clock: Clock;
  /** Called once the run has started. */
  onStarted: () => void;
}

const SUGGESTED = 'suggested';
type RunLength = MockRun['minutes'];

/** The set-up form. */
export function MockSetup({ bank, clock, onStarted }: Props) {
  const { lists } = useStore($questionLists);
  // A link from the Conversations page asks for one list; else the choice made for the last run
  // is offered again (a list since deleted gives the suggested set).
  const [asked] = useState(() => lists.find(({ id }) => id === listFromAddress(location.search)));
  const [minutes, setMinutes] = useState<RunLength>(
    () => asked?.minutes ?? $mockRuns.get().setup?.minutes ?? 30,
  );
  const [source, setSource] = useState<string>(
    () => asked?.id ?? $mockRuns.get().setup?.listId ?? SUGGESTED,
  );
  const bankById = useMemo(() => new Map(bank.map((question) => [question.id, question])), [bank]);

  const list = lists.find((candidate) => candidate.id === source);
  const questions: RunQuestion[] = list
    ? resolveList(list.items, bankById).map(({ key, text, phase, question }) =>
        question ? { key, text, phase, why: question.why } : { key, text, phase },
      )
    : suggestedQuestions(bank, minutes);
  const listName = list ? list.name : `Suggested questions for ${minutes} minutes`;
  const timeline = buildTimeline(minutes);
  const perPhase = (phase: string) =>
    questions.filter((question) => question.phase === phase).length;
  const { plan } = assessFit([], minutes);
  const tooMany = list !== undefined && questions.length > plan.questions.max;

  const chooseSource = (value: string) => {
    setSource(value);
    const chosen = lists.find((candidate) => candidate.id === value);
    if (chosen) setMinutes(chosen.minutes);
  };

  const start = (event: Event) => {
    event.preventDefault();
    beginRun(
      { minutes, listName, questions },
      clock(),
      list ? { minutes, listId: list.id } : { minutes },
    );
    onStarted();
  };

  return (
    <form class="mock-setup" onSubmit={start}>
      <div class="mock-setup-fields">
        <div class="field">
          <label for="mock-minutes">Length</label>
          <select
            id="mock-minutes"
            value={String(minutes)}
            onChange={(event) => setMinutes(Number(event.currentTarget.value) as RunLength)}
          >
            {RUN_LENGTHS.map((length) => (
              <option key={length} value={String(length)}>
                {length} minutes
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="mock-list">Questions</label>
          <select
            id="mock-list"
            aria-describedby="mock-list-hint"
            value={list ? list.id : SUGGESTED}
            onChange={(event) => chooseSource(event.currentTarget.value)}
          >
            <option value={SUGGESTED}>Suggested questions for this length</option>
            {lists.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {`${candidate.name} (${candidate.minutes} min, ${plural(candidate.items.length, 'question')})`}
              </option>
            ))}
          </select>
          <span class="hint" id="mock-list-hint">
            {lists.length === 0 ? (
              <>
                Lists you build in the <a href="/questions/picker/">question picker</a> appear here.
              </>
            ) : list?.person ? (
              <>
                Planned for{' '}
                <a href={personAddress(list.person.id)}>{list.person.name} in Conversations</a>.
              </>
            ) : (
              'Your lists from the question picker, or a set we suggest.'
            )}
          </span>
        </div>
      </div>

      <h3 id="mock-plan-heading">The plan</h3>
      <table class="mock-plan" aria-labelledby="mock-plan-heading">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Questions</th>
          </tr>
        </thead>
        <tbody>
          {timeline.segments.map((segment) => (
            <tr key={segment.id}>
              <th scope="row">{SEGMENT_LABELS[segment.id]}</th>
              <td>{formatClock(segment.startSec)}</td>
              <td>{formatClock(segment.endSec)}</td>
              <td>
                {(PHASES as readonly string[]).includes(segment.id) ? perPhase(segment.id) : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tooMany && (
        <p class="notice warn">
          This list has more questions than fit in {minutes} minutes: {questions.length}, and about{' '}
          {plan.questions.max} fit. Some will go unasked. Choose a longer conversation, or a shorter
          list in the question picker.
        </p>
      )}
      {questions.length === 0 && (
        <p class="notice warn">
          This list has no questions yet. You can still practice the timing, or add questions in the
          question picker.
        </p>
      )}
      <p class="mock-setup-note">
        Say your questions out loud as if they were there. The clock keeps time even if you switch
        tabs. Cues tell you when to move on.
      </p>
      <button type="submit" class="button">
        Start the conversation
      </button>
    </form>
  );
}

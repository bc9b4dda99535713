/**
 * Everyone the reader is talking to, in the order of what is due next: a search by name or
 * organization, a stage filter, the form to add someone, and the way to delete everyone.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { DueStep } from '../../lib/due-steps';
import { stepStatus } from '../../lib/due-steps';
import { dueText } from '../../lib/due-text';
import { sortByNextDue, type PeopleFilter } from '../../lib/due-view';
import type { Instant } from '../../lib/time';
import { STAGE_LABELS, STAGES, type Stage } from '../../lib/conversation-stages';
import type { Person } from '../../schemas/people';
import { InlineConfirm } from '../shared/InlineConfirm';
import { AddPerson } from './AddPerson';
import { EMPTY_LIST, HEADINGS, LABELS, people as peopleCount } from './conversations-text';
import { PersonRow } from './PersonRow';

interface Props {
  people: readonly Person[];
  stepsById: ReadonlyMap<string, readonly DueStep[]>;
  counts: Record<Stage, number>;
  now: Instant;
  timeZone: string;
  /** False while a person is open and the list is hidden behind their page. */
  shown: boolean;
  filter: PeopleFilter;
  onFilter: (filter: PeopleFilter) => void;
  /** The reader confirmed deleting everyone. */
  onDeleteEveryone: () => void;
  announce: (message: string) => void;
}

/** The list and its controls. */
export function PeopleList({
  people,
  stepsById,
  counts,
  now,
  timeZone,
  shown,
  filter,
  onFilter,
  onDeleteEveryone,
  announce,
}: Props) {
  const listed = useMemo(
    () => sortByNextDue(people, stepsById, filter),
    [people, stepsById, filter],
  );
  const deleteButton = useRef<HTMLButtonElement>(null);
  const filtered = filter.text.trim() !== '' || filter.stage !== '';

  return (
    <section class="people" aria-labelledby="people-heading">
      <h2 id="people-heading" tabIndex={-1}>
        {HEADINGS.people} <span class="people-total">({people.length})</span>
      </h2>
      <AddPerson people={people} empty={people.length === 0} shown={shown} announce={announce} />
      {people.length === 0 ? (
        <p class="people-empty">{EMPTY_LIST}</p>
      ) : (
        <>
          <div class="people-filters" role="search" aria-label="People">
            <div class="field">
              <label for="people-search">Search by name or organization</label>
              <input
                id="people-search"
                type="search"
                value={filter.text}
                autoComplete="off"
                onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for="people-stage">Stage</label>
              <select
                id="people-stage"
                value={filter.stage}
                onChange={(event) =>
                  onFilter({ ...filter, stage: event.currentTarget.value as Stage | '' })
                }
              >
                <option value="">Every stage ({people.length})</option>
                {STAGES.map((stage) => (
                  <option key={stage} value={stage}>
                    {STAGE_LABELS[stage]} ({counts[stage]})
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p class="people-summary" role="status">
            {filtered
              ? `Showing ${peopleCount(listed.length)} of ${people.length}, by what is due next.`
              : 'By what is due next: late first, then the soonest.'}
          </p>
          {listed.length === 0 ? (
            <div class="notice info">
              <p>No one matches. Try fewer words, or another stage.</p>
              <div class="notice-actions">
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() => onFilter({ text: '', stage: '' })}
                >
                  {LABELS.clearFilters}
                </button>
              </div>
            </div>
          ) : (
            <ul class="people-list">
              {listed.map((person) => {
                const next = stepsById.get(person.id)?.[0];
                return (
                  <PersonRow
                    key={person.id}
                    person={person}
                    next={next?.label ?? ''}
                    when={next ? dueText(next, { now, readerZone: timeZone }) : ''}
                    status={next ? stepStatus(next, now) : 'closed'}
                  />
                );
              })}
            </ul>
          )}
          <div class="people-delete">
            <InlineConfirm
              id="delete-everyone"
              label={LABELS.deleteEveryone}
              buttonRef={deleteButton}
              question={`Delete all ${peopleCount(people.length)}, with their notes and history, from this browser? You can undo this until you leave the page.`}
              confirmLabel="Yes, delete everyone"
              cancelLabel="Keep them"
              onConfirm={onDeleteEveryone}
            />
          </div>
        </>
      )}
    </section>
  );
}

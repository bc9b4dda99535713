/**
 * The top of the page: what is late, what is due today and what comes this week, each with the
 * person and when; how many people are at each stage (a count narrows the list to that stage);
 * and one calendar file of everything upcoming.
 */
import { useState } from 'preact/hooks';
import type { DueGroups, Overview } from '../../lib/due-view';
import { dueText } from '../../lib/due-text';
import type { Instant } from '../../lib/time';
import { STAGE_LABELS, STAGES, type Stage } from '../../lib/conversation-stages';
import type { Person } from '../../schemas/people';
import {
  CALENDAR_FAILED,
  HEADINGS,
  LABELS,
  NOTHING_DUE,
  stillToContact,
} from './conversations-text';
import { personHash } from '../../lib/person-address';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useCalendarNote } from './useCalendarNote';

interface Props {
  view: Overview;
  people: readonly Person[];
  now: Instant;
  timeZone: string;
  /** Narrows the list of people to one stage and moves there. */
  onShowStage: (stage: Stage) => void;
  announce: (message: string) => void;
}

const GROUPS: readonly (keyof DueGroups)[] = ['late', 'today', 'thisWeek'];

/** How many steps a group shows before "Show all": a long list of what is due helps no one. */
export const DUE_SHOWN = 6;

/** The Due view. */
export function DueView({ view, people, now, timeZone, onShowStage, announce }: Props) {
  const { due, counts } = view;
  const [expanded, setExpanded] = useState<ReadonlySet<keyof DueGroups>>(new Set());
  const focusAfterRender = useFocusAfterRender();
  const [calendarNote, reportCalendar] = useCalendarNote(announce);
  const nothing = GROUPS.every((group) => due[group].length === 0);
  return (
    <section class="due card" aria-labelledby="due-heading">
      <h2 id="due-heading">{HEADINGS.due}</h2>
      {nothing ? (
        <p class="due-nothing">
          {NOTHING_DUE}
          {counts['to-contact'] > 0 && ` ${stillToContact(counts['to-contact'])}`}
        </p>
      ) : (
        <div class="due-groups">
          {GROUPS.map((group) =>
            due[group].length === 0 ? null : (
              <div key={group} class={`due-group due-${group}`}>
                <h3 id={`due-${group}-heading`}>
                  {HEADINGS[group]} <span class="due-count">({due[group].length})</span>
                </h3>
                <ul class="due-list" aria-labelledby={`due-${group}-heading`}>
                  {(expanded.has(group) ? due[group] : due[group].slice(0, DUE_SHOWN)).map(
                    ({ person, step }, index) => (
                      <li key={`${person.id}-${step.kind}`}>
                        <a id={`due-${group}-${index}`} href={personHash(person.id)}>
                          {person.name}
                        </a>
                        <span class="due-step">{step.label}</span>
                        <span class="due-when">{dueText(step, { now, readerZone: timeZone })}</span>
                      </li>
                    ),
                  )}
                </ul>
                {due[group].length > DUE_SHOWN && !expanded.has(group) && (
                  <button
                    type="button"
                    class="button quiet small"
                    onClick={() => {
                      setExpanded(new Set([...expanded, group]));
                      // On to the first step that was hidden.
                      focusAfterRender(() => document.getElementById(`due-${group}-${DUE_SHOWN}`));
                    }}
                  >
                    Show all {due[group].length}
                    <span class="visually-hidden"> ({HEADINGS[group].toLowerCase()})</span>
                  </button>
                )}
              </div>
            ),
          )}
        </div>
      )}
      {people.length > 0 && (
        <>
          <h3 id="stages-heading">{HEADINGS.stages}</h3>
          <ul class="stage-counts" aria-labelledby="stages-heading">
            {STAGES.map((stage) => (
              <li key={stage}>
                {/* A stage no one is at has nothing to show, so it is no stop for the keyboard. */}
                {counts[stage] === 0 ? (
                  <span class="stage-count none">
                    <span>{STAGE_LABELS[stage]}</span> <strong>0</strong>
                  </span>
                ) : (
                  <button type="button" class="stage-count" onClick={() => onShowStage(stage)}>
                    <span>{STAGE_LABELS[stage]}</span> <strong>{counts[stage]}</strong>
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button secondary small"
            onClick={() =>
              void import('./calendar-actions').then(
                (calendar) =>
                  calendar.downloadUpcoming(people, { timeZone }, reportCalendar('due')),
                () => reportCalendar('due')(CALENDAR_FAILED),
              )
            }
          >
            {LABELS.allUpcoming}
          </button>
          {calendarNote && <p class="hint calendar-note">{calendarNote.message}</p>}
        </>
      )}
    </section>
  );
}

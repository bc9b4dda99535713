/**
 * The debriefs kept after mock conversations, newest first: read them, download them as text,
 * delete one (with Undo).
 */
import type { Ref } from 'preact';
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { DEBRIEF_FIELDS, formatDebriefs } from '../../lib/mock-run';
import { formatClock } from '../../lib/mock-timeline';
import { debriefDeletion, deleteDebrief, undoDeleteDebrief } from '../../stores/mock-runs';
import { downloadText } from '../shared/browser-actions';
import { UndoNotice } from '../shared/UndoNotice';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { BUTTON_LABELS, deletedNotice, restoredAnnouncement } from '../shared/ui-text';
import { dateAndTime } from './practice-text';
import type { Debrief } from '../../schemas/mock-run';

/** How a debrief is named in notices: "the debrief of Monday 23 November 2026 at 10:00". */
const debriefName = (debrief: Debrief) => `the debrief of ${dateAndTime(debrief.savedAt)}`;

interface Props {
  debriefs: readonly Debrief[];
  /** Says something through the tool's live region. */
  announce: (message: string) => void;
  /** The section's heading, so the tool can move focus to it. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The list of saved debriefs. */
export function SavedDebriefs({ debriefs, announce, headingRef }: Props) {
  const deleted = useStore(debriefDeletion.$deleted);
  const ownHeading = useRef<HTMLHeadingElement | null>(null);
  const focusAfterRender = useFocusAfterRender();

  const undo = () => {
    const restored = undoDeleteDebrief();
    if (restored) announce(restoredAnnouncement(debriefName(restored)));
    focusAfterRender(ownHeading);
  };

  const dismiss = () => {
    debriefDeletion.forget();
    focusAfterRender(ownHeading);
  };

  return (
    <section class="saved-debriefs" aria-labelledby="saved-debriefs-heading">
      <h3
        id="saved-debriefs-heading"
        tabIndex={-1}
        ref={(element) => {
          ownHeading.current = element;
          if (typeof headingRef === 'function') headingRef(element);
          else if (headingRef) headingRef.current = element;
        }}
      >
        Your debriefs
      </h3>
      {deleted && (
        <UndoNotice
          key={deleted.item.id}
          id="debrief-undo"
          message={deletedNotice(debriefName(deleted.item))}
          onUndo={undo}
          onDismiss={dismiss}
        />
      )}
      {debriefs.length === 0 ? (
        <p class="hint">
          After a mock conversation, the notes you write appear here. They stay in this browser.
        </p>
      ) : (
        <>
          <p>
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                downloadText(
                  'mock-conversation-debriefs.txt',
                  formatDebriefs(debriefs, dateAndTime),
                );
                announce('Your debriefs were downloaded as a text file.');
              }}
            >
              Download as text
            </button>
          </p>
          <ol class="debrief-list">
            {debriefs.map((debrief) => (
              <li key={debrief.id}>
                <article class="card debrief-card" aria-labelledby={`debrief-${debrief.id}`}>
                  <h4 id={`debrief-${debrief.id}`}>{dateAndTime(debrief.savedAt)}</h4>
                  <p class="debrief-meta">
                    {debrief.minutes} minutes planned, ran {formatClock(debrief.ranSec)}.{' '}
                    {debrief.listName}: asked {debrief.asked} of {debrief.planned}
                    {debrief.skipped > 0 ? `, skipped ${debrief.skipped}` : ''}.
                  </p>
                  <dl>
                    {DEBRIEF_FIELDS.map(({ key, label }) => (
                      <div key={key}>
                        <dt>{label}</dt>
                        <dd class={debrief.notes[key].trim() ? '' : 'is-empty'}>
                          {debrief.notes[key].trim() || 'Nothing written.'}
                        </dd>
                      </div>
                    ))}
                  </dl>
                  <button
                    type="button"
                    class="button danger small"
                    aria-describedby={`debrief-${debrief.id}`}
                    onClick={() => deleteDebrief(debrief.id)}
                  >
                    {BUTTON_LABELS.delete}
                  </button>
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

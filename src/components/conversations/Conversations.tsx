/**
 * The Conversations island: what is due, everyone the reader is talking to, and one person at a
 * time. It reads the people store and calls its verbs; the rules (what is due, the order, the
 * search) are pure functions in src/lib. The server renders the room the empty list fills, so
 * nothing on the page moves when it starts; the person's page and the forms load when first
 * opened, which keeps what the page runs at first small.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NO_PEOPLE_FILTER, overview, type PeopleFilter } from '../../lib/due-view';
import { dateIn, readerTimeZone } from '../../lib/zoned-time';
import { $people, peopleStore } from '../../stores/people';
import { LoadFailed } from '../shared/LoadFailed';
import { DataFooter } from '../shared/DataFooter';
import { StorageNotice } from '../shared/StorageNotice';
import { useAnnouncement } from '../shared/useAnnouncement';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useMounted } from '../shared/useMounted';
import { useOnDemand } from '../shared/useOnDemand';
import { DueView } from './DueView';
import { PeopleList } from './PeopleList';
import { LABELS, LOADING, people as peopleCount } from './conversations-text';
import { closePerson, usePersonRoute } from './usePersonRoute';
import { useNow } from './useNow';
import './conversations.css';

const loadPersonScreen = () => import('./PersonScreen');
const loadDeletionNotice = () => import('./DeletionNotice');
const loadEdits = () => import('../../stores/person-edits');

/** The whole page's tool. */
export function Conversations() {
  const mounted = useMounted();
  // Subscribed for the re-renders; read below straight from the store, which is never behind.
  useStore($people);
  const now = useNow(mounted);
  const { personId, moved } = usePersonRoute(mounted);
  const [message, announce] = useAnnouncement();
  const [filter, setFilter] = useState<PeopleFilter>(NO_PEOPLE_FILTER);
  const focusAfterRender = useFocusAfterRender();
  const timeZone = useMemo(() => (mounted ? readerTimeZone() : 'UTC'), [mounted]);
  const { people } = mounted ? $people.get() : { people: [] };
  const view = useMemo(() => overview(people, { now, timeZone }), [people, now, timeZone]);
  const open = personId === undefined ? undefined : people.find(({ id }) => id === personId);
  const screen = useOnDemand('person-screen', loadPersonScreen, open !== undefined);
  // Deleting needs the verbs that change people; they, and the undo notice, load with the
  // person's page, or when the reader asks to delete everyone.
  const [deletingEveryone, setDeletingEveryone] = useState(false);
  const deletion = useOnDemand(
    'deletion-notice',
    loadDeletionNotice,
    open !== undefined || deletingEveryone,
  );
  // The id of a person just deleted here: their page closes without a "no longer here" notice.
  const justDeleted = useRef<string>();

  // Focus follows the reader from the list to a person (the person's page takes it once it has
  // loaded) and back to their row, but never on arrival.
  const left = useRef<string | undefined>(undefined);
  useEffect(() => {
    const before = left.current;
    left.current = personId;
    // After a deletion the undo notice has taken focus; it stays there.
    if (moved && !personId && before && justDeleted.current !== before)
      focusAfterRender(
        () => document.getElementById(`row-${before}`) ?? document.getElementById('people-heading'),
      );
  }, [moved, personId, focusAfterRender]);

  const overviewParts = (
    <>
      <DueView
        view={view}
        people={people}
        now={now}
        timeZone={timeZone}
        onShowStage={(stage) => {
          setFilter({ text: '', stage });
          focusAfterRender(() => document.getElementById('people-stage'));
        }}
        announce={announce}
      />
      <PeopleList
        people={people}
        stepsById={view.stepsById}
        counts={view.counts}
        now={now}
        timeZone={timeZone}
        shown={open === undefined}
        filter={filter}
        onFilter={setFilter}
        onDeleteEveryone={() => {
          setDeletingEveryone(true);
          loadEdits().then(
            (edits) => announce(`Deleted ${peopleCount(edits.deleteEveryone())}.`),
            () => announce('Nothing was deleted: part of the page didn’t load. Try again.'),
          );
        }}
        announce={announce}
      />
    </>
  );

  // Before the island runs, the page shows the empty list (what a first visit shows) unseen
  // under the word that it is loading: it holds the room the list fills, so nothing below it
  // moves when the island starts, and a reader with saved people never sees "No one yet".
  if (!mounted)
    return (
      <div class="conversations" aria-busy="true">
        <p class="conversations-loading conversations-loading-over">{LOADING}</p>
        <div class="conversations-overview conversations-room" aria-hidden="true" inert>
          {overviewParts}
        </div>
        <DataFooter />
      </div>
    );

  const missing = personId !== undefined && open === undefined && justDeleted.current !== personId;

  return (
    <div class="conversations">
      <StorageNotice store={peopleStore} backupFilename="conversations-backup.json" />
      <p class="visually-hidden" role="status">
        {message}
      </p>
      {deletion.status === 'ready' && <deletion.data.DeletionNotice announce={announce} />}
      {missing && (
        <div class="notice warn" role="alert">
          <p>
            That person is no longer in your conversations. They may have been deleted, here or in
            another tab.
          </p>
          <div class="notice-actions">
            <button type="button" class="button secondary small" onClick={closePerson}>
              {LABELS.clearFilters}
            </button>
          </div>
        </div>
      )}
      {/* The list stays mounted while a person is open, so going back is instant and finds the
          search, the filter and the place in the list as they were. */}
      <div class="conversations-overview" hidden={open !== undefined}>
        {overviewParts}
      </div>
      {open &&
        (screen.status === 'ready' ? (
          <screen.data.PersonScreen
            key={open.id}
            takeFocus={moved}
            person={open}
            people={people}
            steps={view.stepsById.get(open.id) ?? []}
            now={now}
            timeZone={timeZone}
            today={dateIn(now, timeZone)}
            announce={announce}
            onDeleted={(id) => {
              justDeleted.current = id;
            }}
          />
        ) : screen.status === 'failed' ? (
          <LoadFailed
            message="This person’s page couldn’t be loaded. Check your connection and try again; your conversations are safe."
            onRetry={screen.retry}
          />
        ) : (
          <p class="conversations-loading">Opening {open.name}…</p>
        ))}
      <DataFooter />
    </div>
  );
}

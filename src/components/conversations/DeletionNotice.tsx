/**
 * The undo notice after the reader deletes someone, or everyone: the shared notice, with focus
 * on Undo. It loads with the verbs that delete (src/stores/person-edits.ts), since a deletion
 * can only come from them; Undo puts the person back and opens them again.
 */
import { useStore } from '@nanostores/preact';
import {
  $deletedEveryone,
  forgetDeletions,
  personDeletion,
  undoDeleteEveryone,
  undoDeletePerson,
} from '../../stores/person-edits';
import { UndoNotice } from '../shared/UndoNotice';
import { deletedNotice, quoted, restoredAnnouncement } from '../shared/ui-text';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { people as peopleCount } from './conversations-text';
import { openPerson } from './usePersonRoute';

interface Props {
  announce: (message: string) => void;
}

const peopleHeading = () => document.getElementById('people-heading');

/** The notice; renders nothing while there is nothing to undo. */
export function DeletionNotice({ announce }: Props) {
  const deletedPerson = useStore(personDeletion.$deleted);
  const deletedEveryone = useStore($deletedEveryone);
  const focusAfterRender = useFocusAfterRender();
  if (!deletedEveryone && !deletedPerson) return null;

  const undo = () => {
    if (deletedEveryone) {
      announce(restoredAnnouncement(peopleCount(undoDeleteEveryone())));
      focusAfterRender(peopleHeading);
      return;
    }
    const person = undoDeletePerson();
    if (!person) return;
    announce(restoredAnnouncement(quoted(person.name)));
    openPerson(person.id);
  };

  return (
    <UndoNotice
      key={deletedEveryone ? 'everyone' : deletedPerson?.item.id}
      id="conversations-undo"
      message={
        deletedEveryone
          ? deletedNotice(`everyone (${peopleCount(deletedEveryone.length)})`)
          : deletedNotice(quoted(deletedPerson?.item.name ?? ''))
      }
      onUndo={undo}
      onDismiss={() => {
        forgetDeletions();
        focusAfterRender(peopleHeading);
      }}
    />
  );
}

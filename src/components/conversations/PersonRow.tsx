/**
 * One person in the list: their name (the link that opens them), what they do, their stage and
 * their next step with when it is due. Rows redraw only when their own person or step changes,
 * so a list of hundreds stays quick as the reader types in the search.
 */
import type { StepStatus } from '../../lib/due-steps';
import { STAGE_LABELS } from '../../lib/conversation-stages';
import type { Person } from '../../schemas/people';
import { memo } from '../shared/memo';
import { personHash } from '../../lib/person-address';

interface Props {
  person: Person;
  /** What to do next ('' once the conversation is closed). */
  next: string;
  /** When it is due ('' for a step without a date). */
  when: string;
  status: StepStatus | 'closed';
}

/** "Nurse, City Hospital", or whichever of the two is known. */
export const roleAndPlace = (person: Pick<Person, 'role' | 'organization'>) =>
  [person.role, person.organization].filter((part) => part.trim() !== '').join(', ');

/** The row. */
export const PersonRow = memo(function PersonRow({ person, next, when, status }: Props) {
  const about = roleAndPlace(person);
  return (
    <li class="person-row">
      <div class="person-main">
        <a id={`row-${person.id}`} class="person-link" href={personHash(person.id)}>
          {person.name}
        </a>
        {about && <span class="person-meta">{about}</span>}
      </div>
      <span class={`stage-badge stage-${person.stage}`}>{STAGE_LABELS[person.stage]}</span>
      <span class={`person-next status-${status}`}>
        {next || 'Nothing to do'}
        {when && <span class="person-when">{when}</span>}
      </span>
    </li>
  );
});

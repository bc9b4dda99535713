/**
 * Every change to a person, newest first, each with its day and time: the record the reader can
 * look back on. Long histories show their latest lines, with the rest a button away.
 */
import { useState } from 'preact/hooks';
import { plural } from '../../lib/plural';
import type { Person } from '../../schemas/people';
import { HEADINGS } from './conversations-text';

/** How many lines show before "Show all". */
const FIRST_LINES = 10;

const stamp = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** The history. */
export function HistoryList({ person }: { person: Pick<Person, 'history'> }) {
  const [all, setAll] = useState(false);
  const lines = [...person.history].reverse();
  const shown = all ? lines : lines.slice(0, FIRST_LINES);
  return (
    <section class="person-part" aria-labelledby="history-heading">
      <h3 id="history-heading">{HEADINGS.history}</h3>
      <ol class="history">
        {shown.map((line, index) => (
          <li key={`${line.at}-${index}`}>
            <time dateTime={line.at}>{stamp.format(Date.parse(line.at))}</time>
            <span>{line.text}</span>
          </li>
        ))}
      </ol>
      {lines.length > shown.length && (
        <button type="button" class="button quiet small" onClick={() => setAll(true)}>
          Show all {plural(lines.length, 'line')}
        </button>
      )}
    </section>
  );
}

/**
 * The dated copies of saved data a tool could not read: download one to look at it or keep
 * it, or delete it once it is no longer wanted.
 */
import { fileSize } from '../../lib/file-size';
import { fileSlug } from '../../lib/file-name';
import { deleteKeptCopy, readKeptCopy, type NamedCopy } from '../../stores/stored-data';
import { downloadText } from '../shared/browser-actions';
import { InlineConfirm } from '../shared/InlineConfirm';
import { BUTTON_LABELS } from '../shared/ui-text';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { dayOf } from './privacy-text';

interface Props {
  copies: readonly NamedCopy[] | undefined;
  /** Reads what is stored again, after a deletion. */
  onChanged: () => void;
}

/** The "Copies of data that couldn't be read" section. */
export function KeptCopies({ copies, onChanged }: Props) {
  const focusAfterRender = useFocusAfterRender();
  const heading = () => document.getElementById('copies-heading');

  const download = (copy: NamedCopy) => {
    const text = readKeptCopy(copy.key);
    if (text === undefined) return onChanged();
    const day = copy.keptAt ? `-${copy.keptAt.slice(0, 10)}` : '';
    downloadText(`${fileSlug(copy.label)}-copy${day}.json`, text, 'application/json');
  };

  return (
    <section class="privacy-part" aria-labelledby="copies-heading">
      <h3 id="copies-heading" tabIndex={-1}>
        Copies of data that couldn’t be read
      </h3>
      {copies?.length === 0 && (
        <p>
          None. If a tool ever can’t read what it saved, it keeps a dated copy here, so nothing is
          lost.
        </p>
      )}
      {copies && copies.length > 0 && (
        <ul class="kept-copies">
          {copies.map((copy) => {
            const what = `${copy.label}, ${copy.keptAt ? dayOf(copy.keptAt) : 'from an older version'}`;
            return (
              <li key={copy.key}>
                <span>
                  <strong>{what}</strong> · {fileSize(copy.size)}
                </span>
                <span class="kept-copy-actions">
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={`Download the copy of ${what}`}
                    onClick={() => download(copy)}
                  >
                    {BUTTON_LABELS.downloadCopy}
                  </button>
                  <InlineConfirm
                    id={`copy-${copy.key.replace(/\W+/g, '-')}`}
                    label={BUTTON_LABELS.delete}
                    question={`Delete this copy of your ${what}? It can’t be brought back.`}
                    confirmLabel="Delete the copy"
                    cancelLabel="Keep it"
                    onConfirm={() => {
                      deleteKeptCopy(copy.key);
                      onChanged();
                      focusAfterRender(heading);
                    }}
                  />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

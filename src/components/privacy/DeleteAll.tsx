/** "Delete all my data": asks first, and offers to download everything before it goes. */
import { useRef, useState } from 'preact/hooks';
import { DownloadAllButton } from '../shared/DownloadAllButton';
import { InlineConfirm } from '../shared/InlineConfirm';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';

interface Props {
  /** Called once everything is deleted, so the page can show what is stored now. */
  onDeleted: () => void;
}

/** The "Delete all my data" section. */
export function DeleteAll({ onDeleted }: Props) {
  const [done, setDone] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const remove = async () => {
    // Loaded only now: the page needs the export and import code only when asked.
    const { deleteAllData } = await import('../../stores/data-transfer');
    await deleteAllData();
    setDone(true);
    onDeleted();
    focusAfterRender(status);
  };

  return (
    <section class="privacy-part" aria-labelledby="delete-all-heading">
      <h3 id="delete-all-heading">Delete all my data</h3>
      <p>
        This removes everything this site keeps in this browser: every tool’s data, the copies
        above, and what each open tab remembers. It can’t be undone.
      </p>
      <InlineConfirm
        id="delete-all"
        label="Delete all my data"
        buttonClass="button danger"
        question="Delete everything this site keeps in this browser? If you may want it again, download it first."
        confirmLabel="Delete everything"
        cancelLabel="Keep my data"
        extra={<DownloadAllButton buttonClass="button secondary small" />}
        onConfirm={() => void remove()}
      />
      <p ref={status} tabIndex={-1} class="privacy-status" role="status">
        {done ? 'Deleted all your data from this browser.' : ''}
      </p>
    </section>
  );
}

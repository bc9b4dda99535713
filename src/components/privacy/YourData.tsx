/**
 * The privacy page's island: what this browser holds for the site, and the reader's choices
 * about it: download everything, bring data in from a file, the copies of unreadable data, and
 * delete everything. It reads the stores through src/stores/stored-data.ts, after it mounts
 * (the server knows nothing of the reader's browser).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { fileSlug } from '../../lib/file-name';
import { storageSummary, type StorageSummary } from '../../stores/stored-data';
import { storageAvailable, type PersistedStore } from '../../stores/persistence';
import { loadStores } from '../../stores/registry';
import { DownloadAllButton } from '../shared/DownloadAllButton';
import { StorageNoticeBanner } from '../shared/StorageNoticeBanner';
import { DeleteAll } from './DeleteAll';
import { ImportData } from './ImportData';
import { KeptCopies } from './KeptCopies';
import { StoredData } from './StoredData';
import { STORAGE_OFF } from './privacy-text';
import './privacy.css';

/** The island. */
export function YourData() {
  const [summary, setSummary] = useState<StorageSummary>();
  const [stores, setStores] = useState<PersistedStore<unknown>[]>([]);
  const refresh = useCallback(() => {
    storageSummary().then(setSummary, () => setSummary({ tools: [], copies: [] }));
  }, []);
  useEffect(refresh, [refresh]);
  // Each tool's notices show here too: a tool's data that could not be read, or not saved.
  useEffect(() => {
    loadStores().then(setStores, () => undefined);
  }, []);

  // Storage switched off is said once for every tool, not once per tool.
  const storageOff = stores.length > 0 && !storageAvailable();

  return (
    <div class="your-data">
      {storageOff && (
        <div class="notice info" role="status">
          <p>{STORAGE_OFF}</p>
        </div>
      )}
      {stores.map((store) => (
        <StorageNoticeBanner
          key={store.storageKey}
          store={store}
          backupFilename={`${fileSlug(store.label)}-backup.json`}
          except={storageOff ? ['unavailable'] : []}
        />
      ))}
      <StoredData summary={summary} onChanged={refresh} />
      <section class="privacy-part" aria-labelledby="download-heading">
        <h3 id="download-heading">Take it with you</h3>
        <p>
          Download everything the tools keep as one file, to keep it safe or to bring it into
          another browser.
        </p>
        <DownloadAllButton onDownloaded={refresh} />
      </section>
      <ImportData onImported={refresh} />
      <KeptCopies copies={summary?.copies} onChanged={refresh} />
      <DeleteAll onDeleted={refresh} />
    </div>
  );
}

export default YourData;

/**
 * Where a tool shows its store's storage notices (data recovered, storage off or full, newer data).
 * Most visits never have one, so the banner and its words load only when there is something to
 * say; until then this renders nothing.
 */
import { useStore } from '@nanostores/preact';
import type { PersistedStore } from '../../stores/persistence';
import { useOnDemand } from './useOnDemand';

interface Props {
  /** The store whose notices to show. */
  store: PersistedStore<unknown>;
  /** The file name for the kept copy, e.g. "question-lists-backup.json". */
  backupFilename: string;
}

const loadBanner = () => import('./StorageNoticeBanner');

/** The notice slot. */
export function StorageNotice({ store, backupFilename }: Props) {
  const notices = useStore(store.$notices);
  const [notice] = notices;
  const banner = useOnDemand('storage-notice', loadBanner, notice !== undefined);
  if (!notice) return null;
  if (banner.status === 'failed')
    return (
      <p class="notice warn" role="alert">
        There is a problem with your saved {notice.label}. Reload the page to see what it is.
      </p>
    );
  if (banner.status !== 'ready') return null;
  return <banner.data.StorageNoticeBanner store={store} backupFilename={backupFilename} />;
}

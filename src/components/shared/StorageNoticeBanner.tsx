/**
 * Shows a store’s storage notices (data recovered, storage off or full, a newer version’s data)
 * in the same words on every tool, with what the reader can do about each: download the kept
 * copy, and, while a copy is held on the page only, download it or start fresh.
 */
import { useStore } from '@nanostores/preact';
import type { StorageNotice } from '../../lib/storage-notice';
import { describeNotice } from '../../lib/storage-notice-text';
import { readRaw, type PersistedStore } from '../../stores/persistence';
import { downloadText } from './browser-actions';
import { InlineConfirm } from './InlineConfirm';
import { BUTTON_LABELS } from './ui-text';

/** What the banner needs of a store: its notices and the reader’s choices about them. */
type NoticeSource = Pick<PersistedStore<unknown>, '$notices' | 'dismiss' | 'release'>;

interface Props {
  /** The store whose notices to show. */
  store: NoticeSource;
  /** The file name for the kept copy, e.g. "question-lists-backup.json". */
  backupFilename: string;
  /** Kinds of notice a page says once for every store instead (the privacy page: storage off). */
  except?: readonly StorageNotice['kind'][];
}

/** The banner; renders nothing while there is nothing to say. */
export function StorageNoticeBanner({ store, backupFilename, except = [] }: Props) {
  const notices = useStore(store.$notices).filter(({ kind }) => !except.includes(kind));
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice, index) => (
        <NoticeView
          key={`${notice.kind}-${index}`}
          id={`${backupFilename.replace(/\W+/g, '-')}-${index}`}
          notice={notice}
          store={store}
          backupFilename={backupFilename}
        />
      ))}
    </>
  );
}

interface NoticeProps extends Props {
  id: string;
  notice: StorageNotice;
}

/** One notice and its actions. */
function NoticeView({ id, notice, store, backupFilename }: NoticeProps) {
  const { tone, message } = describeNotice(notice);
  const copy = notice.kind === 'recovered' || notice.kind === 'partial' ? notice.copy : undefined;
  const kept = copy?.where === 'browser' ? readRaw(copy.key) : undefined;
  const download = (text: string) => downloadText(backupFilename, text, 'application/json');

  return (
    <div class={`notice ${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{message}</p>
      <div class="notice-actions">
        {kept !== undefined && (
          <button type="button" class="button secondary small" onClick={() => download(kept)}>
            {BUTTON_LABELS.downloadCopy}
          </button>
        )}
        {copy?.where === 'page' && (
          <>
            <button
              type="button"
              class="button small"
              onClick={() => {
                download(copy.text);
                store.release();
              }}
            >
              {BUTTON_LABELS.downloadUnreadable}
            </button>
            <InlineConfirm
              id={`${id}-fresh`}
              label={BUTTON_LABELS.startFresh}
              buttonClass="button quiet small"
              question="Start fresh without downloading? This tool will save over your old data, and it can’t be brought back."
              confirmLabel={BUTTON_LABELS.startFresh}
              cancelLabel="Keep it for now"
              onConfirm={() => store.release()}
            />
          </>
        )}
        {notice.kind !== 'write-failed' && copy?.where !== 'page' && (
          <button type="button" class="button quiet small" onClick={() => store.dismiss(notice)}>
            {BUTTON_LABELS.dismiss}
          </button>
        )}
      </div>
    </div>
  );
}

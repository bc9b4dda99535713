/**
 * What this browser holds for the site: each tool's items and size, the site's whole use of the
 * browser's storage, and whether the browser has agreed to keep it when space runs low (with a
 * way to ask).
 */
import { useState } from 'preact/hooks';
import { fileSize } from '../../lib/file-size';
import { keepData, type StorageSummary } from '../../stores/stored-data';
import { itemCount } from './privacy-text';

interface Props {
  /** What is stored; undefined while it is being read. */
  summary: StorageSummary | undefined;
  /** Reads the summary again, after the browser answers. */
  onChanged: () => void;
}

/** The "What this browser holds" section. */
export function StoredData({ summary, onChanged }: Props) {
  const [answer, setAnswer] = useState<string>();

  const ask = async () => {
    const kept = await keepData();
    setAnswer(
      kept
        ? 'Your browser agreed to keep this data.'
        : 'Your browser didn’t agree this time. Browsers often agree once you have used a site for a while, or added it to your home screen.',
    );
    onChanged();
  };

  return (
    <section class="privacy-part" aria-labelledby="stored-heading">
      <h3 id="stored-heading">What this browser holds</h3>
      {summary ? (
        <>
          <ul class="stored-tools">
            {summary.tools.map((tool) => (
              <li key={tool.label}>
                <span class="stored-tool-name">
                  {tool.label.charAt(0).toUpperCase() + tool.label.slice(1)}
                </span>
                <span>
                  {tool.bytes === 0
                    ? 'nothing saved'
                    : `${itemCount(tool.items, tool.noun)}, ${fileSize(tool.bytes)}`}
                </span>
              </li>
            ))}
          </ul>
          {summary.usage !== undefined && (
            <p>
              In all, this site uses {fileSize(summary.usage)} of this browser’s storage, including
              the copy of the site kept for use offline.
            </p>
          )}
          {summary.persisted === true && (
            <p class="notice ok">
              Your browser has agreed to keep this data, even when it runs low on space.
            </p>
          )}
          {summary.persisted === false && (
            <div class="notice info">
              <p>
                Your browser may clear this data if it runs low on space. You can ask it to keep it;
                download your data now and then, too.
              </p>
              <div class="notice-actions">
                <button type="button" class="button secondary small" onClick={() => void ask()}>
                  Ask my browser to keep it
                </button>
              </div>
            </div>
          )}
          <p class="privacy-status" role="status">
            {answer}
          </p>
        </>
      ) : (
        <p class="privacy-loading">Checking what this browser holds…</p>
      )}
    </section>
  );
}

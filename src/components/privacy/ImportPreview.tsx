/** What a chosen file holds for each tool, and what Merge and Replace would each do to it. */
import type { ImportPlan, ToolPreview } from '../../stores/data-transfer';
import { changeSummary, itemCount, whenMade } from './privacy-text';

interface Props {
  plan: ImportPlan;
}

/** The preview, one block a tool. */
export function ImportPreview({ plan }: Props) {
  return (
    <div class="import-preview">
      <p>
        <strong>{plan.fileName}</strong>, made {whenMade(plan.exportedAt)}.
        {plan.ignored > 0 &&
          ' It also holds data for a tool this version of the site doesn’t have; that part is left out.'}
      </p>
      <ul class="import-tools">
        {plan.tools.map(({ label, noun, changes }) => (
          <li key={label}>
            <h4>{label.charAt(0).toUpperCase() + label.slice(1)}</h4>
            <ToolChanges changes={changes} noun={noun} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One tool's part of the preview, as short as what it says allows. */
function ToolChanges({
  changes,
  noun,
}: {
  changes: ToolPreview['changes'];
  noun: readonly [string, string];
}) {
  if (!changes) return <p>Not in the file; left as it is either way.</p>;
  const merge = changeSummary(changes.merge, noun);
  const replace = changeSummary(changes.replace, noun);
  if (changes.inFile === 0 && merge === replace)
    return <p>Nothing in the file; nothing changes.</p>;
  return (
    <dl>
      <dt>In the file</dt>
      <dd>{itemCount(changes.inFile, noun)}</dd>
      {merge === replace ? (
        <>
          <dt>Either way</dt>
          <dd>{merge}</dd>
        </>
      ) : (
        <>
          <dt>Merge</dt>
          <dd>{merge}</dd>
          <dt>Replace</dt>
          <dd>{replace}</dd>
        </>
      )}
    </dl>
  );
}

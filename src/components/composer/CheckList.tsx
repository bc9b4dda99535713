/**
 * The live checks beside the email: each a pass, a suggestion or a note, with a link to the
 * guide section that explains it, and for requests the stricter 75-word setting.
 */
import type { CheckStatus, EmailCheck } from '../../lib/email-checks';
import { REQUEST_WORD_LIMIT, STRICT_REQUEST_WORD_LIMIT } from '../../lib/email-checks';
import { REQUEST_KINDS } from '../../lib/vocabulary';
import { setStrictLength } from '../../stores/drafts';
import type { Draft } from '../../schemas/draft';
import { plural } from '../../lib/plural';

interface Props {
  draft: Draft;
  checks: readonly EmailCheck[];
}

/** How each status is named to screen readers and marked on screen. */
const STATUS: Record<CheckStatus, { label: string; mark: string }> = {
  pass: { label: 'Passes:', mark: '✓' },
  warn: { label: 'Suggestion:', mark: '!' },
  info: { label: 'Note:', mark: 'i' },
};

/** The checks panel. */
export function CheckList({ draft, checks }: Props) {
  const suggestions = checks.filter((check) => check.status === 'warn').length;
  const request = REQUEST_KINDS.includes(draft.kind);
  return (
    <section class="composer-checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Checks</h2>
      <p class="checks-summary">
        {suggestions === 0
          ? 'Everything checked looks good.'
          : `${plural(suggestions, 'suggestion')} to look at.`}
      </p>
      {request && (
        <div class="strict-toggle">
          <input
            type="checkbox"
            id="strict-length"
            checked={draft.strictLength}
            onChange={(event) => setStrictLength(draft.id, event.currentTarget.checked)}
          />
          <label for="strict-length">
            Hold it to {STRICT_REQUEST_WORD_LIMIT} words instead of {REQUEST_WORD_LIMIT}
          </label>
        </div>
      )}
      <ul class="check-list">
        {checks.map((check) => (
          <li
            key={check.id}
            class={`check ${check.status}`}
            data-check={check.id}
            data-status={check.status}
          >
            <span class="check-mark" aria-hidden="true">
              {STATUS[check.status].mark}
            </span>
            <div class="check-text">
              <p>
                <span class="visually-hidden">{STATUS[check.status].label} </span>
                {check.message}
              </p>
              <a href={check.guideHref} class="check-link">
                Guide: {check.guideTitle}
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

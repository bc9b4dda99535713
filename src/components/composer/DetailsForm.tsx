/**
 * What the reader is writing and the short details that fill it in. Only the fields the chosen
 * template uses are shown, in the composer's order, each with its example as a hint.
 */
import type { RefObject } from 'preact';
import type { Template } from '../../schemas/template';
import { TEXT_LIMITS } from '../../lib/email-draft';
import { templateFields, templateTitle, type EmailComposer } from '../../lib/email-template';
import { TEMPLATE_FIELD_LABELS, type TemplateField, type TemplateKind } from '../../lib/vocabulary';
import { EMAIL_MAX_LENGTH, looksLikeEmail } from '../../lib/email-address';
import { personAddress } from '../../lib/person-address';
import { changeDraftKind, setDraftField, setDraftRecipient } from '../../stores/drafts';
import { LimitedField } from '../shared/LimitedField';
import type { Draft } from '../../schemas/draft';

interface Props {
  draft: Draft;
  templates: readonly Template[];
  template: Template;
  compose: EmailComposer;
  /** The first detail's control, so a new draft can put focus there. */
  firstFieldRef: RefObject<HTMLElement>;
}

/** A hint for each field beyond its example, where the example alone could mislead, by kind. */
const FIELD_NOTES: Partial<Record<TemplateField, (kind: TemplateKind) => string>> = {
  conversationDate: (kind) =>
    kind === 'thank-you'
      ? 'Written out in words in the email, and used to say when your thank-you is due.'
      : 'Written out in words in the email.',
  meetingLength: () => 'A set, short time is easier to say yes to.',
};

/** The details form. */
export function DetailsForm({ draft, templates, template, compose, firstFieldRef }: Props) {
  const fields = templateFields(template);
  const titleOf = (kind: TemplateKind) => templateTitle(templates, kind);
  return (
    <section class="composer-details" aria-labelledby="details-heading">
      <h2 id="details-heading">What you are writing</h2>
      {draft.person && (
        <p class="draft-person">
          Written for {draft.person.name}.{' '}
          <a href={personAddress(draft.person.id)}>Back to {draft.person.name} in Conversations</a>
        </p>
      )}
      <div class="field">
        <label for="draft-kind">Kind of email</label>
        <select
          id="draft-kind"
          aria-describedby={draft.edited ? 'draft-kind-hint draft-kind-edited' : 'draft-kind-hint'}
          value={draft.kind}
          onChange={(event) =>
            changeDraftKind(draft.id, event.currentTarget.value as TemplateKind, compose, titleOf)
          }
        >
          {templates.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.title}
            </option>
          ))}
        </select>
        <span class="hint" id="draft-kind-hint">
          {template.guidance}
        </span>
        {draft.edited && (
          <span class="hint" id="draft-kind-edited">
            You have edited this email, so another kind keeps your text. “Rebuild from the details”,
            at the top of Your email, writes it afresh for the kind chosen.
          </span>
        )}
      </div>

      <LimitedField
        id="draft-to"
        type="email"
        label="To (optional)"
        hint="Their email address: “Open in mail app” puts it in the To line."
        value={draft.to}
        limit={EMAIL_MAX_LENGTH}
        autoComplete="email"
        onChange={(to) => setDraftRecipient(draft.id, to)}
        footer={
          draft.to.trim() && !looksLikeEmail(draft.to) ? (
            <p class="hint">
              That doesn’t look like an email address yet (like sam@example.org), so the mail link
              leaves it out.
            </p>
          ) : undefined
        }
      />

      <h3 id="fields-heading">The details</h3>
      <p class="hint">
        The email fills itself in as you type. Each detail takes up to {TEXT_LIMITS.field}{' '}
        characters.
      </p>
      <div class="details-fields">
        {fields.map((field, index) => {
          const { label, example } = TEMPLATE_FIELD_LABELS[field];
          const date = field === 'conversationDate';
          const note = FIELD_NOTES[field]?.(template.kind);
          return (
            <LimitedField
              key={field}
              id={`field-${field}`}
              label={label}
              hint={date ? note : `For example: ${example}.${note ? ` ${note}` : ''}`}
              value={draft.fields[field]}
              limit={TEXT_LIMITS.field}
              type={date ? 'date' : 'text'}
              autoComplete={field === 'yourName' ? 'name' : 'off'}
              onChange={(after, before) =>
                setDraftField(draft.id, field, { before, after }, compose)
              }
              inputRef={index === 0 ? firstFieldRef : undefined}
            />
          );
        })}
      </div>
    </section>
  );
}

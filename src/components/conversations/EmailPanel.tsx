/**
 * The emails of a conversation: links that open the composer on a new draft of the right kind
 * with the person's details filled in (the thank-you also carries one point from the notes that
 * the reader picks), and the drafts already written for them. When the latest notes say what they
 * offered, it is shown here with the guide's rule, and a paragraph to forward is offered.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { draftRequestHash, openDraftHash } from '../../lib/draft-request';
import { displayName, TEXT_LIMITS } from '../../lib/email-draft';
import { openOffer, referrerName } from '../../lib/due-steps';
import { shortDate } from '../../lib/due-text';
import {
  draftRequestFor,
  emailKind,
  latestDraftFor,
  notePoints,
  POINT_ACTIONS,
  type EmailAction,
} from '../../lib/person-email';
import { localDay } from '../../lib/time';
import type { Stage } from '../../lib/conversation-stages';
import type { Person } from '../../schemas/people';
import { TOOL_LINKS } from '../../data/site';
import { $drafts } from '../../stores/drafts';
import { HEADINGS } from './conversations-text';

interface Props {
  person: Person;
  people: readonly Person[];
}

/** The emails each stage calls for, the likeliest first. */
const STAGE_EMAILS: Record<Stage, readonly EmailAction[]> = {
  'to-contact': ['request', 'linkedin-note'],
  asked: ['nudge', 'request', 'linkedin-note'],
  scheduled: [],
  met: ['thank-you', 'referrer-update', 'intro-blurb'],
  thanked: ['referrer-update', 'follow-up', 'intro-blurb', 'thank-you'],
  'keeping-in-touch': ['follow-up', 'referrer-update'],
  'no-reply': [],
  declined: [],
  closed: ['follow-up'],
};

/** The reminder of what they offered, beside the emails that act on it. */
const OFFER = {
  label: 'To follow up, from your notes:',
  rule: 'Follow up on exactly that',
  guide: '/guide/following-up/#follow-up-on-exactly-what-they-offered',
  inThankYou: 'Mention it in your thank-you.',
  introduction:
    'If they offered an introduction, send a short paragraph about you they can forward.',
} as const;

/** What each link says. */
function actionLabel(action: EmailAction, referrer: string): string {
  switch (action) {
    case 'request':
      return 'Write the request';
    case 'linkedin-note':
      return 'Write a LinkedIn note';
    case 'nudge':
      return 'Write the nudge';
    case 'thank-you':
      return 'Write the thank-you';
    case 'referrer-update':
      return `Write the update to ${referrer}`;
    case 'follow-up':
      return 'Write the update';
    case 'intro-blurb':
      return 'Write a paragraph they can forward';
  }
}

/** What a link says when one of this kind is written already: "Open your request". */
function openLabel(action: EmailAction, referrer: string): string {
  return actionLabel(action, referrer).replace(/^Write (?:the|a) /, 'Open your ');
}

/** What the link to start one more of a kind says: "Write another request". */
function anotherLabel(action: EmailAction, referrer: string): string {
  return actionLabel(action, referrer).replace(/^Write (?:the|a) /, 'Write another ');
}

/** The panel. */
export function EmailPanel({ person, people }: Props) {
  const { drafts } = useStore($drafts);
  const peopleById = new Map(people.map((other) => [other.id, other]));
  const referrer = referrerName(person, peopleById);
  // Offered in the latest conversation and not yet followed up: an introduction calls for a
  // paragraph to forward.
  const offer = openOffer(person);
  const actions = STAGE_EMAILS[person.stage].filter(
    (action) =>
      (action !== 'referrer-update' || referrer !== undefined) &&
      (action !== 'intro-blurb' || offer !== undefined) &&
      emailKind(action, person) !== undefined,
  );
  const points = notePoints(person, TEXT_LIMITS.field);
  const theirs = drafts.filter((draft) => draft.person?.id === person.id);
  // The reader's pick ('' for none); until they pick, the point their latest email for them used,
  // else the first point, which is the likeliest.
  const [point, setPoint] = useState<string>();
  const used = theirs
    .map((draft) => draft.fields.helpfulThing)
    .find((text) => points.some((candidate) => candidate.text === text));
  const chosen =
    point === undefined
      ? (used ?? points[0]?.text ?? '')
      : points.some(({ text }) => text === point)
        ? point
        : '';
  const pointEmails = actions.filter((action) => POINT_ACTIONS.includes(action));

  const link = (action: EmailAction) => {
    const request = draftRequestFor(person, action, { peopleById, point: chosen || undefined });
    return request ? `${TOOL_LINKS.composer.href}${draftRequestHash(request)}` : undefined;
  };

  if (actions.length === 0 && theirs.length === 0) return null;

  return (
    <section class="person-part" aria-labelledby="emails-heading">
      <h3 id="emails-heading">{HEADINGS.emails}</h3>
      {pointEmails.length > 0 && (
        <fieldset class="point-choice">
          <legend>
            The point your{' '}
            {pointEmails
              .map((action) => (action === 'thank-you' ? 'thank-you' : 'update'))
              .join(' or ')}{' '}
            mentions
          </legend>
          {points.length === 0 ? (
            <p class="hint">
              {pointEmails.includes('thank-you') ? 'A thank-you' : 'An update'} says what helped.
              Write your notes from the conversation first, and pick one of them here.
            </p>
          ) : (
            <>
              {points.map(({ text, date }, index) => (
                <div key={text} class="choice">
                  <input
                    type="radio"
                    id={`point-${index}`}
                    name="thank-you-point"
                    checked={chosen === text}
                    onChange={() => setPoint(text)}
                  />
                  <label for={`point-${index}`}>
                    {text} <span class="hint">({shortDate(date)})</span>
                  </label>
                </div>
              ))}
              <div class="choice">
                <input
                  type="radio"
                  id="point-none"
                  name="thank-you-point"
                  checked={chosen === ''}
                  onChange={() => setPoint('')}
                />
                <label for="point-none">None: I’ll write it in the composer</label>
              </div>
            </>
          )}
        </fieldset>
      )}
      {offer && actions.includes('intro-blurb') && (
        <div class="offer-reminder">
          <p class="offer-text">
            <strong>{OFFER.label}</strong> {offer}
          </p>
          <p class="hint">
            <a href={OFFER.guide}>{OFFER.rule}</a>.
            {person.stage === 'met' ? ` ${OFFER.inThankYou}` : ''} {OFFER.introduction}
          </p>
        </div>
      )}
      {actions.length > 0 && (
        <ul class="email-actions">
          {actions.map((action, index) => {
            const href = link(action);
            if (!href) return null;
            const who = referrer ?? 'them';
            const draft = latestDraftFor(theirs, person.id, emailKind(action, person));
            const buttonClass = index === 0 ? 'button' : 'button secondary';
            return draft ? (
              <li key={action}>
                <a
                  class={buttonClass}
                  href={`${TOOL_LINKS.composer.href}${openDraftHash(draft.id)}`}
                >
                  {openLabel(action, who)}
                </a>{' '}
                <a class="email-another" href={href}>
                  {anotherLabel(action, who)}
                </a>
              </li>
            ) : (
              <li key={action}>
                <a class={buttonClass} href={href}>
                  {actionLabel(action, who)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {theirs.length > 0 && (
        <>
          <h4>Drafts for {person.name}</h4>
          <ul class="draft-links">
            {theirs.map((draft) => (
              <li key={draft.id}>
                <a href={`${TOOL_LINKS.composer.href}${openDraftHash(draft.id)}`}>
                  {displayName(draft)}
                </a>{' '}
                <span class="hint">changed {shortDate(localDay(draft.updatedAt))}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * The email composer island: drafts, the details that fill a template, the email itself and the
 * live checks. It reads the drafts store and calls its verbs; filling, checking and the mailto
 * link are pure functions in src/lib.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Template } from '../../schemas/template';
import { checkEmail } from '../../lib/email-checks';
import { makeDraft } from '../../lib/email-draft';
import { makeComposer } from '../../lib/email-template';
import { localDay } from '../../lib/time';
import type { DraftsState } from '../../schemas/draft';
import { TEMPLATE_KINDS } from '../../lib/vocabulary';
import { $activeDraft, $drafts, createDraft, draftsStore } from '../../stores/drafts';
import { DataFooter } from '../shared/DataFooter';
import { StorageNotice } from '../shared/StorageNotice';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { useMountedKeepingInput } from '../shared/useMountedKeepingInput';
import { CheckList } from './CheckList';
import { DetailsForm } from './DetailsForm';
import { DraftList } from './DraftList';
import { MessageEditor } from './MessageEditor';
import { useRequestedDraft } from './useRequestedDraft';
import './composer.css';

interface Props {
  /** The email templates, one per kind, from the templates collection. */
  templates: Template[];
}

/** The kind a first visit starts with. */
const FIRST_KIND = 'request-cold';
/** The id of the draft the server draws, and the key the starter made on arrival keeps. */
const FIRST_DRAFT_ID = 'first-draft';

/** The composer. */
export function EmailComposer({ templates }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const mounted = useMountedKeepingInput(root);
  // The server writes dates in its own way; the reader's locale is read once the page runs.
  const locale = mounted ? navigator.language : undefined;
  const ordered = useMemo(
    () =>
      [...templates].sort(
        (a, b) => TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind),
      ),
    [templates],
  );
  const compose = useMemo(() => makeComposer(ordered, { locale }), [ordered, locale]);
  // Subscribed for the re-renders; read below straight from the store, which is never behind.
  useStore($drafts);
  useStore($activeDraft);
  const firstFieldRef = useRef<HTMLElement>(null);
  const subjectRef = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // A first visit opens on a request to someone you don't know, ready to fill in. The server
  // renders that draft; once the page runs it is made for real (unless drafts were saved), before
  // the render that shows saved drafts.
  const firstTemplate = ordered.find((template) => template.kind === FIRST_KIND);
  const firstState = useMemo(
    (): DraftsState => ({
      drafts: firstTemplate
        ? [
            makeDraft({
              id: FIRST_DRAFT_ID,
              name: firstTemplate.title,
              kind: firstTemplate.kind,
              compose,
              now: 0,
            }),
          ]
        : [],
    }),
    [firstTemplate, compose],
  );
  // Only on arrival, or after a link that couldn't be met: a reader who later deletes every
  // draft starts one themselves. The starter keeps the server's draft's key, so the render that
  // shows it updates the server's form in place (with what the reader is typing, and focus)
  // instead of drawing it again.
  const starterId = useRef<string>();
  const startFirstDraft = () => {
    if ($drafts.get().drafts.length > 0 || !firstTemplate) return;
    starterId.current = createDraft({
      kind: firstTemplate.kind,
      name: firstTemplate.title,
      compose,
      starter: true,
    }).id;
  };
  // Why the link the reader came by did nothing, shown until they open or start a draft.
  const [linkProblem, setLinkProblem] = useState<{
    message: string;
    draftId: string | undefined;
  }>();
  // A link from the Conversations page asks for a draft of its own instead.
  const requested = useRequestedDraft(mounted, ordered, compose, {
    onStarted: () => {
      setLinkProblem(undefined);
      focusAfterRender(firstFieldRef);
    },
    onRefused: (message) => {
      startFirstDraft();
      setLinkProblem({ message, draftId: $activeDraft.get()?.id });
    },
  });
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (!requested) startFirstDraft();
  });

  const state = mounted ? $drafts.get() : firstState;
  const draft = mounted ? $activeDraft.get() : firstState.drafts[0];

  const template = draft ? ordered.find((candidate) => candidate.kind === draft.kind) : undefined;
  const today = localDay(Date.now());
  const checks = useMemo(
    () =>
      draft
        ? checkEmail({
            kind: draft.kind,
            subject: draft.subject,
            body: draft.body,
            fields: draft.fields,
            strictLength: draft.strictLength,
            today,
            locale,
            offered: draft.person?.offered,
          })
        : [],
    [draft, today, locale],
  );

  return (
    <div class="composer" ref={root}>
      <StorageNotice store={draftsStore} backupFilename="email-drafts-backup.json" />
      <div role="status">
        {linkProblem && linkProblem.draftId === draft?.id && (
          <p class="notice warn">{linkProblem.message}</p>
        )}
      </div>
      <DraftList
        drafts={state.drafts}
        active={draft}
        mounted={mounted}
        templates={ordered}
        compose={compose}
        onStarted={() => focusAfterRender(firstFieldRef)}
      />
      {draft && template && (
        <div
          class="composer-workspace"
          key={draft.id === starterId.current ? FIRST_DRAFT_ID : draft.id}
        >
          <DetailsForm
            draft={draft}
            templates={ordered}
            template={template}
            compose={compose}
            firstFieldRef={firstFieldRef}
          />
          {/* Before the message: on a phone just above it, on a wide screen beside it. */}
          <CheckList draft={draft} checks={checks} />
          <MessageEditor
            draft={draft}
            compose={compose}
            subjectRef={subjectRef}
            suggestions={checks.filter((check) => check.status === 'warn').length}
          />
        </div>
      )}
      <DataFooter />
    </div>
  );
}

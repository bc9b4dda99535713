/**
 * The email composer island: drafts, the details that fill a template, the email itself and the
 * live checks. It reads the drafts store and calls its verbs; filling, checking and the mailto
 * link are pure functions in src/lib.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Template } from '../../schemas/template';
import { checkEmail, localIsoDate } from '../../lib/email-checks';
import { makeComposer } from '../../lib/email-template';
import { TEMPLATE_KINDS } from '../../lib/vocabulary';
import { $activeDraft, $drafts, createDraft, draftsStore } from '../../stores/drafts';
import { StorageNoticeBanner } from '../shared/StorageNoticeBanner';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { CheckList } from './CheckList';
import { DetailsForm } from './DetailsForm';
import { DraftList } from './DraftList';
import { MessageEditor } from './MessageEditor';
import './composer.css';

interface Props {
  /** The email templates, one per kind, from the templates collection. */
  templates: Template[];
}

/** The kind a first visit starts with. */
const FIRST_KIND = 'request-cold';

/** The composer. */
export function EmailComposer({ templates }: Props) {
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;
  const ordered = useMemo(
    () =>
      [...templates].sort(
        (a, b) => TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind),
      ),
    [templates],
  );
  const compose = useMemo(() => makeComposer(ordered, { locale }), [ordered, locale]);
  const draft = useStore($activeDraft);
  const firstFieldRef = useRef<HTMLElement>(null);
  const subjectRef = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // A first visit opens on a request to someone you don't know, ready to fill in.
  useEffect(() => {
    if ($drafts.get().drafts.length > 0) return;
    const first = ordered.find((template) => template.kind === FIRST_KIND);
    if (first) createDraft({ kind: first.kind, name: first.title, compose });
  }, [ordered, compose]);

  const template = draft ? ordered.find((candidate) => candidate.kind === draft.kind) : undefined;
  const today = localIsoDate(new Date());
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
          })
        : [],
    [draft, today, locale],
  );

  return (
    <div class="composer">
      <StorageNoticeBanner store={draftsStore} backupFilename="email-drafts-backup.json" />
      <DraftList
        templates={ordered}
        compose={compose}
        locale={locale}
        onStarted={() => focusAfterRender(firstFieldRef)}
      />
      {draft && template && (
        <div class="composer-workspace" key={draft.id}>
          <DetailsForm
            draft={draft}
            templates={ordered}
            template={template}
            compose={compose}
            firstFieldRef={firstFieldRef}
          />
          <MessageEditor
            draft={draft}
            compose={compose}
            subjectRef={subjectRef}
            suggestions={checks.filter((check) => check.status === 'warn').length}
          />
          <CheckList draft={draft} checks={checks} />
        </div>
      )}
    </div>
  );
}

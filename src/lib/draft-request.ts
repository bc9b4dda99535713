/**
 * How another tool asks the email composer for a draft, through the composer's address: start a
 * new one of a kind with some details filled in ("/email/#new=thank-you&to=…&contactName=…"), or
 * open one that exists ("/email/#draft=<id>"). The Conversations page writes these links; the
 * composer reads them once, acts, and takes them out of the address.
 *
 * Everything goes after the #: browsers never send that part to the server, so a person's name
 * and address never leave the reader's machine, even in a static host's logs.
 */
import { EMAIL_MAX_LENGTH } from './email-address';
import { TEXT_LIMITS } from './email-draft';
import { overLimit } from './text-limit';
import type { Draft } from '../schemas/draft';
import {
  TEMPLATE_FIELDS,
  TEMPLATE_KINDS,
  type TemplateField,
  type TemplateKind,
} from './vocabulary';

/** A draft another tool asks the composer to start. */
export interface DraftRequest {
  kind: TemplateKind;
  /** What to call it in the composer's list, e.g. "Thank-you: Alex Chen". */
  name: string;
  /** Who it goes to ('' to leave it to the reader's mail app). */
  to: string;
  /** Details to fill in; the rest start empty. */
  fields: Partial<Record<TemplateField, string>>;
  /** The person on the Conversations page it is written for, so the draft links back. */
  person?: Draft['person'] | undefined;
}

/** What the composer's address asks for, if anything: `unknown` is a new draft of a kind it lacks. */
export type ComposerRequest =
  | { action: 'start'; request: DraftRequest }
  | { action: 'open'; draftId: string }
  | { action: 'unknown' };

const FIELD_SET: ReadonlySet<string> = new Set(TEMPLATE_FIELDS);
const KIND_SET: ReadonlySet<string> = new Set(TEMPLATE_KINDS);

/** The part after # that asks the composer to start this draft. */
export function draftRequestHash(request: DraftRequest): string {
  const params = new URLSearchParams({ new: request.kind, name: request.name });
  if (request.to) params.set('to', request.to);
  if (request.person) {
    params.set('for', request.person.id);
    params.set('forName', request.person.name);
    if (request.person.offered) params.set('offered', request.person.offered);
  }
  for (const field of TEMPLATE_FIELDS) {
    const value = request.fields[field];
    if (value) params.set(field, value);
  }
  return `#${params.toString()}`;
}

/** The part after # that asks the composer to open a draft. */
export function openDraftHash(draftId: string): string {
  return `#${new URLSearchParams({ draft: draftId }).toString()}`;
}

/** A value that fits its limit, else undefined (a link edited by hand by someone). */
const fitting = (value: string | null, limit: number) =>
  value === null || overLimit(value, limit) ? undefined : value;

/**
 * What an address's # part asks the composer to do, or undefined if it asks nothing. A kind the
 * composer lacks is `unknown`, so the reader can be told; unknown or over-long details are left
 * out, never cut.
 */
export function readComposerRequest(hash: string): ComposerRequest | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const draftId = params.get('draft');
  if (draftId) return { action: 'open', draftId };
  const kind = params.get('new');
  if (kind === null) return undefined;
  if (!KIND_SET.has(kind)) return { action: 'unknown' };
  const fields: Partial<Record<TemplateField, string>> = {};
  for (const [key, value] of params)
    if (FIELD_SET.has(key) && fitting(value, TEXT_LIMITS.field) !== undefined)
      fields[key as TemplateField] = value;
  const id = params.get('for');
  const personName = fitting(params.get('forName'), TEXT_LIMITS.name);
  const offered = fitting(params.get('offered'), TEXT_LIMITS.body)?.trim();
  return {
    action: 'start',
    request: {
      kind: kind as TemplateKind,
      name: fitting(params.get('name'), TEXT_LIMITS.name) ?? '',
      to: fitting(params.get('to'), EMAIL_MAX_LENGTH)?.trim() ?? '',
      fields,
      ...(id && personName
        ? { person: { id, name: personName, ...(offered ? { offered } : {}) } }
        : {}),
    },
  };
}

import { describe, expect, test } from 'vitest';
import {
  draftRequestHash,
  openDraftHash,
  readComposerRequest,
  type DraftRequest,
} from '../../../src/lib/draft-request';
import { TEXT_LIMITS } from '../../../src/lib/email-draft';

const thanks: DraftRequest = {
  kind: 'thank-you',
  name: 'Thank-you: Alex Chen',
  to: 'alex@example.org',
  fields: { contactName: 'Alex Chen', helpfulThing: 'your advice to join the society & its list' },
  person: { id: 'person-1', name: 'Alex Chen' },
};

describe('draftRequestHash and readComposerRequest', () => {
  test('carry a new draft’s kind, name, recipient, details and person there and back', () => {
    const hash = draftRequestHash(thanks);
    expect(hash.startsWith('#new=thank-you&')).toBe(true);
    expect(readComposerRequest(hash)).toEqual({ action: 'start', request: thanks });
  });

  test('leave out what is empty, and read a request without a person or recipient', () => {
    const plain: DraftRequest = { kind: 'follow-up', name: '', to: '', fields: {} };
    expect(draftRequestHash(plain)).toBe('#new=follow-up&name=');
    expect(readComposerRequest(draftRequestHash(plain))).toEqual({
      action: 'start',
      request: plain,
    });
  });

  test('carry what the person offered, for the thank-you’s reminder, and drop an over-long one', () => {
    const offer = { ...thanks, person: { id: 'person-1', name: 'Alex Chen', offered: 'An intro' } };
    expect(readComposerRequest(draftRequestHash(offer))).toEqual({
      action: 'start',
      request: offer,
    });
    const tooLong = {
      ...thanks,
      person: { ...offer.person, offered: 'x'.repeat(TEXT_LIMITS.body + 1) },
    };
    expect(readComposerRequest(draftRequestHash(tooLong))).toEqual({
      action: 'start',
      request: thanks,
    });
  });

  test('keep markup and line breaks as text', () => {
    const markup = { ...thanks, fields: { contactName: '<img src=x onerror="alert(1)">\nhi' } };
    const read = readComposerRequest(draftRequestHash(markup));
    expect(read?.action === 'start' && read.request.fields.contactName).toBe(
      '<img src=x onerror="alert(1)">\nhi',
    );
  });

  test('mark an unknown kind, and ignore unknown details and details past their limit', () => {
    expect(readComposerRequest('#new=love-letter&name=x')).toEqual({ action: 'unknown' });
    const long = 'x'.repeat(TEXT_LIMITS.field + 1);
    const read = readComposerRequest(`#new=thank-you&name=T&colour=red&contactName=${long}`);
    expect(read).toEqual({
      action: 'start',
      request: { kind: 'thank-you', name: 'T', to: '', fields: {} },
    });
  });

  test('ask for nothing when the address has no request', () => {
    expect(readComposerRequest('')).toBeUndefined();
    expect(readComposerRequest('#main')).toBeUndefined();
  });
});

describe('openDraftHash', () => {
  test('asks the composer to open a draft by id', () => {
    expect(readComposerRequest(openDraftHash('draft 1'))).toEqual({
      action: 'open',
      draftId: 'draft 1',
    });
  });
});

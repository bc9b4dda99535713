import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import * as v from 'valibot';
import { validator } from '../../../src/schemas/validate';

/** A store built on a fresh copy of the persistence module, after `setUp` has shaped storage. */
async function storeWith(setUp: () => void) {
  setUp();
  vi.resetModules();
  const { persistedStore } = await import('../../../src/stores/persistence');
  const { StorageNoticeBanner } =
    await import('../../../src/components/shared/StorageNoticeBanner');
  const store = persistedStore({
    key: 'test:notes',
    version: 1,
    schema: validator(v.array(v.string())),
    fallback: [],
    label: 'notes',
  });
  render(<StorageNoticeBanner store={store} backupFilename="notes-backup.json" />);
  return store;
}

describe('StorageNoticeBanner', () => {
  test('says nothing while the saved data is fine', async () => {
    await storeWith(() => localStorage.setItem('test:notes:v1', '["fine"]'));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('tells the reader unreadable data was set aside, offers the copy, and can be dismissed', async () => {
    await storeWith(() => localStorage.setItem('test:notes:v1', '{"broken'));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain("couldn't read your saved notes");
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:backup';
    });
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    fireEvent.click(screen.getByRole('button', { name: 'Download the copy' }));
    vi.runAllTimers();
    vi.useRealTimers();
    expect(revoked).toHaveBeenCalledWith('blob:backup');
    expect(await created[0]?.text()).toBe('{"broken');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  test('warns that nothing will be kept when storage is switched off', async () => {
    await storeWith(() =>
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    );
    expect(screen.getByRole('status').textContent).toContain(
      'will be lost when you leave the page',
    );
    expect(screen.queryByRole('button', { name: 'Download the copy' })).toBeNull();
    vi.restoreAllMocks();
  });

  test('raises an alert, without a dismiss button, when a change could not be saved', async () => {
    const store = await storeWith(() => undefined);
    store.$notice.set({ kind: 'write-failed', label: 'notes' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("couldn't be saved");
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });
});

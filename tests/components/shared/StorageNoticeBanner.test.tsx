import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as v from 'valibot';
import { validator } from '../../../src/schemas/validate';
import { MapStorage } from '../../support/storage';
import { catchDownloads } from '../../support/downloads';

const KEY = 'iik:test-notes:v1';

/** A store built on a fresh copy of the persistence module, after `setUp` has shaped storage. */
async function storeWith(setUp: () => void) {
  setUp();
  vi.resetModules();
  const { persistedStore } = await import('../../../src/stores/persistence');
  const { StorageNoticeBanner } =
    await import('../../../src/components/shared/StorageNoticeBanner');
  const store = persistedStore({
    key: 'iik:test-notes',
    version: 1,
    schema: validator(v.array(v.string())),
    fallback: [],
    label: 'notes',
  });
  render(<StorageNoticeBanner store={store} backupFilename="notes-backup.json" />);
  return store;
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('StorageNoticeBanner', () => {
  test('says nothing while the saved data is fine', async () => {
    await storeWith(() => localStorage.setItem(KEY, '["fine"]'));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('tells the reader unreadable data was set aside, offers the copy, and can be dismissed', async () => {
    await storeWith(() => localStorage.setItem(KEY, '{"broken'));
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('couldn’t read your saved notes');
    expect(notice.textContent).toContain('A dated copy of the old data is kept in this browser');
    const downloads = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Download the copy' }));
    expect(await downloads()).toEqual(['{"broken']);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  test('with no room for a copy: says nothing is saved, and saves again once the old data is downloaded', async () => {
    const full = new MapStorage(KEY.length + 30);
    const store = await storeWith(() => {
      full.setItem(KEY, '{"broken');
      vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'There isn’t room in this browser’s storage to keep a copy',
    );
    expect(alert.textContent).toContain('Nothing you change here is saved yet');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    store.$value.set(['new']);
    expect(full.getItem(KEY)).toBe('{"broken');

    const downloads = catchDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Download the old data' }));
    expect(await downloads()).toEqual(['{"broken']);
    expect(await screen.findByText('Your notes are being saved again.')).toBeVisible();
    expect(full.getItem(KEY)).toBe('["new"]');
  });

  test('"Start fresh" asks first, and only then lets the tool save over the old data', async () => {
    const full = new MapStorage(KEY.length + 30);
    const store = await storeWith(() => {
      full.setItem(KEY, '{"broken');
      vi.spyOn(window, 'localStorage', 'get').mockReturnValue(full);
    });
    store.$value.set(['new']);
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(screen.getByText(/Start fresh without downloading\?/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it for now' }));
    expect(full.getItem(KEY)).toBe('{"broken');
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(await screen.findByText('Your notes are being saved again.')).toBeVisible();
    expect(full.getItem(KEY)).toBe('["new"]');
  });

  test('says so, untouched, when a newer version saved the data', async () => {
    await storeWith(() => localStorage.setItem('iik:test-notes:v2', '{"from":"the future"}'));
    expect(screen.getByRole('status').textContent).toContain(
      'saved by a newer version of this site',
    );
    expect(localStorage.getItem('iik:test-notes:v2')).toBe('{"from":"the future"}');
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
  });

  test('raises an alert, without a dismiss button, when a change could not be saved', async () => {
    const store = await storeWith(() =>
      vi.spyOn(window, 'localStorage', 'get').mockReturnValue(new MapStorage(40)),
    );
    store.$value.set(['a note too long for the room left']);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('couldn’t be saved');
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
  });
});

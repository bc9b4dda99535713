/** Downloads as the component tests see them: the texts of the files a page offered. */
import { vi } from 'vitest';

/** Catches every file the page hands the browser to download; returns a way to read their texts. */
export function catchDownloads(): () => Promise<string[]> {
  const created: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return 'blob:file';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return () => Promise.all(created.map((blob) => blob.text()));
}

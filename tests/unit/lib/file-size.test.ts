import { describe, expect, test } from 'vitest';
import { fileSize } from '../../../src/lib/file-size';

describe('fileSize', () => {
  test('says sizes as a reader reads them', () => {
    expect(fileSize(200)).toBe('1 kB');
    expect(fileSize(52_000)).toBe('51 kB');
    expect(fileSize(12.4 * 1024 * 1024)).toBe('12.4 MB');
  });
});

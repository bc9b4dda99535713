import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
  checkFileSize,
  MAX_IMPORT_BYTES,
  readDataFile,
  type ImportTarget,
} from '../../../src/lib/data-import';
import { validator } from '../../../src/schemas/validate';

const listsTarget: ImportTarget = {
  key: 'iik:lists',
  version: 2,
  label: 'question lists',
  schema: validator(v.object({ lists: v.array(v.object({ id: v.string(), name: v.string() })) })),
  migrations: {
    1: (data) => ({
      lists: (data as { names: string[] }).names.map((name) => ({ id: name, name })),
    }),
  },
};
const notesTarget: ImportTarget = {
  key: 'iik:notes',
  version: 1,
  label: 'notes',
  schema: validator(v.object({ notes: v.array(v.string()) })),
};
const targets = [listsTarget, notesTarget];

const file = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'informational-interview-kit',
    formatVersion: 1,
    exportedAt: '2026-11-24T10:00:00.000Z',
    data,
    ...extra,
  });

const problem = (text: string) => {
  const read = readDataFile(text, targets);
  if (read.ok) throw new Error('the file was accepted');
  return read.problem;
};

describe('readDataFile', () => {
  test('reads each tool’s data, checked with its own schema', () => {
    const read = readDataFile(
      file({
        'iik:lists:v2': { lists: [{ id: 'a', name: 'Dana' }] },
        'iik:notes:v1': { notes: ['x'] },
      }),
      targets,
    );
    expect(read).toEqual({
      ok: true,
      file: {
        exportedAt: '2026-11-24T10:00:00.000Z',
        stores: [
          { key: 'iik:lists', value: { lists: [{ id: 'a', name: 'Dana' }] } },
          { key: 'iik:notes', value: { notes: ['x'] } },
        ],
        ignored: [],
      },
    });
  });

  test('brings data an older version saved up to date with the store’s migrations', () => {
    const read = readDataFile(file({ 'iik:lists:v1': { names: ['Sam'] } }), targets);
    expect(read.ok && read.file.stores).toEqual([
      { key: 'iik:lists', value: { lists: [{ id: 'Sam', name: 'Sam' }] } },
    ]);
  });

  test('leaves out, and counts, data for a tool this version does not have', () => {
    const read = readDataFile(
      file({ 'iik:notes:v1': { notes: [] }, 'iik:people:v1': { people: [] } }),
      targets,
    );
    expect(read.ok && read.file.ignored).toEqual(['iik:people:v1']);
  });
});

describe('every bad file gets its own message, and nothing changes', () => {
  test('an empty file', () => {
    expect(problem('')).toEqual({
      kind: 'empty',
      message: 'That file is empty. Nothing was changed.',
    });
    expect(problem('   \n').kind).toBe('empty');
  });

  test('a file too big to be ours, refused before it is read', () => {
    expect(checkFileSize(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(checkFileSize(MAX_IMPORT_BYTES + 1)).toEqual({
      kind: 'too-big',
      message:
        'That file is too big to be your data from this site (10.0 MB; ours are under 10.0 MB). Nothing was changed.',
    });
    expect(checkFileSize(0)?.kind).toBe('empty');
    expect(problem(file({ 'iik:notes:v1': { notes: ['x'.repeat(MAX_IMPORT_BYTES)] } })).kind).toBe(
      'too-big',
    );
  });

  test('a file that is not ours: another JSON file, or not JSON at all', () => {
    for (const text of [
      '{"name": "my-app", "version": "1.0.0"}',
      '[1, 2]',
      'Dear Dana,',
      '"text"',
    ]) {
      const { kind, message } = problem(text);
      expect(kind, text).toBe('not-ours');
      expect(message).toContain('isn’t a data file from this site');
      expect(message).toMatch(/Nothing was changed\.$/);
    }
    expect(problem(file({}, { format: 'another-kit' })).kind).toBe('not-ours');
  });

  test('one of ours, cut short or changed', () => {
    expect(problem(file({ 'iik:notes:v1': { notes: [] } }).slice(0, 60))).toEqual({
      kind: 'damaged',
      message:
        'That file is damaged: it was cut short or changed, so it cannot be read. Nothing was changed.',
    });
    // In plain words: which field a validator balked at would mean nothing to the reader.
    expect(problem(file({}, { exportedAt: 'yesterday' })).message).toBe(
      'That file is damaged: part of it was changed, so it cannot be read. Nothing was changed.',
    );
    expect(problem(file({}, { formatVersion: 0 })).kind).toBe('damaged');
    expect(problem(file({}, { data: [] })).kind).toBe('damaged');
  });

  test('a tool’s data that fails that tool’s schema, naming the tool in plain words', () => {
    const { kind, message } = problem(
      file({ 'iik:notes:v1': { notes: [] }, 'iik:lists:v2': { lists: [{ id: 7, name: 'Dana' }] } }),
    );
    expect(kind).toBe('damaged');
    expect(message).toBe(
      'The question lists in that file are damaged, so nothing could be imported. Nothing was changed.',
    );
  });

  test('a tool’s data from an older version that cannot be brought up to date', () => {
    const damaged = {
      kind: 'damaged',
      message: expect.stringMatching(/^The (question lists|notes) in that file are damaged, so/),
    };
    expect(problem(file({ 'iik:lists:v1': { names: 'not a list' } }))).toEqual(damaged);
    expect(problem(file({ 'iik:notes:v0': { notes: [] } }))).toEqual(damaged);
  });

  test('a file from a newer format, or a tool’s data from a newer version', () => {
    expect(problem(file({}, { formatVersion: 2 }))).toEqual({
      kind: 'newer-format',
      message:
        'That file was made by a newer version of this site (format 2), which this page can’t read. Reload the page to get the newest version of this site, then try again. Nothing was changed.',
    });
    expect(problem(file({ 'iik:lists:v3': { lists: [] } }))).toMatchObject({
      kind: 'newer-data',
      message: expect.stringMatching(
        /^The question lists in that file were saved by a newer version/,
      ),
    });
  });

  test('a file of ours with nothing any tool here reads', () => {
    expect(problem(file({})).kind).toBe('no-data');
    expect(problem(file({ 'iik:people:v1': { people: [] } })).message).toBe(
      'That file holds no data for any tool here. Nothing was changed.',
    );
  });
});

/**
 * What a reader reads, file by file: the guide's prose, the reader-facing fields of the content
 * collections, and the text in pages and code (string literals with a space in them, and markup
 * text). The spelling and agreement tests read the project through these.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitSentences } from '../../../../src/lib/email-checks';
import { proseSentences } from './prose';

const root = process.cwd();

/** The text of a project file. */
export const readProjectFile = (path: string): string => readFileSync(join(root, path), 'utf8');

/** Every file under a folder of the project, as paths relative to the project. */
export function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The strings a reader reads in a code file: literals with a space in them, and markup text. */
export function readerStringsInCode(source: string): string[] {
  // Comments are for engineers, and they may use "resume" as a verb ("a reload resumes it").
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const literals = code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
  const markup = [...code.matchAll(/>([^<>{}]*\p{L}[^<>{}]*)</gu)].map(([, text]) => text ?? '');
  return [...literals.filter((literal) => literal.includes(' ')), ...markup];
}

/** The fields of content entries that readers read, by collection; ids and tags are names. */
export const READER_FIELDS = {
  cards: ['prompt', 'answer'],
  questions: ['text', 'why', 'caution'],
  templates: ['title', 'subject', 'body', 'guidance'],
} as const satisfies Record<string, readonly string[]>;

/** One collection whose entries readers read. */
export type ReaderCollection = keyof typeof READER_FIELDS;

/** The entries of a collection's YAML file (a list) or files (one entry each). */
export function collectionEntries(collection: ReaderCollection): Record<string, unknown>[] {
  const dir = `src/content/${collection}`;
  return filesUnder(dir)
    .filter((path) => /\.ya?ml$/.test(path))
    .flatMap((path) => {
      const data: unknown = parse(readProjectFile(path));
      return (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
    });
}

/** The collection a YAML file belongs to, if readers read it. */
function collectionOf(path: string): ReaderCollection | undefined {
  return (Object.keys(READER_FIELDS) as ReaderCollection[]).find((name) =>
    path.includes(`/${name}/`),
  );
}

/** Everything a reader reads in a source file, as one text. */
export function readerTextOf(path: string): string {
  const source = readProjectFile(path);
  if (path.endsWith('.mdx')) return proseSentences(source).join('\n');
  if (/\.ya?ml$/.test(path)) {
    const collection = collectionOf(path);
    if (!collection) return '';
    const data: unknown = parse(source);
    const entries = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
    return entries
      .flatMap((entry) =>
        READER_FIELDS[collection].map((field) => {
          const value = entry[field];
          return typeof value === 'string' ? value : '';
        }),
      )
      .join('\n');
  }
  if (/\.(?:astro|tsx?|mjs)$/.test(path)) return readerStringsInCode(source).join('\n');
  return '';
}

/** A statement a reader reads, and where it is. */
export interface Statement {
  /** Where it is, e.g. "guide asking", "card no-reply-after-a-week prompt". */
  where: string;
  text: string;
}

/** The "Sources differ" callouts of a chapter: they report the sources, not the kit's advice. */
const sourcesDifferCallout = /<SourcesDiffer\b[\s\S]*?<\/SourcesDiffer>/g;

/**
 * Every statement the kit makes to a reader, one sentence each: the guide (its description,
 * summary, headings and prose, without its "Sources differ" callouts, which give the sources'
 * ranges), the templates, the cards (a prompt whole, as
 * "Phase: their past. You have 6 minutes." belongs together), the questions, and the text of the
 * pages, static components and site data.
 */
export function readerStatements(): Statement[] {
  const guides = filesUnder('src/content/guides')
    .filter((path) => path.endsWith('.mdx'))
    .flatMap((path) => {
      const where = `guide ${path.replace(/^.*\/|\.mdx$/g, '')}`;
      const source = readProjectFile(path);
      // The description and summary show on the home page, the guide index and in search.
      const frontMatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '') as Record<
        string,
        unknown
      > | null;
      const shown = ['description', 'summary'].flatMap((field) => {
        const value = frontMatter?.[field];
        return typeof value === 'string' ? splitSentences(value) : [];
      });
      // Headings are not prose, but they state rules too ("Confirm the day before").
      const headings = [...source.matchAll(/^#{2,6}[ \t]+(.*)$/gm)].map(
        ([, heading = '']) => heading,
      );
      return [
        ...shown,
        ...headings,
        ...proseSentences(source.replace(sourcesDifferCallout, '')),
      ].map((text) => ({ where, text }));
    });
  const entries = (Object.keys(READER_FIELDS) as ReaderCollection[]).flatMap((collection) =>
    collectionEntries(collection).flatMap((entry) =>
      READER_FIELDS[collection].flatMap((field) => {
        const value = entry[field];
        if (typeof value !== 'string' || !value.trim()) return [];
        const name = typeof entry.id === 'string' ? entry.id : String(entry.kind);
        const where = `${collection} ${name} ${field}`;
        const units =
          field === 'prompt' ? [value] : splitSentences(value.replace(/\n(?!\n)/g, ' '));
        return units.map((text) => ({ where, text }));
      }),
    ),
  );
  const code = [
    ...filesUnder('src/pages').filter((path) => path.endsWith('.astro')),
    ...filesUnder('src/components').filter((path) => /^src\/components\/[^/]+\.astro$/.test(path)),
    'src/data/site.ts',
    ...filesUnder('src/lib/vocabulary'),
  ].flatMap((path) =>
    readerStringsInCode(readProjectFile(path)).flatMap((text) =>
      splitSentences(text.replace(/^['"`]|['"`]$/g, '').replace(/\s+/g, ' ')).map((sentence) => ({
        where: path,
        text: sentence,
      })),
    ),
  );
  return [...guides, ...entries, ...code];
}

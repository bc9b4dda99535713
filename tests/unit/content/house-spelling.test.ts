/**
 * The house spelling is US English. Every file under `src/` and the README is searched for the
 * British forms (comments and names included, so nothing British is left to copy from), and
 * everything a reader reads is searched for "resume" without its accents: the house form is
 * "résumé". Ids and tags such as `resume-feedback` are names, not text, and stay as they are.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { plainTextFromMdx } from '../../../src/lib/reading';

const root = process.cwd();

/** Every text file under a folder, as paths relative to the project. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

const textFile = /\.(?:astro|css|mdx?|mjs|ts|tsx|ya?ml|json)$/;
const sourceFiles = [...filesUnder('src').filter((path) => textFile.test(path)), 'README.md'];
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type UsForm = (british: string) => string;
const swap =
  (pattern: RegExp, us: string): UsForm =>
  (word) =>
    word.replace(pattern, us);

/**
 * British forms, each with the US form the house uses. Suffixes are spelled out where a shorter
 * stem would also catch a US word ("organism", "criticism", "analyses", "aria-labelledby").
 */
const BRITISH_FORMS: readonly [british: RegExp, us: UsForm][] = [
  [
    /\b(?:(?:re)?organ|real|recogn|apolog|priorit|summar|special|emphas|critic|minim|maxim|util|custom|final|personal|memor|categor|standard|author|familiar|visual|normal|stabil|local|social|optim|sympath|mobil)is(?:e|es|ed|ing|er|ers|able|ably|ation|ations|ational)\b/i,
    swap(/is(?=\w*$)/i, 'iz'),
  ],
  [/\b(?:analys|paralys)(?:e|ed|ing)\b/i, swap(/ys/i, 'yz')],
  [
    /\b(?:colour|favour|behaviour|honour|labour|neighbour|humour|rumour|flavour|savour|harbour|endeavour|vigour|odour|armour|valour|parlour|splendour|saviour|clamour)\w*/i,
    swap(/our/i, 'or'),
  ],
  [
    /\b(?:centre|metre|litre|fibre|theatre|calibre|sombre|spectre|lustre|meagre)(?:s|d)?\b/i,
    swap(/re(?=s?$|d$)/i, 'er'),
  ],
  [/\b(?:catalogu|analogu)(?:e|es|ed|ing)\b/i, swap(/ue(?=s?$)|u(?=ed|ing)/i, '')],
  [/\b(?:licence|defence|offence|pretence)s?\b/i, swap(/ce(?=s?$)/i, 'se')],
  [
    /\b(?:travell|modell|labell|counsell|marvell|fuell|signall|totall|levell)(?:ed|ing|er|ers|or|ors|ous)\b/i,
    swap(/ll/i, 'l'),
  ],
  [/\bjewellery\b/i, () => 'jewelry'],
  [/\b(?:enrol|fulfil|instal|distil)(?:s|ment|ments)?\b/i, swap(/l(?=s?$|ment)/i, 'll')],
  [/\b(?:skilful|wilful)(?:ly)?\b/i, swap(/l(?=ful)/i, 'll')],
  [/\b(?:whilst|amongst|amidst)\b/i, swap(/st$/i, '')],
  [/\blearnt\b/i, () => 'learned'],
  [/\bspelt\b/i, () => 'spelled'],
  [/\bpractis(?:e|es|ed|ing)\b/i, swap(/is/i, 'ic')],
  [/\bprogrammes?\b/i, swap(/mme/i, 'm')],
  [/\bcheques?\b/i, swap(/que/i, 'ck')],
  [/\bgrey(?:s|ed|ish)?\b/i, swap(/ey/i, 'ay')],
  [/\btyres?\b/i, swap(/y/i, 'i')],
  [/\baluminium\b/i, () => 'aluminum'],
  [/\bmaths\b/i, () => 'math'],
  [/\b(?:judgement|acknowledgement)s?\b/i, swap(/ement/i, 'ment')],
  [/\bageing\b/i, () => 'aging'],
  [/\bstoreys\b/i, () => 'stories'],
  [/\bsceptic(?:al|ism)?\b/i, swap(/sc/i, 'sk')],
  [/\bmanoeuvr\w*/i, swap(/manoeuvr/i, 'maneuver')],
  [
    /\b(?:paediatric|orthopaedic|anaemi|anaesthe|oestrogen|foetus|encyclopaedi)\w*/i,
    swap(/ae|oe/i, 'e'),
  ],
  [/\bper cent\b/i, () => 'percent'],
];

/** Each British form found in a text, with its line number and the US form to use. */
function britishFormsIn(text: string): string[] {
  return text.split('\n').flatMap((line, index) =>
    BRITISH_FORMS.flatMap(([british, us]) => {
      const found = british.exec(line);
      return found ? [`line ${index + 1}: "${found[0]}" (use "${us(found[0])}")`] : [];
    }),
  );
}

/** The strings a reader reads in a code file: literals with a space in them, and markup text. */
function readerStringsInCode(source: string): string[] {
  // Comments are for engineers, and they may use "resume" as a verb ("a reload resumes it").
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const literals = code.match(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g) ?? [];
  const markup = [...code.matchAll(/>([^<>{}]*\p{L}[^<>{}]*)</gu)].map(([, text]) => text ?? '');
  return [...literals.filter((literal) => literal.includes(' ')), ...markup];
}

/** Fields of content entries that readers read, by collection file; ids and tags are left out. */
const readerFields: Record<string, readonly string[]> = {
  cards: ['prompt', 'answer'],
  questions: ['text', 'why', 'caution'],
  templates: ['title', 'subject', 'body', 'guidance'],
};

/** Everything a reader reads in a source file. */
function readerText(path: string): string {
  const source = read(path);
  if (path.endsWith('.mdx')) return plainTextFromMdx(source);
  if (/\.ya?ml$/.test(path)) {
    const collection = Object.keys(readerFields).find((name) => path.includes(`/${name}/`));
    const data: unknown = parse(source);
    const entries: unknown[] = Array.isArray(data) ? data : [data];
    return entries
      .flatMap((entry) =>
        (readerFields[collection ?? ''] ?? []).map((field) =>
          typeof entry === 'object' && entry !== null && field in entry
            ? String((entry as Record<string, unknown>)[field])
            : '',
        ),
      )
      .join('\n');
  }
  if (/\.(?:astro|tsx?|mjs)$/.test(path)) return readerStringsInCode(source).join('\n');
  return '';
}

describe('house spelling: US English', () => {
  test('finds the British forms it looks for', () => {
    const sample = 'We organise a programme, practise whilst travelling, and favour colour.';
    expect(britishFormsIn(sample).length).toBeGreaterThanOrEqual(6);
    expect(
      britishFormsIn('We organize a program, practice while traveling, and favor color.'),
    ).toEqual([]);
    expect(
      britishFormsIn('<h2 aria-labelledby="x">An organism, criticism and analyses</h2>'),
    ).toEqual([]);
  });

  test('has files to search', () => {
    expect(sourceFiles.filter((path) => path.endsWith('.mdx')).length).toBeGreaterThan(0);
    expect(sourceFiles.filter((path) => path.endsWith('.tsx')).length).toBeGreaterThan(0);
  });

  test.each(sourceFiles)('%s uses no British spelling', (path) => {
    expect(britishFormsIn(read(path))).toEqual([]);
  });

  test('finds "resume" in reader text, but not in names such as resume-feedback', () => {
    expect(readerStringsInCode(`const label = 'Feedback on your resume';`).join()).toMatch(
      /resume/,
    );
    expect(readerStringsInCode(`topics: ['resume', 'resume-feedback'] // resumes`)).toEqual([]);
  });

  test.each(sourceFiles.filter((path) => /\.(?:mdx|ya?ml|astro|tsx?)$/.test(path)))(
    '%s writes "résumé" with its accents wherever a reader reads it',
    (path) => {
      const plain = readerText(path)
        .split('\n')
        .filter((line) => /\bresumes?\b/i.test(line));
      expect(plain).toEqual([]);
    },
  );
});

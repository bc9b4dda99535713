/**
 * The house spelling is US English. Every file under `src/` and the README is searched for the
 * British forms (comments and names included, so nothing British is left to copy from), and
 * everything a reader reads is searched for "resume" without its accents: the house form is
 * "résumé". Ids and tags such as `resume-feedback` are names, not text, and stay as they are.
 */
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  filesUnder,
  readerStringsInCode,
  readerTextOf,
  readProjectFile as read,
} from './support/reader-text';

const textFile = /\.(?:astro|css|mdx?|mjs|ts|tsx|ya?ml|json)$/;
const sourceFiles = [...filesUnder('src').filter((path) => textFile.test(path)), 'README.md'];

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
    /\b(?:travell|modell|labell|counsell|marvell|fuell|signall|totall|levell|cancell)(?:ed|ing|er|ers|or|ors|ous)\b/i,
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
  // Words and idioms rather than spellings, which a US reader still hears as British.
  [/\b(?:straight away|straight after)\b/i, swap(/straight/i, 'right')],
  [/\bthe other way round\b/i, swap(/round/i, 'around')],
  [/\b(?:after|back|for|to|up)wards\b/i, swap(/s$/i, '')],
  [/\btrousers\b/i, () => 'pants'],
  [/\bholidays\b/i, () => 'vacation'],
  [/\bpay ?packets?\b/i, () => 'paycheck'],
  [/\bwork placements?\b/i, () => 'co-op'],
  [/\bfinal-year\b/i, () => 'senior'],
  [/\b(?:not|I'm|I’m) after\b(?= help| advice| a )/i, swap(/after/i, 'looking for')],
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
      const plain = readerTextOf(path)
        .split('\n')
        .filter((line) => /\bresumes?\b/i.test(line));
      expect(plain).toEqual([]);
    },
  );
});

describe('house typography: curly apostrophes in what readers read', () => {
  const straight = (text: string) => text.split('\n').filter((line) => /\p{L}'\p{L}/u.test(line));
  // The chapters get theirs from the Markdown pipeline (smartypants). An email's subject and
  // body stay straight, as the reader's own typing in them will be.
  const files = sourceFiles.filter(
    (path) => /\.(?:ya?ml|astro|tsx?)$/.test(path) && !path.startsWith('src/content/templates/'),
  );

  test('finds a straight apostrophe, and not a curly one', () => {
    expect(straight("We can't find it")).toHaveLength(1);
    expect(straight('We can’t find it')).toEqual([]);
  });

  test.each(files)('%s', (path) => {
    expect(straight(readerTextOf(path))).toEqual([]);
  });

  test.each(filesUnder('src/content/templates'))('%s: the title and guidance', (path) => {
    const { title, guidance } = parse(read(path)) as { title: string; guidance: string };
    expect(straight(`${title}\n${guidance}`)).toEqual([]);
  });

  // Shown as written, where no Markdown pipeline curls them: quotation marks too.
  const straightQuotes = (text: string) =>
    text.split('\n').filter((line) => /\p{L}'\p{L}|"/u.test(line));

  test('finds straight quotation marks, and not curly ones', () => {
    expect(straightQuotes('They ask: "Why this field?"')).toHaveLength(1);
    expect(straightQuotes('They ask: “Why this field?”')).toEqual([]);
  });

  test.each(filesUnder('src/content/guides'))(
    '%s: the title, description and summary (on the home page and the guide’s index)',
    (path) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(read(path))?.[1] ?? '';
      const { title, description, summary } = parse(frontmatter) as Record<string, string>;
      expect(straightQuotes(`${title}\n${description}\n${summary}`)).toEqual([]);
    },
  );

  test('the flashcards, front and back', () => {
    const cards = parse(read('src/content/cards/cards.yaml')) as {
      id: string;
      prompt: string;
      answer: string;
    }[];
    expect(cards.length).toBeGreaterThan(0);
    expect(
      cards
        .filter(({ prompt, answer }) => straightQuotes(`${prompt}\n${answer}`).length > 0)
        .map(({ id }) => id),
    ).toEqual([]);
  });
});

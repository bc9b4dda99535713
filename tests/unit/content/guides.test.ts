/**
 * The guide as content: valid front matter on a gap-free path, chapters a student can read
 * easily, a takeaway list at the end of each, the disagreements between sources shown, and every
 * point of the content checklist (sections 1–6) taught somewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../../src/content.config';
import { plainTextFromMdx } from '../../../src/lib/reading';

const guidesDir = new URL('../../../src/content/guides/', import.meta.url);

interface Chapter {
  /** The file name without `.mdx`, which is the URL slug. */
  slug: string;
  /** The whole file. */
  source: string;
  /** The front matter as parsed YAML. */
  frontMatter: unknown;
  /** Everything after the front matter. */
  body: string;
  /** What a reader reads: the prose without markup. */
  text: string;
}

const chapters: Chapter[] = readdirSync(guidesDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => {
    const source = readFileSync(new URL(name, guidesDir), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
    return {
      slug: name.replace(/\.mdx$/, ''),
      source,
      frontMatter: match ? parse(match[1] ?? '') : undefined,
      body: match ? source.slice(match[0].length) : source,
      text: plainTextFromMdx(source),
    };
  });

/** The whole guide's prose on one line, so a pattern can span a line break. */
const guideText = chapters
  .map((chapter) => chapter.text)
  .join('\n\n')
  .replace(/\s+/g, ' ');

/** Flesch-Kincaid grade of plain text: sentences end at . ! ? or a paragraph break. */
function grade(text: string): number {
  const sentences = text
    .split(/[.!?]+|\n\s*\n/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
  const words = text.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu) ?? [];
  // `syllable` gives 0 for digits; every spoken word has at least one.
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

/** The `<SourcesDiffer>` callouts of the guide: the topic and the text inside each. */
const callouts = chapters.flatMap((chapter) =>
  [
    ...chapter.body.matchAll(/<SourcesDiffer\s+topic="([^"]*)"\s*>([\s\S]*?)<\/SourcesDiffer>/g),
  ].map(([, topic, inside]) => ({
    slug: chapter.slug,
    topic: topic ?? '',
    inside: (inside ?? '').replace(/\s+/g, ' '),
  })),
);

describe('the guide chapters', () => {
  test('there are 7 to 9 chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    expect(chapters.length).toBeLessThanOrEqual(9);
  });

  test('every chapter has valid front matter', () => {
    const failures = chapters.flatMap((chapter) => {
      const result = guideSchema.safeParse(chapter.frontMatter);
      return result.success
        ? []
        : result.error.issues.map(
            (issue) =>
              `${chapter.slug}: ${issue.path.join('.') || '(front matter)'}: ${issue.message}`,
          );
    });
    expect(failures).toEqual([]);
  });

  test('every chapter links to at least one tool that practices it', () => {
    const without = chapters.filter(
      (chapter) => guideSchema.parse(chapter.frontMatter).relatedTools.length === 0,
    );
    expect(without.map((chapter) => chapter.slug)).toEqual([]);
  });

  test('the steps run 1, 2, 3 … with no gaps and no repeats', () => {
    const steps = chapters
      .map((chapter) => guideSchema.parse(chapter.frontMatter).step)
      .sort((a, b) => a - b);
    expect(steps).toEqual(chapters.map((_, index) => index + 1));
  });

  test('every chapter reads at grade 9 or below', () => {
    const tooHard = chapters
      .map((chapter) => ({ slug: chapter.slug, grade: Math.round(grade(chapter.text) * 10) / 10 }))
      .filter((chapter) => chapter.grade > 9);
    expect(tooHard).toEqual([]);
  });

  test('no chapter repeats the page title with a top-level heading', () => {
    const withH1 = chapters
      .filter((chapter) => /^#\s/m.test(chapter.body))
      .map((chapter) => chapter.slug);
    expect(withH1).toEqual([]);
  });

  test('every chapter ends with "In short" and 3 to 5 takeaways, nothing after', () => {
    const failures = chapters.flatMap((chapter) => {
      const [, afterLastHeading = ''] = /(?:^|\n)## In short\n([\s\S]*)$/.exec(chapter.body) ?? [];
      const headings = [...chapter.body.matchAll(/^#{2,6} (.*)$/gm)].map(([, heading]) => heading);
      const lines = afterLastHeading.split('\n').filter((line) => line.trim() !== '');
      const bullets = lines.filter((line) => /^- \S/.test(line));
      if (headings.at(-1) !== 'In short')
        return [`${chapter.slug}: last heading is "${headings.at(-1)}"`];
      if (bullets.length !== lines.length)
        return [`${chapter.slug}: something other than bullets after "In short"`];
      if (bullets.length < 3 || bullets.length > 5)
        return [`${chapter.slug}: ${bullets.length} takeaways`];
      return [];
    });
    expect(failures).toEqual([]);
  });

  test('every link to another chapter leads to one that exists, with its trailing slash', () => {
    const slugs = new Set(chapters.map((chapter) => chapter.slug));
    const broken = chapters.flatMap((chapter) =>
      [...chapter.body.matchAll(/\]\((\/guide\/[^)]*)\)/g)]
        .map(([, href]) => href ?? '')
        .filter(
          (href) => !/^\/guide\/[a-z0-9-]+\/$/.test(href) || !slugs.has(href.split('/')[2] ?? ''),
        )
        .map((href) => `${chapter.slug} → ${href}`),
    );
    expect(broken).toEqual([]);
  });

  test('a chapter that shows a "Sources differ" callout imports it', () => {
    const missing = chapters
      .filter((chapter) => chapter.body.includes('<SourcesDiffer'))
      .filter(
        (chapter) =>
          !/^import SourcesDiffer from '\.\.\/\.\.\/components\/SourcesDiffer\.astro';$/m.test(
            chapter.body,
          ),
      )
      .map((chapter) => chapter.slug);
    expect(missing).toEqual([]);
  });
});

describe('where the sources disagree, the guide says so', () => {
  test('a callout gives the range of conversation lengths, from 10–15 minutes to an hour', () => {
    const callout = callouts.find((c) => c.inside.includes('10 to 15 minutes'));
    expect(callout?.inside).toMatch(/20 to 30 minutes/);
    expect(callout?.inside).toMatch(/half an hour/);
    expect(callout?.inside).toMatch(/20 minutes to an hour/);
  });

  test('a callout gives the range of times to send the thank-you note', () => {
    const callout = callouts.find((c) => c.inside.includes('24 hours'));
    expect(callout?.inside).toMatch(/24 to 48 hours/);
    expect(callout?.inside).toMatch(/a few hours to a day/);
  });

  test('a callout says the sources disagree on email as a way to hold the conversation', () => {
    const callout = callouts.find(
      (c) => /email/i.test(c.topic) || /email is a poor/i.test(c.inside),
    );
    expect(callout?.inside).toMatch(/email is a poor/i);
    expect(callout?.inside).toMatch(/lists email/i);
  });
});

/**
 * Every point of the content checklist (sections 1–6) with patterns that the guide's prose must
 * match. Each pattern stands for a fact a reader would miss if the guide dropped it. Section 7,
 * the question topics, is covered by the question bank's tests.
 */
const checklist: Record<string, RegExp[]> = {
  // 1. What it is, and what it is not
  'a conversation to learn about their work; ask for information and advice, never a job, internship or favor':
    [
      /a talk to learn about someone's work, field and path/i,
      /information and advice, never for a job, an internship or a favor/i,
    ],
  'why people say yes: nothing at stake, they enjoy it, you treat them as the expert': [
    /nothing is at stake/i,
    /no opening to fill, so they can be frank/i,
    /like to talk about (our|their) work/i,
    /treat them as the expert/i,
  ],
  'who: anyone at any stage, first-year students and career changers': [
    /anyone can, at any stage/i,
    /a student in their first year can/i,
    /change careers/i,
  ],
  'when: from the first winter term, no later than three months before graduating, about one a term':
    [
      /winter term of (your|their) first year/i,
      /no later than about three months before/i,
      /once a term|one talk a term/i,
    ],
  'what you get: duties, how they got hired, where the role leads, 1–2 names, 1–5 organizations': [
    /what they are responsible for/i,
    /how they got hired/i,
    /where their role can lead/i,
    /names of one or two more people/i,
    /organizations to look into\. One to five/i,
  ],
  'several conversations give data points for 5, 10 or 20 years out': [
    /enough data points/i,
    /5, 10 or even 20 years/i,
  ],
  'you may learn a field is not for you': [/a field is not what you hoped/i, /not this one/i],
  'practice for job interviews, and a network for when you are on the market': [
    /practice for real job interviews/i,
    /build(s)? your network/i,
    /when you are on the market/i,
  ],

  // 2. Find people to talk to
  'start with who you know, and ask "do you know someone who works in …?"': [
    /friends and family/i,
    /classmates and roommates/i,
    /teachers and professors/i,
    /coaches/i,
    /past bosses and colleagues/i,
    /do you know anyone who works in/i,
  ],
  'alumni and the alumni database, associations, LinkedIn groups and other networks': [
    /alumni database/i,
    /professional association/i,
    /LinkedIn has groups/i,
    /other social networks/i,
  ],
  'hot, warm and cold contacts; start hot and work outward': [
    /Hot contacts are people you know yourself/i,
    /Warm contacts are people a hot contact sends you to[\s\S]{0,80}people you met once/i,
    /Cold contacts are names you got second-hand, or found on a list/i,
    /start with your hot contacts, then work outward/i,
  ],
  'anyone with a useful perspective, not only your target title': [
    /not only people with your target job title/i,
  ],
  'at least three conversations for a balanced view': [
    /at least three conversations/i,
    /balanced (picture|view)/i,
  ],

  // 3. Ask for the conversation
  'channels: email, phone or in person; often email first, then a call': [
    /by email, by phone or in person/i,
    /send an email first\. If you hear nothing after a few days, follow up with a phone call/i,
  ],
  'the request: who you are, the referrer, what you explore, not a job, a short specific ask, a few lines':
    [
      /keep it to a few lines/i,
      /who you are\./i,
      /if someone referred you, name them/i,
      /what you are exploring/i,
      /want their view, not a job/i,
      /15 minutes or half an hour/i,
      /come to their workplace or to talk by phone, at a time that suits them/i,
    ],
  "if they can't meet, ask whom else; if they decline, move on": [
    /if they cannot meet, thank them\. Then ask if there is someone else you could talk to/i,
    /if someone says no, let it go/i,
  ],
  "don't cold-call a receptionist; some will suspect a job hunt, so be clear": [
    /ask the receptionist to put you through/i,
    /some people will think you are after a job/i,
    /only gathering information/i,
  ],
  'job hunting? say so up front, never switch to a job request midway': [
    /if you really are job hunting/i,
    /say so at the start/i,
    /never do is claim you only want advice, then ask for a job halfway through/i,
  ],
  'shy? go in a pair with a friend who is exploring too': [
    /go with a friend who is exploring the same field/i,
  ],

  // 4. Prepare
  'research the field and the organization': [
    /read about the field before you go/i,
    /read about the person's organization/i,
  ],
  'know yourself: accomplishments and skills, interests, values': [
    /what are you proud of\? Which skills did you use/i,
    /which classes, projects or jobs have you enjoyed/i,
    /help others/i,
    /room to be creative/i,
    /in a team or alone/i,
    /how much does salary matter/i,
  ],
  'write at least ten open-ended questions of your own': [
    /at least ten questions/i,
    /open-ended/i,
    /questions about what you really want to know/i,
  ],
  'bring copies of your résumé and business cards': [
    /a few copies of your résumé/i,
    /business cards/i,
  ],
  'dress as for a job interview, business casual or better, a jacket over the arm; arrive early': [
    /dress as you would for a job interview/i,
    /business casual or a bit smarter/i,
    /carry it over your arm/i,
    /a little early/i,
  ],

  // 5. The conversation
  'agree a length and end on time yourself unless they offer more': [
    /agree on how long you will talk/i,
    /you who ends the meeting/i,
    /end on time unless they offer more/i,
  ],
  'open in about a minute: thanks, why you asked, the agenda; small talk is fine': [
    /take about a minute to set the scene/i,
    /thank them for their time/i,
    /say why you asked to meet them/i,
    /say what you hope to cover/i,
    /small talk/i,
  ],
  'the arc for 30 minutes: present 10, past 5–6, future 5–6, advice 5; 6–10 questions': [
    /for 30 minutes, plan on 6 to 10 questions/i,
    /their present, about 10 minutes\. What they are responsible for/i,
    /their past, 5 to 6 minutes\. Their background, how they found this job, and what the hiring process/i,
    /their future, 5 to 6 minutes\. Where a role like theirs can lead in the next 5 to 10 years/i,
    /their advice, about 5 minutes\. People and organizations you should contact, feedback on your résumé, and resources/i,
  ],
  'be a journalist: focus on them, turn to yourself near the end': [
    /be a journalist/i,
    /keep the focus on them/i,
    /near the end, you can turn to yourself/i,
  ],
  'negatives as well as positives; notice the workplace; employer is not the work': [
    /ask about them as well as the good parts/i,
    /feels about their employer is not the same as how they feel about the work itself/i,
    /if you meet at their workplace, look around/i,
  ],
  "notes: jot a few, don't transcribe, don't record; fuller notes right after": [
    /jot down key points/i,
    /do not try to write down every word/i,
    /do not record the talk/i,
    /write fuller notes/i,
  ],
  'salary: typical ranges in the field, never what they earn': [
    /typical salary ranges/i,
    /never ask what they earn/i,
  ],
  'medium: in person at their workplace is best, phone when far away': [
    /meeting in person at their workplace is best/i,
    /a phone call is fine when they are far away/i,
  ],
  'close: thank them specifically, ask for their card and for more names, offer to return the favor':
    [
      /be specific about what helped/i,
      /ask for their business card/i,
      /ask who else you should talk to/i,
      /return the favor/i,
    ],

  // 6. Follow up
  'thank-you note: short (about six lines), specific, asks to keep in touch; email or handwritten':
    [
      /six lines is plenty/i,
      /names one or two things that helped you/i,
      /asks to keep in touch/i,
      /email or handwritten/i,
      /handwritten card takes more effort, and many people still value one/i,
    ],
  'thank the person who introduced you': [/thank the person who introduced you/i],
  'act on the advice, report back, and follow up a few weeks later': [
    /if they named a person to contact, contact them/i,
    /then tell them what happened/i,
    /a few weeks after the talk/i,
  ],
  'compare what you learned with what you want': [/compare what you learned with what you want/i],
  'ask about jobs only later, weeks after, and separately': [
    /wait several weeks/i,
    /ask separately/i,
    /not as part of|do not tack it onto the same talk/i,
  ],
};

describe('the guide teaches every point of the content checklist', () => {
  test.each(Object.entries(checklist))('%s', (_point, patterns) => {
    const missing = patterns.filter((pattern) => !pattern.test(guideText)).map(String);
    expect(missing).toEqual([]);
  });
});

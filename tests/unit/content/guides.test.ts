/**
 * The guide as content: valid front matter on a gap-free path, adult prose in plain words (grade 6
 * to 8, few clipped sentences, "conversation" rather than "talk", no teenager's examples), a
 * takeaway list at the end of each chapter, every disagreement between the sources shown with its
 * range and our advice, and every point of the content checklist (sections 1–6) taught somewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { guideSchema } from '../../../src/schemas/guide';
import { check } from '../../../src/schemas/validate';
import { plainTextFromMdx } from '../../../src/lib/reading';
import { proseSentences, readingGrade, shortSentences } from './support/prose';
import { checkEmail } from '../../../src/lib/email-checks';

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
  /** The prose as sentences, headings left out. */
  sentences: string[];
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
      sentences: proseSentences(source),
    };
  });

/** The whole guide's prose on one line, so a pattern can span a line break. */
const guideText = chapters
  .map((chapter) => chapter.text)
  .join('\n\n')
  .replace(/\s+/g, ' ');

/** The reading grade each chapter must fall within (Flesch-Kincaid). */
const GRADE = { min: 6, max: 8 } as const;
/** The largest share of a chapter's sentences that may be five words or fewer. */
const MAX_SHORT_SHARE = 0.1;

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
  test('there are 8 to 9 chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    expect(chapters.length).toBeLessThanOrEqual(9);
  });

  test('every chapter has valid front matter', () => {
    const failures = chapters.flatMap((chapter) => {
      const result = check(guideSchema, chapter.frontMatter);
      return result.success
        ? []
        : result.issues.map(
            (issue) => `${chapter.slug}: ${issue.path || '(front matter)'}: ${issue.message}`,
          );
    });
    expect(failures).toEqual([]);
  });

  test('every chapter links to at least one tool that practices it', () => {
    const without = chapters.filter(
      (chapter) => v.parse(guideSchema, chapter.frontMatter).relatedTools.length === 0,
    );
    expect(without.map((chapter) => chapter.slug)).toEqual([]);
  });

  test('the steps run 1, 2, 3 … with no gaps and no repeats', () => {
    const steps = chapters
      .map((chapter) => v.parse(guideSchema, chapter.frontMatter).step)
      .sort((a, b) => a - b);
    expect(steps).toEqual(chapters.map((_, index) => index + 1));
  });

  test.each(chapters.map((chapter) => [chapter.slug, chapter] as const))(
    `%s reads at grade ${GRADE.min} to ${GRADE.max}`,
    (_slug, chapter) => {
      const grade = Math.round(readingGrade(chapter.sentences) * 10) / 10;
      expect(grade).toBeGreaterThanOrEqual(GRADE.min);
      expect(grade).toBeLessThanOrEqual(GRADE.max);
    },
  );

  test.each(chapters.map((chapter) => [chapter.slug, chapter] as const))(
    `%s has no more than ${MAX_SHORT_SHARE * 100}% of its sentences at five words or fewer`,
    (_slug, chapter) => {
      const short = shortSentences(chapter.sentences);
      expect(chapter.sentences.length).toBeGreaterThan(20);
      expect(short.length / chapter.sentences.length, short.join(' | ')).toBeLessThanOrEqual(
        MAX_SHORT_SHARE,
      );
    },
  );

  test('says "conversation", never "talk", for the conversation itself', () => {
    const talkAsNoun =
      /\b(?:a|the|this|that|our|your|each|every|one|first|next|short|good|half-hour|informational) talks?\b|\btalks\b/gi;
    const found = chapters.flatMap((chapter) =>
      (chapter.text.match(talkAsNoun) ?? []).map((words) => `${chapter.slug}: "${words}"`),
    );
    expect(found).toEqual([]);
  });

  test('uses no example that assumes a teenager', () => {
    const teen =
      /\b(?:cousins?|teachers?|(?:high )?schools?|teen(?:ager)?s?|homework|parents?|mom|dad)\b/gi;
    const found = chapters.flatMap((chapter) =>
      (chapter.text.match(teen) ?? []).map((word) => `${chapter.slug}: "${word}"`),
    );
    expect(found).toEqual([]);
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

/**
 * Every question the sources really disagree on, with patterns its callout must match: the range
 * the sources give, and our advice (which every callout states after "Our advice:").
 */
const disagreements: Record<string, { chapter: string; topic: RegExp; range: RegExp[] }> = {
  'how long the conversation lasts': {
    chapter: 'the-conversation',
    topic: /how long/i,
    range: [/10 to 15 minutes/, /20 to 30 minutes/, /half an hour/, /20 minutes to an hour/],
  },
  'email as a way to hold the conversation': {
    chapter: 'before-you-meet',
    topic: /email/i,
    range: [/lists email/i, /email is a poor way/i],
  },
  'in person, by phone or on video': {
    chapter: 'before-you-meet',
    topic: /video/i,
    range: [/in person/i, /phone call/i, /none covers video/i],
  },
  'when to send the thank-you, right away included': {
    chapter: 'following-up',
    topic: /thank-you/i,
    range: [/right away/i, /within 24 hours/i, /24 to 48 hours/i, /a few hours to a day/i],
  },
  'whether and how to mention that you are job hunting': {
    chapter: 'asking',
    topic: /job hunting/i,
    range: [/never to ask for a job/i, /say so up front/i, /separate message, weeks later/i],
  },
  'how many questions to prepare': {
    chapter: 'preparing',
    topic: /how many questions/i,
    range: [/at least ten/i, /six to ten/i, /about four/i],
  },
  'calling or emailing a stranger': {
    chapter: 'asking',
    topic: /calling or emailing/i,
    range: [
      /email first and a phone call/i,
      /not to hesitate to call/i,
      /a short email is usually best/i,
    ],
  },
  'bringing a résumé': {
    chapter: 'preparing',
    topic: /résumé/i,
    range: [/a few printed copies/i, /feedback on your résumé/i, /do not mention it/i],
  },
  'whether to act like a journalist': {
    chapter: 'the-conversation',
    topic: /journalist/i,
    range: [/think of yourself as a journalist/i, /not meant to be a piece of journalism/i],
  },
  'whether the request comes from you or from the person who referred you': {
    chapter: 'asking',
    topic: /first message/i,
    range: [/write the request yourself/i, /an introduction from the person you both know/i],
  },
};

describe('where the sources disagree, the guide says so', () => {
  test.each(Object.entries(disagreements))('%s', (_question, { chapter, topic, range }) => {
    const callout = callouts.find((c) => c.slug === chapter && topic.test(c.topic));
    expect(callout, `no callout on ${String(topic)} in ${chapter}`).toBeDefined();
    expect(range.filter((pattern) => !pattern.test(callout?.inside ?? '')).map(String)).toEqual([]);
    expect(callout?.inside).toMatch(/Our advice: \S/);
  });

  test('every callout is one of those, and gives our advice', () => {
    const known = Object.values(disagreements);
    const stray = callouts.filter(
      (c) => !known.some(({ chapter, topic }) => c.slug === chapter && topic.test(c.topic)),
    );
    expect(stray.map((c) => `${c.slug}: ${c.topic}`)).toEqual([]);
    expect(callouts.length).toBe(known.length);
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
      /a short conversation to learn about someone’s work, field and path/i,
      /never ask for a job, an internship or a favor that would help you get hired/i,
      /small requests you make near the end, such as [^,]+, are favors in their own right/i,
    ],
  'why people say yes: nothing at stake, they enjoy it, you treat them as the expert': [
    /nothing is at stake/i,
    /no opening to fill, they can be candid/i,
    /many people enjoy describing their work/i,
    /treat them as the expert/i,
  ],
  'who: anyone at any stage, first-year students and career changers': [
    /anyone who is choosing or changing a direction, at any stage/i,
    /a student in their first year can use them/i,
    /fifteen years in one career/i,
  ],
  'when: from the first winter term, no later than three months before graduating, about one a term':
    [
      /winter term of your first year/i,
      /no later than about 3 months before/i,
      /one conversation a term/i,
    ],
  'what you get: duties, how they got hired, where the role leads, 1–2 names, 1–5 organizations': [
    /what they are responsible for/i,
    /how they got hired/i,
    /where a role like theirs can lead/i,
    /names of one or two more people/i,
    /organizations to look into, usually somewhere between one and five/i,
  ],
  'several conversations give data points for 5, 10 or 20 years out': [
    /enough data points to compare paths/i,
    /5, 10 or even 20 years/i,
  ],
  'what the conversations also teach: organizing a search, preparing for interviews, pay': [
    /organize a job search/i,
    /got ready for their own interviews/i,
    /ready to talk about pay when an offer comes/i,
  ],
  'you may learn a field is not for you': [/a field is not what you hoped/i, /not this one/i],
  'practice for job interviews, and a network for when you are on the market': [
    /practice for real job interviews/i,
    /builds a network that will matter later/i,
    /by the time you are on the market/i,
  ],

  // 2. Find people to talk to
  'aim for someone who does the work, or better, someone who hires for it': [
    /someone who does the work you are curious about/i,
    /even better is someone who hires for that work/i,
  ],
  'start with who you know, and ask "do you know anyone who works in …?"': [
    /friends and family/i,
    /classmates and roommates/i,
    /professors and advisers/i,
    /coaches and club members/i,
    /former managers and colleagues/i,
    /do you know anyone who works in/i,
  ],
  'the career office and alumni programs, for names and mock interviews': [
    /career office is one of the best sources of names/i,
    /alumni database or a mentoring program/i,
    /rehearse an informational interview with an adviser/i,
  ],
  'associations, LinkedIn groups, other networks and organizations': [
    /professional associations/i,
    /LinkedIn has groups for almost every field/i,
    /other social networks/i,
    /list the employers that do the work/i,
  ],
  'hot, warm and cold contacts; start hot and work outward; each conversation adds names': [
    /Hot contacts are people you know yourself/i,
    /Warm contacts are people a hot contact introduces you to[\s\S]{0,40}people you have met once/i,
    /Cold contacts are names that reach you from further away[\s\S]{0,80}a list, a directory or a website/i,
    /start with your hot contacts and work outward/i,
    /every conversation also moves new people inward/i,
  ],
  'anyone with a useful perspective, not only your target title': [
    /you do not need an exact match for the job title/i,
  ],
  'at least three conversations for a balanced view': [
    /at least 3 conversations/i,
    /more than one view/i,
  ],

  // 3. Ask for the conversation
  'channels: email, phone, LinkedIn or in person; email a stranger first': [
    /by email, by phone, through LinkedIn or in person/i,
    /email a cold contact first/i,
  ],
  'the request: who you are, the referrer, what you explore, not a job, a short specific ask, a few lines':
    [
      /keep the request to a few lines, under 100 words/i,
      /who you are\. One line is enough/i,
      /if someone referred you, name them in your first sentence/i,
      /what you are exploring/i,
      /that you want their view, not work/i,
      /many people assume that a stranger who asks for a meeting wants a job/i,
      /ask for 20 to 30 minutes, at a time that suits them, at their workplace, by video or by phone/i,
    ],
  'career changers: say what carries over, in the request and in the conversation': [
    /say in one line what you have done, and which part of it you hope to bring with you/i,
    /put what you bring into the opening as well/i,
    /what carries over/i,
  ],
  'a LinkedIn note within the free account’s 200 characters, and a phone script': [
    /a free account allows 200 characters in that note, and Premium allows 300/i,
    /here is a simple script you can adapt/i,
    /if you reach voicemail/i,
  ],
  'no reply: one nudge after 7 days, then move on 7 days later': [
    /wait 7 days, then send one polite nudge/i,
    /if 7 more days pass after the nudge with no answer/i,
  ],
  "if they can't meet, ask whom else; if they decline, move on": [
    /ask whether there is someone else you could talk to/i,
    /if someone says no outright, thank them for replying and move on/i,
  ],
  "don't cold-call a receptionist; go to a named person": [
    /ask the receptionist to put you through/i,
    /go to a named person/i,
  ],
  'job hunting? say so honestly, keep the conversation for advice, never switch midway': [
    /say so in your request rather than hide it/i,
    /never do is claim you only want advice, then ask for a job halfway through/i,
  ],
  'shy? go in a pair with a friend who is exploring too': [
    /go with a friend who is exploring the same field/i,
  ],

  // 4. Prepare
  'research the field, the organization and the person': [
    /read about the field first/i,
    /read about the person's organization/i,
    /LinkedIn profile or staff page/i,
  ],
  'know yourself: accomplishments and skills, interests, values': [
    /two or three things you have done well[\s\S]{0,60}name the skills each one used/i,
    /projects, courses and tasks you have enjoyed/i,
    /how much money matters to you/i,
    /alone or in a team/i,
    /room to create/i,
    /help other people/i,
  ],
  'write at least ten open-ended questions of your own': [
    /write at least 10 open questions/i,
    /an open question invites a story/i,
    /choose the questions you really want answered/i,
  ],
  'bring copies of your résumé and business cards': [
    /bring two or three copies/i,
    /business cards are useful/i,
  ],
  'dress as for a job interview, business casual or better, a jacket to carry; arrive early': [
    /the way you would dress for a job interview there/i,
    /business casual is usually safe/i,
    /carry it if everyone turns out to be in shirtsleeves/i,
    /arrive about 10 minutes early/i,
  ],

  // The practical middle
  'confirm the day before, set up a video call, handle lateness, changes and the bill': [
    /the day before the conversation, send a short message to confirm it/i,
    /sound[\s\S]{0,200}light[\s\S]{0,200}camera[\s\S]{0,200}background[\s\S]{0,200}a quiet room/i,
    /join 5 minutes early/i,
    /if you are running late/i,
    /offer two or three new times/i,
    /you are the one who asked, so you offer to pay/i,
  ],

  // 5. The conversation
  'agree a length and end on time yourself unless they offer more, or when they run over': [
    /agree on how long you will meet/i,
    /it should be you who ends the meeting/i,
    /end on time unless they offer more/i,
    /keep talking past the agreed time/i,
  ],
  'open in about a minute: thanks, why you asked, the agenda; small talk is fine': [
    /take about a minute to set the scene/i,
    /thank them for making the time/i,
    /say why you asked to meet them/i,
    /say what you hope to cover/i,
    /small talk/i,
  ],
  'the arc for 30 minutes: present 10, past 6, future 6, advice 5; 6–10 questions': [
    /for 30 minutes, plan on 6 to 10 questions/i,
    /their present, about 10 minutes\. What they are responsible for/i,
    /their past, about 6 minutes\. Their background, how they found this job, and what the hiring process/i,
    /their future, about 6 minutes\. Where a role like theirs can lead in the next 5 to 10 years/i,
    /their advice, about 5 minutes\. People and organizations you should contact, feedback on your résumé/i,
  ],
  'be a journalist: focus on them, turn to yourself near the end': [
    /be a journalist/i,
    /keep the focus on them/i,
    /near the end, you can turn the focus to yourself/i,
  ],
  'negatives as well as positives; notice the workplace; employer is not the work': [
    /every job has downsides/i,
    /feels about their employer is not the same as how they feel about the work itself/i,
    /if you meet at their workplace, look around/i,
  ],
  "notes: jot a few, don't transcribe, don't record; fuller notes right after": [
    /jot down key points/i,
    /don't try to write down every word/i,
    /don't record the conversation/i,
    /write fuller notes/i,
  ],
  'on video or by phone: what changes': [
    /look at the camera when you speak/i,
    /leave a short pause after each answer/i,
  ],
  'salary: typical ranges in the field, never what they earn': [
    /typical salary ranges/i,
    /never ask what they earn/i,
  ],
  'medium: in person at their workplace is best, video or phone otherwise': [
    /meeting in person at their workplace is best/i,
    /a video call is the next best choice/i,
  ],
  'close: thank them specifically, ask for their card and for more names, offer to return the favor':
    [
      /be specific about what helped/i,
      /ask for their business card/i,
      /ask who else you should talk to/i,
      /return the favor/i,
    ],

  // 6. Follow up
  'thank-you note: within 24 hours, short (6 lines), specific, asks to keep in touch; email or handwritten':
    [
      /send it within 24 hours\. The same day is good/i,
      /keep the note to 6 lines or fewer/i,
      /name the one thing that helped most/i,
      /ask whether you may keep in touch/i,
      /a handwritten card takes more effort, and many people still value one/i,
    ],
  'thank the person who introduced you': [
    /thank them too, within 24 hours as with your thank-you note, and tell them briefly how it went/i,
  ],
  'follow up on exactly what they offered, act on the advice, and update 3 weeks later': [
    /follow up on that very thing/i,
    /if they offered to introduce you to a colleague/i,
    /if they mentioned an article, a course or a book, read it/i,
    /about 3 weeks after your thank-you note, send a short update/i,
  ],
  'compare what you heard with what you want': [/hold them up against what you heard/i],
  'ask about jobs only later, at least 4 weeks after, and separately': [
    /wait at least 4 weeks/i,
    /ask separately/i,
    /rather than adding the request to your thank-you note or your update/i,
  ],
};

describe('the guide teaches every point of the content checklist', () => {
  test.each(Object.entries(checklist))('%s', (_point, patterns) => {
    const missing = patterns.filter((pattern) => !pattern.test(guideText)).map(String);
    expect(missing).toEqual([]);
  });
});

/** The quoted example under a chapter's heading: its blockquote's lines, without the quote marks. */
function quotedExample(slug: string, heading: string): string[] {
  const body = chapters.find((chapter) => chapter.slug === slug)?.body ?? '';
  const section = body.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .map((line) => line.replace(/^> ?/, '').replace('<br />', ''));
}

describe('the guide’s examples pass the composer’s own checks', () => {
  const warnings = (input: Omit<Parameters<typeof checkEmail>[0], 'today'>) =>
    checkEmail({ ...input, today: '2026-11-20' })
      .filter((result) => result.status === 'warn')
      .map((result) => result.message);

  test('the sample request', () => {
    const [subjectLine = '', ...body] = quotedExample('asking', 'A sample request');
    expect(subjectLine).toMatch(/^Subject: /);
    expect(
      warnings({
        kind: 'request-referral',
        subject: subjectLine.replace(/^Subject: /, ''),
        body: body.join('\n').trim(),
        fields: { referrerName: 'Professor Lee' },
      }),
    ).toEqual([]);
  });

  test('the LinkedIn connection note', () => {
    const [note = ''] = quotedExample('asking', 'A LinkedIn connection note');
    expect(note).not.toBe('');
    expect(warnings({ kind: 'linkedin-note', subject: '', body: note, fields: {} })).toEqual([]);
  });
});

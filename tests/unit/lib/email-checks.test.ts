import { describe, expect, test } from 'vitest';
import {
  GUIDE_SECTIONS,
  KIND_GUIDE,
  checkEmail,
  countNoteLines,
  countPerspective,
  findJobWords,
  findPlaceholders,
  findTimeAsks,
  splitBody,
  splitSentences,
  type EmailCheckInput,
} from '../../../src/lib/email-checks';
import type { TemplateKind } from '../../../src/lib/vocabulary';

const goodRequest = `Dear Ms. Okafor,

Dr. Lee gave me your name when I said I was curious about hospital pharmacy. Your path from the lab caught my eye.

I'm a second-year biology student. I'd love to hear how you got into this work and what your days are like.

Would you have 20 minutes for a phone call, at a time that suits you?

Best regards,
Sam Rivera`;

const goodNote = `Dear Ms. Okafor,

Thank you for talking with me on Friday. Your advice to volunteer first was just what I needed.

I hope we can stay in touch.

With thanks,
Sam`;

function run(input: Partial<EmailCheckInput> & { kind: TemplateKind; body: string }) {
  const checks = checkEmail({
    subject: 'A question about hospital pharmacy',
    fields: {},
    today: '2026-11-21',
    locale: 'en-GB',
    ...input,
  });
  const byId = (id: string) => {
    const found = checks.find((check) => check.id === id);
    if (!found)
      throw new Error(`no ${id} check among ${checks.map((check) => check.id).join(', ')}`);
    return found;
  };
  return { checks, byId };
}

/** A request body of exactly `words` words that otherwise passes. */
function requestOfWords(words: number): string {
  const base = goodRequest.split(/\s+/).length;
  const filler = Array.from({ length: words - base }, () => 'really').join(' ');
  return goodRequest
    .replace('I’d love', `${filler} I’d love`)
    .replace("I'd love", `${filler} I'd love`);
}

describe('splitSentences', () => {
  test('splits after full stops, question and exclamation marks', () => {
    expect(splitSentences('One. Two? Three! Four')).toEqual(['One.', 'Two?', 'Three!', 'Four']);
  });

  test('does not split after titles and initials such as "Ms.", "Dr." and "J."', () => {
    expect(splitSentences('Ms. Okafor and Dr. J. Lee met Prof. Kim. Then we left.')).toEqual([
      'Ms. Okafor and Dr. J. Lee met Prof. Kim.',
      'Then we left.',
    ]);
  });

  test('ends a sentence at a line break', () => {
    expect(splitSentences('Hello there\nHow are you?')).toEqual(['Hello there', 'How are you?']);
  });
});

describe('splitBody', () => {
  test('separates the greeting and the sign-off from the message', () => {
    const parts = splitBody(goodRequest);
    expect(parts.greeting).toBe('Dear Ms. Okafor,');
    expect(parts.signOff).toEqual(['Best regards,', 'Sam Rivera']);
    expect(parts.message.startsWith('Dr. Lee gave me')).toBe(true);
    expect(parts.message.endsWith('at a time that suits you?')).toBe(true);
  });

  test('keeps a last sentence that has no sign-off after it', () => {
    expect(splitBody('Hi Sam,\nCould we talk for 15 minutes?').message).toBe(
      'Could we talk for 15 minutes?',
    );
  });

  test('treats a short "Thanks!" line as part of the sign-off', () => {
    expect(splitBody('Hi Sam,\n\nCould we talk?\n\nThanks!\nAna').signOff).toEqual([
      'Thanks!',
      'Ana',
    ]);
  });
});

describe('checkEmail: which checks apply', () => {
  test('a referral request gets every request check', () => {
    expect(
      run({ kind: 'request-referral', body: goodRequest }).checks.map((check) => check.id),
    ).toEqual([
      'length',
      'complete',
      'subject',
      'referrer',
      'no-job',
      'time',
      'question',
      'about-them',
    ]);
  });

  test('a thank-you note gets its length, completeness, subject, no-job and due-date checks', () => {
    expect(run({ kind: 'thank-you', body: goodNote }).checks.map((check) => check.id)).toEqual([
      'length',
      'complete',
      'subject',
      'no-job',
      'due',
    ]);
  });

  test('a thank-you written for an offer recalls it, as a reminder only the reader can tick off', () => {
    const offered = 'An intro to Sam at the port';
    const { checks, byId } = run({ kind: 'thank-you', body: goodNote, offered });
    expect(checks.map((check) => check.id).at(-1)).toBe('offer');
    expect(byId('offer')).toMatchObject({
      status: 'info',
      message:
        'From your notes, they offered: “An intro to Sam at the port.” Say how you will follow up on it.',
      guideHref: '/guide/following-up/#follow-up-on-exactly-what-they-offered',
    });
    expect(
      run({ kind: 'thank-you', body: goodNote, offered: 'An intro to Sam.' }).byId('offer').message,
    ).toBe('From your notes, they offered: “An intro to Sam.” Say how you will follow up on it.');
    const update = run({ kind: 'follow-up', body: goodNote, offered });
    expect(update.checks.map((check) => check.id)).not.toContain('offer');
  });

  test('the reconnect message, which is about a job search, is not warned about jobs', () => {
    expect(
      run({ kind: 'job-search-reconnect', body: 'I am looking for a job.' }).checks.map(
        (check) => check.id,
      ),
    ).toEqual(['complete', 'subject']);
  });

  test('every check links to a guide section', () => {
    const sections = new Set<string>(Object.values(GUIDE_SECTIONS).map((section) => section.href));
    for (const kind of Object.keys(KIND_GUIDE) as TemplateKind[]) {
      for (const check of run({ kind, body: goodRequest }).checks) {
        expect(sections.has(check.guideHref), `${kind} ${check.id}`).toBe(true);
        expect(check.guideTitle.length).toBeGreaterThan(3);
      }
    }
  });
});

describe('checkEmail: length of a request', () => {
  test('passes at 100 words, greeting and sign-off counted', () => {
    const check = run({ kind: 'request-cold', body: requestOfWords(100) }).byId('length');
    expect(check).toMatchObject({
      status: 'pass',
      guideHref: '/guide/asking/#what-your-request-should-say',
    });
    expect(check.message).toMatch(/^100 words/);
  });

  test('warns at 101 words, saying the limit', () => {
    const check = run({ kind: 'request-cold', body: requestOfWords(101) }).byId('length');
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/^101 words: cut it to 100 or fewer/);
  });

  test('holds to 75 words with the stricter setting', () => {
    expect(
      run({ kind: 'request-cold', body: requestOfWords(75), strictLength: true }).byId('length')
        .status,
    ).toBe('pass');
    const check = run({ kind: 'request-cold', body: requestOfWords(76), strictLength: true }).byId(
      'length',
    );
    expect(check.status).toBe('warn');
    expect(check.message).toContain('75 or fewer');
  });
});

describe('checkEmail: length of a thank-you note', () => {
  test('passes at six lines, counting greeting, each sentence and the sign-off', () => {
    expect(countNoteLines(goodNote)).toBe(6);
    const check = run({ kind: 'thank-you', body: goodNote }).byId('length');
    expect(check).toMatchObject({
      status: 'pass',
      guideHref: '/guide/following-up/#keep-it-short',
    });
  });

  test('warns at seven', () => {
    const body = goodNote.replace(
      'I hope we can stay in touch.',
      'I signed up today. I hope we can stay in touch.',
    );
    expect(countNoteLines(body)).toBe(7);
    const check = run({ kind: 'thank-you', body }).byId('length');
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/^7 lines .*keep it to 6/);
  });
});

describe('checkEmail: nothing left to fill in', () => {
  test('passes when no placeholder is left', () => {
    expect(run({ kind: 'request-cold', body: goodRequest }).byId('complete').status).toBe('pass');
  });

  test('names the [Label] and {field} placeholders left in subject or body', () => {
    const check = run({
      kind: 'request-cold',
      subject: 'Hello {contactRole}',
      body: 'Dear [Their name],\n\nHi [Their name].',
    }).byId('complete');
    expect(check.status).toBe('warn');
    expect(check.message).toBe('Fill in or replace {contactRole}, [Their name].');
  });

  test('shortens a long list of placeholders', () => {
    expect(findPlaceholders('[a] [b] {c} [d] [e]')).toEqual(['[a]', '[b]', '{c}', '[d]', '[e]']);
    expect(run({ kind: 'thank-you', body: '[a] [b] {c} [d] [e]' }).byId('complete').message).toBe(
      'Fill in or replace [a], [b], {c} and 2 more.',
    );
  });
});

describe('checkEmail: subject line', () => {
  test('passes with a subject', () => {
    expect(run({ kind: 'thank-you', body: goodNote }).byId('subject').status).toBe('pass');
  });

  test('warns when the subject is empty or only spaces', () => {
    const check = run({ kind: 'thank-you', subject: '   ', body: goodNote }).byId('subject');
    expect(check.status).toBe('warn');
    expect(check.guideHref).toBe('/guide/following-up/#send-a-thank-you-note');
  });
});

describe('checkEmail: the referrer in the first sentence', () => {
  test('passes when the first sentence names the referrer, even with a title such as "Dr."', () => {
    const check = run({
      kind: 'request-referral',
      body: goodRequest,
      fields: { referrerName: 'Dr. Lee' },
    }).byId('referrer');
    expect(check).toMatchObject({ status: 'pass', message: 'Your first sentence names Dr. Lee.' });
  });

  test('warns when the referrer only comes later', () => {
    const body = goodRequest
      .replace('Dr. Lee gave me your name', 'A friend gave me your name')
      .replace('Your path', 'Dr. Lee says your path');
    const check = run({ kind: 'request-referral', body, fields: { referrerName: 'Dr. Lee' } }).byId(
      'referrer',
    );
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/^Name Dr\. Lee in your first sentence/);
  });

  test('asks for the referrer’s name when it is not filled in', () => {
    expect(run({ kind: 'request-referral', body: goodRequest }).byId('referrer')).toMatchObject({
      status: 'warn',
      message: 'Fill in who referred you, and name them in your first sentence.',
    });
  });
});

describe('checkEmail: no job request', () => {
  test('passes a request that asks only for their view', () => {
    expect(run({ kind: 'request-cold', body: goodRequest }).byId('no-job')).toMatchObject({
      status: 'pass',
      message: 'It asks for their view, not for a job.',
    });
  });

  test('warns about a job opening, naming the words', () => {
    const body = goodRequest.replace('what your days are like', 'whether you have a job opening');
    const check = run({ kind: 'request-cold', body }).byId('no-job');
    expect(check.status).toBe('warn');
    expect(check.message).toBe(
      'Mentions “job” and “opening”: ask for their view and advice, not a job.',
    );
  });

  test('catches internships, résumés and CVs, in the subject too', () => {
    expect(findJobWords('Any internships? I attach my Résumé and CV.')).toEqual([
      'internships',
      'résumé',
      'cv',
    ]);
    expect(
      run({
        kind: 'request-known',
        subject: 'Could you pass on my resume?',
        body: goodRequest,
      }).byId('no-job').status,
    ).toBe('warn');
  });

  test('catches an ask to refer, hire or recommend them, or to put in a word, however it is spaced', () => {
    expect(
      findJobWords(
        'Could you refer me for the analyst role? Or hire\nme, recommend me, or put in a good word?',
      ),
    ).toEqual(['refer me', 'hire me', 'recommend me', 'put in a good word']);
    const body = `${goodRequest}\n\nCould you refer me for the analyst role?`;
    expect(run({ kind: 'request-cold', body }).byId('no-job')).toMatchObject({
      status: 'warn',
      message: 'Mentions “refer me”: ask for their view and advice, not a job.',
    });
    // Being referred to them is not a job request.
    expect(findJobWords('Dana referred me to you, and recommended your talk.')).toEqual([]);
  });

  test('points a thank-you note to keeping job requests separate', () => {
    const check = run({
      kind: 'thank-you',
      body: goodNote.replace('I hope', 'Do you have any openings? I hope'),
    }).byId('no-job');
    expect(check).toMatchObject({
      status: 'warn',
      message:
        'Mentions “openings”: keep job requests for a separate message, at least 4 weeks later.',
      guideHref: '/guide/following-up/#keep-job-requests-separate',
    });
  });
});

describe('checkEmail: a specific, short amount of time', () => {
  test('passes a request for 20 minutes', () => {
    expect(run({ kind: 'request-cold', body: goodRequest }).byId('time')).toMatchObject({
      status: 'pass',
      message: 'It asks for 20 minutes: short and specific.',
    });
  });

  test('warns when no amount of time is asked for', () => {
    const body = goodRequest.replace('20 minutes for a phone call', 'some time for a chat');
    expect(run({ kind: 'request-cold', body }).byId('time')).toMatchObject({
      status: 'warn',
      message: 'Ask for a set, short amount of time: 20 to 30 minutes.',
    });
  });

  test('passes anything from 20 to 30 minutes, the length the method asks for', () => {
    for (const ask of ['20 minutes', 'half an hour', '25 minutes', '15–20 minutes'])
      expect(
        run({ kind: 'request-cold', body: goodRequest.replace('20 minutes', ask) }).byId('time')
          .status,
        ask,
      ).toBe('pass');
  });

  test('suggests 20 to 30 minutes when the ask is shorter', () => {
    const body = goodRequest.replace('20 minutes', '10 minutes');
    expect(run({ kind: 'request-cold', body }).byId('time')).toMatchObject({
      status: 'warn',
      message: '10 minutes leaves little room for their story: ask for 20 to 30 minutes.',
    });
  });

  test('warns when the time asked for is long', () => {
    const body = goodRequest.replace('20 minutes', 'an hour');
    const check = run({ kind: 'request-cold', body }).byId('time');
    expect(check.status).toBe('warn');
    expect(check.message).toBe('60 minutes is a lot to ask: 20 to 30 minutes is an easier yes.');
  });

  test('reads amounts in words, ranges and hyphenated forms', () => {
    expect(findTimeAsks('a 20-minute call')).toEqual([20]);
    expect(findTimeAsks('15–20 minutes')).toEqual([20]);
    expect(findTimeAsks('fifteen minutes, half an hour or a quarter of an hour')).toEqual([
      15, 30, 15,
    ]);
    expect(findTimeAsks('1 hour or two hours')).toEqual([60, 120]);
    expect(findTimeAsks('a few minutes')).toEqual([]);
  });
});

describe('checkEmail: ends with a question', () => {
  test('passes when the last sentence before the sign-off is a question', () => {
    expect(run({ kind: 'request-cold', body: goodRequest }).byId('question').status).toBe('pass');
  });

  test('warns when the message ends on a statement', () => {
    const body = goodRequest.replace(
      'at a time that suits you?',
      'at a time that suits you? Thanks for reading.',
    );
    expect(run({ kind: 'request-cold', body }).byId('question').status).toBe('warn');
  });
});

describe('checkEmail: about them more than about you', () => {
  test('passes when "you" comes at least as often as "I"', () => {
    const check = run({ kind: 'request-cold', body: goodRequest }).byId('about-them');
    expect(check.status).toBe('pass');
    expect(check.message).toBe('More about them than about you (“you” 6 times, “I” 6 times).');
  });

  test('does not count the labels of unfilled fields, such as [Who you are, in a few words]', () => {
    const body =
      'Hi,\n\nI am [Who you are, in a few words]. I want [How you would like to meet]. Could you talk?\n\nSam';
    expect(run({ kind: 'request-cold', body }).byId('about-them').message).toContain(
      '“you” 1 time, “I” 2 times',
    );
  });

  test('warns when "I" outnumbers "you", counting "me", "my" and contractions', () => {
    expect(countPerspective("I'm sure my plan suits me, I.e. mine; i think you agree")).toEqual({
      you: 1,
      i: 5,
    });
    const body = goodRequest.replace(
      "I'd love to hear how you got into this work and what your days are like.",
      'I want to learn. I hope to hear from my contacts.',
    );
    const check = run({ kind: 'request-cold', body }).byId('about-them');
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/^More about you than them/);
  });
});

describe('checkEmail: when a thank-you is due', () => {
  const due = (today: string, conversationDate = '2026-11-20') =>
    run({ kind: 'thank-you', body: goodNote, today, fields: { conversationDate } }).byId('due');

  test('asks for the date when there is none', () => {
    expect(due('2026-11-21', '')).toMatchObject({
      status: 'info',
      message: 'Add the date of your conversation to see when this note is due.',
    });
  });

  test('before the conversation, says to send it the same day or within 24 hours', () => {
    expect(due('2026-11-18')).toMatchObject({
      status: 'info',
      message:
        'Your conversation is on Friday 20 November: send this note the same day, or within 24 hours.',
    });
  });

  test('on the day of the conversation, says a same-day note is good', () => {
    expect(due('2026-11-20')).toMatchObject({
      status: 'pass',
      message: 'Send it today: a same-day note is good timing.',
    });
  });

  test('the next day, says it is due within 24 hours', () => {
    expect(due('2026-11-21')).toMatchObject({
      status: 'info',
      message: 'Send it today: a thank-you is due within 24 hours of the conversation.',
    });
  });

  test('two days after, suggests sending it before it is 48 hours late', () => {
    expect(due('2026-11-22')).toMatchObject({
      status: 'warn',
      message:
        'It is more than 24 hours since Friday 20 November: send it today, before it is 48 hours late.',
    });
  });

  test('later, says it is late and to send it anyway', () => {
    expect(due('2026-11-23')).toMatchObject({
      status: 'warn',
      message:
        'This is late: more than 48 hours have passed since Friday 20 November. Send it anyway, today.',
    });
  });

  test('counts days across a month and a clock change', () => {
    expect(due('2027-04-01', '2027-03-30').status).toBe('warn');
    expect(due('2027-04-01', '2027-03-30').message).toContain('Tuesday 30 March');
    expect(due('2026-10-25', '2026-10-24').status).toBe('info');
    expect(due('2026-10-27', '2026-10-24').message).toMatch(/^This is late/);
  });
});

const goodNudge = `Dear Ms. Okafor,

I wrote last week to ask about your work as a transit planner. I know inboxes fill up, so this is one short reminder.

Would you have 20 minutes for a phone call in the next few weeks?

Thank you,
Sam Rivera`;

describe('checkEmail: a nudge when there is no reply', () => {
  test('gets its length, completeness, subject, no-job, time, question and timing checks', () => {
    expect(run({ kind: 'request-nudge', body: goodNudge }).checks.map((check) => check.id)).toEqual(
      ['length', 'complete', 'subject', 'no-job', 'time', 'question', 'when'],
    );
  });

  test('passes a short nudge and points to the guide section on no reply', () => {
    const { checks } = run({ kind: 'request-nudge', body: goodNudge });
    expect(checks.filter((check) => check.status === 'warn')).toEqual([]);
    expect(new Set(checks.map((check) => check.guideHref))).toEqual(
      new Set(['/guide/asking/#if-they-do-not-reply']),
    );
  });

  test('holds it to 75 words, shorter than a request', () => {
    const long = goodNudge.replace('I know', `${'really '.repeat(40)}I know`);
    const check = run({ kind: 'request-nudge', body: long }).byId('length');
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/cut it to 75 or fewer/);
  });

  test('says when to send it and that it is the only one, with the method’s waits', () => {
    expect(run({ kind: 'request-nudge', body: goodNudge }).byId('when')).toMatchObject({
      status: 'info',
      message:
        'Send it 7 days after your request, if no reply has come. It is your only nudge: if 7 more days pass with no answer, move on to the next name.',
    });
  });

  test('warns about a job request as a request would', () => {
    const body = goodNudge.replace('about your work', 'about a job on your team');
    expect(run({ kind: 'request-nudge', body }).byId('no-job')).toMatchObject({
      status: 'warn',
      message: 'Mentions “job”: ask for their view and advice, not a job.',
    });
  });
});

const goodLinkedInNote = `Hi Ms. Okafor,

I'm a second-year economics student, exploring how people get into city planning. Your path as a transit planner stands out. Would you be open to a short conversation?`;

describe('checkEmail: a LinkedIn connection note', () => {
  test('gets a character count instead of a subject, with completeness, no-job and question', () => {
    expect(
      run({ kind: 'linkedin-note', subject: '', body: goodLinkedInNote }).checks.map(
        (check) => check.id,
      ),
    ).toEqual(['characters', 'complete', 'no-job', 'question']);
  });

  test('passes at 200 characters, line breaks counted, and says it fits any account', () => {
    const body = goodLinkedInNote.padEnd(200, '!');
    expect(run({ kind: 'linkedin-note', subject: '', body }).byId('characters')).toMatchObject({
      status: 'pass',
      message: '200 characters of 200: it fits a connection note on any LinkedIn account.',
      guideHref: '/guide/asking/#a-linkedin-connection-note',
    });
  });

  test('warns at 201 characters, naming the free account’s limit', () => {
    const body = goodLinkedInNote.padEnd(201, '!');
    expect(run({ kind: 'linkedin-note', subject: '', body }).byId('characters')).toMatchObject({
      status: 'warn',
      message:
        '201 characters: cut it to 200. A free LinkedIn account takes no more in a connection note.',
    });
  });

  test('counts an emoji or an accented letter as one character', () => {
    const body = 'é👋'.repeat(100);
    expect(run({ kind: 'linkedin-note', subject: '', body }).byId('characters').status).toBe(
      'pass',
    );
  });
});

/**
 * The live checks beside the composer's preview: what makes a request, a nudge, a LinkedIn note,
 * a thank-you note or a follow-up work, tested on the text the reader actually has (filled in or
 * edited by hand). Each check passes or gives a one-line suggestion, with the guide section that
 * explains it. The numbers come from the method's rules (method-rules.ts), as the guide's do.
 */
import {
  JOB_HELP_AFTER_WEEKS,
  LINKEDIN_NOTE_MAX_CHARACTERS,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NUDGE_AFTER_DAYS,
  NUDGE_MAX_WORDS,
  REQUEST_MAX_WORDS,
  REQUEST_MINUTES,
  REQUEST_STRICT_MAX_WORDS,
  THANK_YOU_HOURS,
  THANK_YOU_MAX_LINES,
} from './method-rules';
import { NUMBER_WORD_PATTERN, readNumber } from './number-words';
import { countWords } from './reading';
import {
  endsWithAbbreviation,
  formatEmailDate,
  parseIsoDate,
  type EmailFields,
} from './email-template';
import { NO_SUBJECT_KINDS, REQUEST_KINDS, type TemplateKind } from './vocabulary';
import { plural } from './plural';

/** The guide sections the checks point to; a site test checks every anchor exists. */
export const GUIDE_SECTIONS = {
  requestContent: {
    href: '/guide/asking/#what-your-request-should-say',
    title: 'What your request should say',
  },
  sampleRequest: { href: '/guide/asking/#a-sample-request', title: 'A sample request' },
  nudge: { href: '/guide/asking/#if-they-do-not-reply', title: 'If they do not reply' },
  linkedinNote: {
    href: '/guide/asking/#a-linkedin-connection-note',
    title: 'A LinkedIn connection note',
  },
  thankYou: { href: '/guide/following-up/#send-a-thank-you-note', title: 'Send a thank-you note' },
  keepItShort: { href: '/guide/following-up/#keep-it-short', title: 'Keep it short' },
  jobsSeparate: {
    href: '/guide/following-up/#keep-job-requests-separate',
    title: 'Keep job requests separate',
  },
  checkIn: {
    href: '/guide/following-up/#send-a-short-update-3-weeks-later',
    title: 'Send a short update 3 weeks later',
  },
  thankReferrer: {
    href: '/guide/following-up/#thank-the-person-who-introduced-you',
    title: 'Thank the person who introduced you',
  },
  jobsLater: {
    href: '/guide/opportunities/#asking-about-jobs-later-and-separately',
    title: 'Asking about jobs, later and separately',
  },
  chooseHow: { href: '/guide/asking/#choose-how-to-ask', title: 'Choose how to ask' },
  followUpOffer: {
    href: '/guide/following-up/#follow-up-on-exactly-what-they-offered',
    title: 'Follow up on exactly what they offered',
  },
} as const;
/** One guide section a check links to. */
export type GuideSection = (typeof GUIDE_SECTIONS)[keyof typeof GUIDE_SECTIONS];

/** The guide section about each kind of email, for the checks that apply to every kind. */
export const KIND_GUIDE: Record<TemplateKind, GuideSection> = {
  'request-cold': GUIDE_SECTIONS.sampleRequest,
  'request-referral': GUIDE_SECTIONS.sampleRequest,
  'request-known': GUIDE_SECTIONS.sampleRequest,
  'linkedin-note': GUIDE_SECTIONS.linkedinNote,
  'request-nudge': GUIDE_SECTIONS.nudge,
  'thank-you': GUIDE_SECTIONS.thankYou,
  'follow-up': GUIDE_SECTIONS.checkIn,
  'referral-update': GUIDE_SECTIONS.thankReferrer,
  'job-search-reconnect': GUIDE_SECTIONS.jobsLater,
  'intro-blurb': GUIDE_SECTIONS.chooseHow,
};

/** The most words a request's body should have (the method's rule); the setting offers the next. */
export const REQUEST_WORD_LIMIT = REQUEST_MAX_WORDS;
/** The stricter word limit for a request, offered as a setting. */
export const STRICT_REQUEST_WORD_LIMIT = REQUEST_STRICT_MAX_WORDS;
/** The most lines a thank-you note should have. */
export const THANK_YOU_LINE_LIMIT = THANK_YOU_MAX_LINES;

/** What a check found: a pass, a suggestion to change something, or something to know. */
export type CheckStatus = 'pass' | 'warn' | 'info';

/** One check's result as the composer shows it. */
export interface EmailCheck {
  /** Stable name of the check, e.g. "no-job". */
  id: string;
  status: CheckStatus;
  /** One line: what is good, or what to change. */
  message: string;
  /** The guide section that explains the rule. */
  guideHref: string;
  /** That section's heading, for the link text. */
  guideTitle: string;
}

/** What the checks read. */
export interface EmailCheckInput {
  kind: TemplateKind;
  subject: string;
  body: string;
  /** The details as filled in; the referrer's name and the conversation date are read from here. */
  fields: Partial<EmailFields>;
  /** Hold a request to 75 words instead of 100. */
  strictLength?: boolean;
  /** The reader's local date today, as an ISO date ("2026-11-21"). */
  today: string;
  /** The locale dates are written in. */
  locale?: string | undefined;
  /** What they offered, from the reader's notes, for a thank-you written from the Conversations page. */
  offered?: string | undefined;
}

/** Splits text into sentences, not after titles such as "Ms." or "Dr.", nor across lines. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => {
      const pieces = line.split(/(?<=[.!?…]["'\u201d\u2019)\]]*)\s+/);
      const merged: string[] = [];
      for (const piece of pieces) {
        const previous = merged.at(-1);
        if (previous !== undefined && endsWithAbbreviation(previous))
          merged[merged.length - 1] = `${previous} ${piece}`;
        else merged.push(piece);
      }
      return merged;
    })
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

const greeting = /^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b/i;

/** Whether a line is a greeting such as "Dear Ms. Okafor," or "Hi Sam,". */
function isGreeting(line: string): boolean {
  const words = countWords(line);
  return (greeting.test(line) && words <= 8) || (line.endsWith(',') && words <= 4);
}

/** Whether a line belongs to a sign-off: short and not a sentence ("Best regards,", "Sam Rivera", "Thanks!"). */
function isSignOffLine(line: string): boolean {
  return countWords(line) <= 5 && !/[.?…]["'\u201d\u2019)]*$/.test(line);
}

/** The parts of a body: greeting line, the message, and the sign-off lines. */
export interface BodyParts {
  greeting?: string | undefined;
  /** The lines between greeting and sign-off, blank lines kept. */
  message: string;
  signOff: string[];
}

/** Separates the greeting line and the sign-off block from the message between them. */
export function splitBody(body: string): BodyParts {
  const lines = body.split(/\r\n|\r|\n/).map((line) => line.trim());
  let start = lines.findIndex((line) => line !== '');
  if (start === -1) return { message: '', signOff: [] };
  let end = lines.length - 1;
  while (end >= start && lines[end] === '') end -= 1;
  const first = lines[start] ?? '';
  const greetingLine = isGreeting(first) ? first : undefined;
  if (greetingLine !== undefined) start += 1;
  const signOff: string[] = [];
  // A sign-off is the short lines at the end, after the last line that reads as a sentence.
  while (end >= start) {
    const line = lines[end] ?? '';
    if (line !== '' && !isSignOffLine(line)) break;
    if (line !== '') signOff.unshift(line);
    end -= 1;
  }
  return {
    greeting: greetingLine,
    message: lines
      .slice(start, end + 1)
      .join('\n')
      .trim(),
    signOff,
  };
}

/** Lines of a note as the reader sees them: each sentence counts as one, plus greeting and sign-off. */
export function countNoteLines(body: string): number {
  const { greeting: greetingLine, message, signOff } = splitBody(body);
  const messageLines = message
    .split('\n')
    .filter((line) => line.trim())
    .reduce((sum, line) => sum + Math.max(1, splitSentences(line).length), 0);
  return (greetingLine ? 1 : 0) + messageLines + signOff.length;
}

/** Placeholders left in the text: `{field}` and `[Label]`, each once, in order. */
export function findPlaceholders(text: string): string[] {
  const found = text.match(/\{[^{}\n]*\}|\[[^[\]\n]{1,60}\]/g) ?? [];
  return [...new Set(found)];
}

// Letter-aware edges, because \b does not see "é" as part of a word ("résumé").
// Asking them to refer, hire or recommend you, or to put in a word, is a job request in any words.
const jobWords =
  /(?<![\p{L}\p{N}])(?:jobs?|openings?|positions?|vacanc(?:y|ies)|internships?|r[eé]sum[eé]s?|cvs?|(?:refer|hire|recommend)\s+me|put\s+in\s+a\s+(?:good\s+)?word)(?![\p{L}\p{N}])/giu;

/** The words that make a message read as a job request ("job", "opening", "résumé"), each once. */
export function findJobWords(text: string): string[] {
  return [
    ...new Set((text.match(jobWords) ?? []).map((word) => word.toLowerCase().replace(/\s+/g, ' '))),
  ];
}

const numberPattern = `\\d{1,3}|${NUMBER_WORD_PATTERN}`;
const amountPattern = new RegExp(
  `\\b(?:(${numberPattern})(?:\\s*(?:-|–|to|or)\\s*(${numberPattern}))?[\\s-]*(minutes?|mins?|hours?|hrs?)\\b|(half[\\s-]+an[\\s-]+hour|half[\\s-]hour|quarter of an hour))`,
  'gi',
);

/** Amounts of time a text asks for, in minutes ("20 minutes", "15–20 min", "half an hour"); ranges count by their upper end. */
export function findTimeAsks(text: string): number[] {
  return [...text.matchAll(amountPattern)].map((match) => {
    const [, low, high, unit, phrase] = match;
    if (phrase) return /quarter/i.test(phrase) ? 15 : 30;
    const amount = readNumber(high ?? low ?? '0') ?? 0;
    return /^h/i.test(unit ?? '') ? amount * 60 : amount;
  });
}

/** How often a text says "you" and "I" (with their other forms). */
export function countPerspective(text: string): { you: number; i: number } {
  const you = text.match(/\b(?:you|your|yours|yourself|yourselves)\b/gi)?.length ?? 0;
  // "i" on its own also counts, for text typed without capitals; "i.e." does not.
  const i = text.match(/\b(?:I(?!\.\w)|me|my|mine|myself)\b/gi)?.length ?? 0;
  return { you, i };
}

/** Whole days from one ISO date to another. */
function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

function check(
  id: string,
  status: CheckStatus,
  message: string,
  section: GuideSection,
): EmailCheck {
  return { id, status, message, guideHref: section.href, guideTitle: section.title };
}

/** "a", "a and b", "a, b and c", quoted. */
function quotedList(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** No placeholder left: every field filled and every `{x}` or `[x]` replaced. */
function checkComplete(subject: string, body: string, section: GuideSection): EmailCheck {
  const left = findPlaceholders(`${subject}\n${body}`);
  if (left.length === 0) return check('complete', 'pass', 'Every detail is filled in.', section);
  const shown =
    left.length > 3
      ? `${left.slice(0, 3).join(', ')} and ${left.length - 3} more`
      : left.join(', ');
  return check('complete', 'warn', `Fill in or replace ${shown}.`, section);
}

function checkSubject(subject: string, section: GuideSection): EmailCheck {
  return subject.trim()
    ? check('subject', 'pass', 'It has a subject line.', section)
    : check('subject', 'warn', 'Add a subject line: it is the first thing they see.', section);
}

function checkRequestLength(body: string, strict: boolean): EmailCheck {
  const limit = strict ? STRICT_REQUEST_WORD_LIMIT : REQUEST_WORD_LIMIT;
  // The whole body counts, greeting and sign-off included: it is all what they read.
  const words = countWords(body);
  return words <= limit
    ? check(
        'length',
        'pass',
        `${plural(words, 'word')}: short enough to read in under a minute.`,
        GUIDE_SECTIONS.requestContent,
      )
    : check(
        'length',
        'warn',
        `${plural(words, 'word')}: cut it to ${limit} or fewer, so it reads in under a minute.`,
        GUIDE_SECTIONS.requestContent,
      );
}

function checkNoteLength(body: string): EmailCheck {
  const lines = countNoteLines(body);
  return lines <= THANK_YOU_LINE_LIMIT
    ? check(
        'length',
        'pass',
        `${plural(lines, 'line')}: short and specific.`,
        GUIDE_SECTIONS.keepItShort,
      )
    : check(
        'length',
        'warn',
        `${plural(lines, 'line')} (a sentence counts as one): keep it to ${THANK_YOU_LINE_LIMIT}.`,
        GUIDE_SECTIONS.keepItShort,
      );
}

function checkReferrer(message: string, referrer: string): EmailCheck {
  const name = referrer.replace(/\s+/g, ' ').trim();
  if (!name)
    return check(
      'referrer',
      'warn',
      'Fill in who referred you, and name them in your first sentence.',
      GUIDE_SECTIONS.requestContent,
    );
  const first = splitSentences(message)[0] ?? '';
  return first.toLowerCase().includes(name.toLowerCase())
    ? check('referrer', 'pass', `Your first sentence names ${name}.`, GUIDE_SECTIONS.requestContent)
    : check(
        'referrer',
        'warn',
        `Name ${name} in your first sentence: a name they know gets your email read.`,
        GUIDE_SECTIONS.requestContent,
      );
}

function checkNoJob(
  subject: string,
  body: string,
  asking: boolean,
  askingSection: GuideSection,
): EmailCheck {
  const words = findJobWords(`${subject}\n${body}`);
  const section = asking ? askingSection : GUIDE_SECTIONS.jobsSeparate;
  if (words.length === 0) {
    const fine = asking
      ? 'It asks for their view, not for a job.'
      : 'No job request: that belongs in a separate message.';
    return check('no-job', 'pass', fine, section);
  }
  const advice = asking
    ? 'ask for their view and advice, not a job'
    : `keep job requests for a separate message, at least ${plural(JOB_HELP_AFTER_WEEKS, 'week')} later`;
  return check('no-job', 'warn', `Mentions ${quotedList(words)}: ${advice}.`, section);
}

/** "20 to 30 minutes": the length the method asks for. */
const requestRange = `${REQUEST_MINUTES.min} to ${REQUEST_MINUTES.max} minutes`;

function checkTimeAsk(message: string, section: GuideSection): EmailCheck {
  const amounts = findTimeAsks(message).filter((minutes) => minutes > 0);
  const fits = amounts.filter(
    (minutes) => minutes >= REQUEST_MINUTES.min && minutes <= REQUEST_MINUTES.max,
  );
  if (fits.length > 0)
    return check(
      'time',
      'pass',
      `It asks for ${plural(Math.max(...fits), 'minute')}: short and specific.`,
      section,
    );
  const longest = Math.max(...amounts);
  if (amounts.length > 0 && longest > REQUEST_MINUTES.max)
    return check(
      'time',
      'warn',
      `${plural(longest, 'minute')} is a lot to ask: ${requestRange} is an easier yes.`,
      section,
    );
  if (amounts.length > 0)
    return check(
      'time',
      'warn',
      `${plural(longest, 'minute')} leaves little room for their story: ask for ${requestRange}.`,
      section,
    );
  return check('time', 'warn', `Ask for a set, short amount of time: ${requestRange}.`, section);
}

function checkEndsWithQuestion(message: string, section: GuideSection): EmailCheck {
  const last = splitSentences(message).at(-1) ?? '';
  return /\?["'\u201d\u2019)]*$/.test(last)
    ? check('question', 'pass', 'It ends with a clear question.', section)
    : check(
        'question',
        'warn',
        `End with a question they can say yes to, such as “Would you have ${REQUEST_MINUTES.min} minutes?”`,
        section,
      );
}

function checkNudgeLength(body: string): EmailCheck {
  const words = countWords(body);
  return words <= NUDGE_MAX_WORDS
    ? check(
        'length',
        'pass',
        `${plural(words, 'word')}: shorter than a request, as a nudge should be.`,
        GUIDE_SECTIONS.nudge,
      )
    : check(
        'length',
        'warn',
        `${plural(words, 'word')}: cut it to ${NUDGE_MAX_WORDS} or fewer. A nudge is a short reminder, not a second request.`,
        GUIDE_SECTIONS.nudge,
      );
}

/** When a nudge goes, and that it is the only one: the method's waits, stated once. */
function checkNudgeTiming(): EmailCheck {
  return check(
    'when',
    'info',
    `Send it ${plural(NUDGE_AFTER_DAYS, 'day')} after your request, if no reply has come. It is your only nudge: if ${plural(MOVE_ON_AFTER_NUDGE_DAYS, 'more day')} pass with no answer, move on to the next name.`,
    GUIDE_SECTIONS.nudge,
  );
}

function checkNoteCharacters(body: string): EmailCheck {
  // LinkedIn counts every character of the note, line breaks included.
  const used = [...body.replace(/\r\n?/g, '\n').trim()].length;
  return used <= LINKEDIN_NOTE_MAX_CHARACTERS
    ? check(
        'characters',
        'pass',
        `${plural(used, 'character')} of ${LINKEDIN_NOTE_MAX_CHARACTERS}: it fits a connection note on any LinkedIn account.`,
        GUIDE_SECTIONS.linkedinNote,
      )
    : check(
        'characters',
        'warn',
        `${plural(used, 'character')}: cut it to ${LINKEDIN_NOTE_MAX_CHARACTERS}. A free LinkedIn account takes no more in a connection note.`,
        GUIDE_SECTIONS.linkedinNote,
      );
}

function checkAboutThem(message: string): EmailCheck {
  const section = GUIDE_SECTIONS.requestContent;
  // Labels of unfilled fields ("[Who you are, in a few words]") are not the reader's words.
  const { you, i } = countPerspective(message.replace(/\{[^{}\n]*\}|\[[^[\]\n]{1,60}\]/g, ' '));
  const counts = `“you” ${plural(you, 'time')}, “I” ${plural(i, 'time')}`;
  return you >= i
    ? check('about-them', 'pass', `More about them than about you (${counts}).`, section)
    : check(
        'about-them',
        'warn',
        `More about you than them (${counts}): turn a sentence toward their work and time.`,
        section,
      );
}

function checkThankYouDue(
  dateValue: string,
  today: string,
  locale: string | undefined,
): EmailCheck {
  const section = GUIDE_SECTIONS.thankYou;
  const conversation = parseIsoDate(dateValue);
  const now = parseIsoDate(today);
  if (!conversation || !now)
    return check(
      'due',
      'info',
      'Add the date of your conversation to see when this note is due.',
      section,
    );
  const day = (offset: number) =>
    formatEmailDate(
      new Date(conversation.getTime() + offset * 86_400_000).toISOString().slice(0, 10),
      locale,
    );
  const { dueWithinHours, lateAfterHours } = THANK_YOU_HOURS;
  const due = `within ${dueWithinHours} hours`;
  // With dates only, the conversation's day and the next are inside 24 hours; the day after
  // that may already be past them, and later days are past 48 hours.
  const lateDay = lateAfterHours / 24;
  const days = daysBetween(conversation, now);
  if (days < 0)
    return check(
      'due',
      'info',
      `Your conversation is on ${day(0)}: send this note the same day, or ${due}.`,
      section,
    );
  if (days === 0)
    return check('due', 'pass', 'Send it today: a same-day note is good timing.', section);
  if (days < lateDay)
    return check(
      'due',
      'info',
      `Send it today: a thank-you is due ${due} of the conversation.`,
      section,
    );
  if (days === lateDay)
    return check(
      'due',
      'warn',
      `It is more than ${dueWithinHours} hours since ${day(0)}: send it today, before it is ${lateAfterHours} hours late.`,
      section,
    );
  return check(
    'due',
    'warn',
    `This is late: more than ${lateAfterHours} hours have passed since ${day(0)}. Send it anyway, today.`,
    section,
  );
}

/** Every check that applies to this kind of email, in the order the composer lists them. */
export function checkEmail(input: EmailCheckInput): EmailCheck[] {
  const { kind, subject, body, fields, strictLength = false, today, locale, offered } = input;
  const { message } = splitBody(body);
  const checks: EmailCheck[] = [];
  const request = REQUEST_KINDS.includes(kind);
  const section = KIND_GUIDE[kind];

  if (request) checks.push(checkRequestLength(body, strictLength));
  if (kind === 'request-nudge') checks.push(checkNudgeLength(body));
  if (kind === 'linkedin-note') checks.push(checkNoteCharacters(body));
  if (kind === 'thank-you') checks.push(checkNoteLength(body));
  checks.push(checkComplete(subject, body, section));
  if (!NO_SUBJECT_KINDS.includes(kind)) checks.push(checkSubject(subject, section));
  if (kind === 'request-referral') checks.push(checkReferrer(message, fields.referrerName ?? ''));
  // A job search is the whole point of the reconnect message; everywhere else a job ask hurts.
  if (kind !== 'job-search-reconnect') {
    const asking = request || kind === 'request-nudge' || kind === 'linkedin-note';
    const askingSection = request ? GUIDE_SECTIONS.requestContent : section;
    checks.push(checkNoJob(subject, body, asking, askingSection));
  }
  // Only a request has to win a stranger's time; a thank-you or an update is rightly about you.
  if (request)
    checks.push(
      checkTimeAsk(message, GUIDE_SECTIONS.requestContent),
      checkEndsWithQuestion(message, GUIDE_SECTIONS.requestContent),
      checkAboutThem(message),
    );
  if (kind === 'request-nudge')
    checks.push(
      checkTimeAsk(message, section),
      checkEndsWithQuestion(message, section),
      checkNudgeTiming(),
    );
  if (kind === 'linkedin-note') checks.push(checkEndsWithQuestion(message, section));
  if (kind === 'thank-you')
    checks.push(checkThankYouDue(fields.conversationDate ?? '', today, locale));
  // Only the reader can tell whether the note answers the offer: a reminder, never a pass.
  if (kind === 'thank-you' && offered)
    checks.push(
      check(
        'offer',
        'info',
        // US style: the sentence's period inside the quotation marks, and never a second one.
        `From your notes, they offered: “${offered}${/[.!?]$/.test(offered) ? '' : '.'}” Say how you will follow up on it.`,
        GUIDE_SECTIONS.followUpOffer,
      ),
    );
  return checks;
}

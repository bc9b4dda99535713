/**
 * One rule for each thing: every page, template, card and question that states one of the
 * method's numbers states the number in src/lib/method-rules.ts (and, for the arc, the sizing
 * rule in src/lib/interview-plan.ts). A statement is a sentence that names the rule's subject (its
 * "words") and an amount in the rule's unit, such as "nudge … 7 days" or "thank-you … 24 hours".
 * The "Sources differ" callouts report the sources' ranges and are left out.
 */
import { describe, expect, test } from 'vitest';
import { planInterview } from '../../../src/lib/interview-plan';
import {
  ARRIVE_EARLY_MINUTES,
  CONFIRM_DAYS_BEFORE,
  CONVERSATIONS_PER_TERM,
  JOB_HELP_AFTER_WEEKS,
  JOIN_VIDEO_EARLY_MINUTES,
  LINKEDIN_NOTE_MAX_CHARACTERS,
  MIN_CONVERSATIONS,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NAMES_PER_CONVERSATION,
  NUDGE_AFTER_DAYS,
  NUDGE_MAX_WORDS,
  OPENING_MINUTES,
  PREPARE_DAYS_BEFORE,
  QUESTIONS_TO_WRITE,
  REQUEST_MAX_WORDS,
  REQUEST_MINUTES,
  REQUEST_STRICT_MAX_WORDS,
  START_MONTHS_BEFORE_GRADUATING,
  THANK_YOU_HOURS,
  THANK_YOU_MAX_LINES,
  UPDATE_AFTER_WEEKS,
} from '../../../src/lib/method-rules';
import { NUMBER_WORD_PATTERN, readNumber } from '../../../src/lib/number-words';
import { PHASES, type Phase } from '../../../src/lib/vocabulary';
import { readerStatements, type Statement } from './support/reader-text';

/** Units an amount can be in. */
type Unit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'character'
  | 'word'
  | 'line'
  | 'question'
  | 'conversation'
  | 'person'
  | 'name';

/** An amount a sentence states, e.g. 7 days. */
interface Amount {
  value: number;
  unit: Unit;
}

const numberPattern = `\\d+|${NUMBER_WORD_PATTERN}`;
const unitPattern =
  'seconds?|minutes?|hours?|days?|weeks?|months?|characters?|words?|lines?|questions?|conversations?|people|persons?|names?';
// "7 days", "20 to 30 minutes", "one or two more names", "7 more days", "a one-minute opening".
const amountPattern = new RegExp(
  `\\b(${numberPattern})(?:\\s*(?:to|–|-|or)\\s*(${numberPattern}))?(?:\\s+(?:more|new|open|extra))?[\\s-]+(${unitPattern})\\b`,
  'gi',
);
const unitOf = (word: string): Unit => {
  const base = word.toLowerCase().replace(/s$/, '');
  return (base === 'people' ? 'person' : base) as Unit;
};
/** Units "a" and "an" can count: "a week", "an hour"; never "a conversation" or "a name". */
const countableByArticle = new Set<Unit>(['second', 'minute', 'hour', 'day', 'week', 'month']);

/** Every amount a sentence states, ranges as both ends. */
function amountsIn(text: string): Amount[] {
  const found: Amount[] = [];
  const halfHour = /\bhalf an hour\b|\bhalf-hour\b/gi;
  for (const [, low = '', high, unitWord = ''] of text
    .replace(halfHour, ' ')
    .matchAll(amountPattern)) {
    const unit = unitOf(unitWord);
    if (/^an?$/i.test(low) && !countableByArticle.has(unit)) continue;
    for (const word of high === undefined ? [low] : [low, high]) {
      const value = readNumber(word);
      if (value !== undefined) found.push({ value, unit });
    }
  }
  for (const phrase of text.match(halfHour) ?? [])
    if (phrase) found.push({ value: 30, unit: 'minute' });
  if (/\bthe day before\b/i.test(text)) found.push({ value: 1, unit: 'day' });
  if (/\bthe same day\b/i.test(text)) found.push({ value: 0, unit: 'day' });
  return found;
}

/** A rule as the content states it. */
interface Rule {
  /** What the rule is, as the test names it. */
  name: string;
  /** The words that show a sentence is about this rule. */
  words: RegExp;
  /** The amounts the sentence may state, by unit; a unit not listed is not this rule's. */
  allowed: Partial<Record<Unit, (statement: Statement) => readonly number[]>>;
  /** Phrases that state some other amount in the same unit, left out before reading amounts. */
  ignore?: RegExp;
  /** Reads the amounts itself, where only a set phrase states the rule ("at least 3 …"). */
  amounts?: (text: string) => Amount[];
}

const plan30 = planInterview(30);
const within = (range: { min: number; max: number }) =>
  Array.from({ length: range.max - range.min + 1 }, (_, index) => range.min + index);
const always =
  (...values: number[]) =>
  () =>
    values;

/** The phase a sentence is about: "their past", "Phase: their future", "to close". */
function phaseOf(text: string): Phase | 'closing' | undefined {
  const named = /\btheir (present|past|future|advice)\b/i.exec(text)?.[1]?.toLowerCase();
  if (named) return named as Phase;
  return /\b(?:to close|the close)\b/i.test(text) ? 'closing' : undefined;
}

const RULES: Rule[] = [
  {
    name: `ask for ${REQUEST_MINUTES.min} to ${REQUEST_MINUTES.max} minutes`,
    words:
      /\b(?:ask(?:s|ed|ing)? for|request|would you have|could we (?:talk|meet)|agreed?|keep to (?:our|it)|how long|spare)\b/i,
    // How long a request takes to read is not how long the conversation lasts.
    ignore: /\b(?:in )?(?:less than|under) a minute\b/gi,
    allowed: {
      minute: always(...within(REQUEST_MINUTES)),
      hour: always(),
    },
  },
  {
    name: `the opening takes about ${OPENING_MINUTES} minute`,
    words: /\b(?:opening|open in|introduce yourself|introduction|about yourself|first minute)\b/i,
    allowed: { minute: always(OPENING_MINUTES), second: always(OPENING_MINUTES * 60) },
  },
  {
    name: `nudge once after ${NUDGE_AFTER_DAYS} days, move on ${MOVE_ON_AFTER_NUDGE_DAYS} days after it`,
    words: /\b(?:nudge|no reply|not replied|haven't (?:replied|answered)|no answer|move on)\b/i,
    allowed: {
      day: always(NUDGE_AFTER_DAYS, MOVE_ON_AFTER_NUDGE_DAYS),
      week: always(...[NUDGE_AFTER_DAYS, MOVE_ON_AFTER_NUDGE_DAYS].map((days) => days / 7)),
    },
  },
  {
    name: `the thank-you within ${THANK_YOU_HOURS.dueWithinHours} hours, late after ${THANK_YOU_HOURS.lateAfterHours}`,
    words: /\bthank-you\b|\bthank you note\b/i,
    // "Return the favor one day" is someday, not a deadline.
    ignore: /(?<!within |after )\b(?:one|some) day\b/gi,
    allowed: {
      hour: always(THANK_YOU_HOURS.dueWithinHours, THANK_YOU_HOURS.lateAfterHours),
      // Only "the same day": a thank-you is never timed in days.
      day: always(0),
    },
  },
  {
    name: `a short update ${UPDATE_AFTER_WEEKS} weeks after the thank-you`,
    words: /\b(?:update|check in|keep (?:you )?posted)\b/i,
    allowed: { week: always(UPDATE_AFTER_WEEKS) },
  },
  {
    name: `ask about job help only separately, at least ${JOB_HELP_AFTER_WEEKS} weeks after`,
    words: /\b(?:jobs?|job search|job hunting|looking for work|reconnect)\b/i,
    allowed: { week: always(JOB_HELP_AFTER_WEEKS) },
  },
  {
    name: `prepare your questions from ${PREPARE_DAYS_BEFORE} days before`,
    words: /\b(?:start|prepar\w*|research)\b.*\bbefore\b/i,
    allowed: { day: always(PREPARE_DAYS_BEFORE) },
  },
  {
    name: `confirm ${CONFIRM_DAYS_BEFORE} day before`,
    words: /\bconfirm/i,
    allowed: { day: always(CONFIRM_DAYS_BEFORE) },
  },
  {
    name: `aim for at least ${MIN_CONVERSATIONS} conversations`,
    words: /\bat least\b/i,
    amounts: (text) =>
      [
        ...text.matchAll(
          new RegExp(`\\bat least (${numberPattern})\\s+(conversations?|people)\\b`, 'gi'),
        ),
      ].map(([, count = '', unit = '']) => ({
        value: readNumber(count) ?? Number.NaN,
        unit: unitOf(unit),
      })),
    allowed: { conversation: always(MIN_CONVERSATIONS), person: always(MIN_CONVERSATIONS) },
  },
  {
    name: `start no later than ${START_MONTHS_BEFORE_GRADUATING} months before graduating`,
    words: /\bgraduat/i,
    allowed: { month: always(START_MONTHS_BEFORE_GRADUATING) },
  },
  {
    name: `each conversation gives ${NAMES_PER_CONVERSATION.min} or ${NAMES_PER_CONVERSATION.max} new names`,
    words: /\b(?:names?|more people)\b/i,
    allowed: {
      name: always(...within(NAMES_PER_CONVERSATION)),
    },
  },
  {
    name: `write at least ${QUESTIONS_TO_WRITE} questions; ask ${plan30.questions.min} to ${plan30.questions.max} in 30 minutes`,
    // Counts for one phase ("pick two questions") follow the plan per phase, not these.
    words: /\b(?:at least|in all|or more|write|written)\b/i,
    allowed: {
      question: ({ text }) =>
        /\b(?:write|written|list)\b/i.test(text) && !/\bask\b/i.test(text)
          ? [QUESTIONS_TO_WRITE]
          : [plan30.questions.min, plan30.questions.max],
    },
  },
  {
    name: `arrive ${ARRIVE_EARLY_MINUTES} minutes early, join a video call ${JOIN_VIDEO_EARLY_MINUTES} minutes early`,
    words: /\bearly\b/i,
    allowed: {
      minute: ({ text }) =>
        /\b(?:join|video|link|call)\b/i.test(text)
          ? [JOIN_VIDEO_EARLY_MINUTES]
          : [ARRIVE_EARLY_MINUTES],
    },
  },
  {
    name: `a request under ${REQUEST_MAX_WORDS} words, a nudge under ${NUDGE_MAX_WORDS}`,
    words: /\b(?:request|nudge|message|email)\b/i,
    allowed: {
      word: ({ text }) =>
        /\bnudge\b/i.test(text) ? [NUDGE_MAX_WORDS] : [REQUEST_MAX_WORDS, REQUEST_STRICT_MAX_WORDS],
    },
  },
  {
    name: `a thank-you of ${THANK_YOU_MAX_LINES} lines or fewer`,
    words: /\b(?:thank-you|note)\b/i,
    allowed: { line: always(THANK_YOU_MAX_LINES) },
  },
  {
    name: `a LinkedIn note of ${LINKEDIN_NOTE_MAX_CHARACTERS} characters`,
    words: /\b(?:linkedin|connection note|note)\b/i,
    allowed: {
      // Premium's larger limit may be named, as long as the advice is the free account's.
      character: ({ text }) =>
        /\bpremium\b/i.test(text)
          ? [LINKEDIN_NOTE_MAX_CHARACTERS, 300]
          : [LINKEDIN_NOTE_MAX_CHARACTERS],
    },
  },
  {
    name: 'the arc of 30 minutes, minutes per part from the sizing rule',
    words: /\btheir (?:present|past|future|advice)\b|\b(?:to close|the close)\b/i,
    allowed: {
      minute: ({ text }) => {
        const phase = phaseOf(text);
        if (phase === 'closing') return [plan30.closingMinutes];
        // A sentence naming the whole length ("for 30 minutes") may say so too.
        return phase ? [plan30.phaseMinutes[phase], plan30.minutes] : [];
      },
    },
  },
];

/** Per term: "about one a term", "one conversation a term". */
const perTerm = new RegExp(`\\b(${numberPattern})\\s+(?:conversation\\s+)?a term\\b`, 'gi');

const statements = readerStatements();

/** The statements that state this rule, each with the amounts it gives in the rule's units. */
function statementsOf(rule: Rule) {
  return statements.flatMap((statement) => {
    // Where a statement is counts too: a template's guidance is about its kind ("thank-you").
    if (!rule.words.test(`${statement.where} ${statement.text}`)) return [];
    const text = rule.ignore ? statement.text.replace(rule.ignore, ' ') : statement.text;
    const amounts = (rule.amounts ?? amountsIn)(text).filter(
      (amount) => amount.unit in rule.allowed,
    );
    return amounts.length > 0 ? [{ statement, amounts }] : [];
  });
}

describe('amountsIn', () => {
  test('reads amounts in digits and words, ranges, and the phrases the guide uses', () => {
    expect(amountsIn('Wait 7 days, then 7 more days.')).toEqual([
      { value: 7, unit: 'day' },
      { value: 7, unit: 'day' },
    ]);
    expect(amountsIn('Ask for 20 to 30 minutes, or half an hour.')).toEqual([
      { value: 20, unit: 'minute' },
      { value: 30, unit: 'minute' },
      { value: 30, unit: 'minute' },
    ]);
    expect(amountsIn('one or two new names, a week, a one-minute opening')).toEqual([
      { value: 1, unit: 'name' },
      { value: 2, unit: 'name' },
      { value: 1, unit: 'week' },
      { value: 1, unit: 'minute' },
    ]);
    expect(amountsIn('Confirm the day before; a conversation is not an amount.')).toEqual([
      { value: 1, unit: 'day' },
    ]);
  });
});

describe('every page, template and card states the method’s rules as method-rules.ts does', () => {
  test('has statements to check', () => {
    expect(statements.length).toBeGreaterThan(500);
    for (const origin of ['guide', 'cards', 'questions', 'templates', 'src/pages/'])
      expect(
        statements.some(({ where }) => where.startsWith(origin)),
        origin,
      ).toBe(true);
  });

  test.each(RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    const found = statementsOf(rule);
    // A rule nobody states cannot disagree; each of these is stated somewhere.
    expect(found.length, `nothing states "${rule.name}"`).toBeGreaterThan(0);
    const disagreeing = found.flatMap(({ statement, amounts }) =>
      amounts.flatMap(({ value, unit }) => {
        const allowed = rule.allowed[unit]?.(statement) ?? [];
        return allowed.includes(value)
          ? []
          : [
              `${statement.where}: "${statement.text}" says ${value} ${unit}(s), the rule allows ${allowed.join(' or ') || 'none'}`,
            ];
      }),
    );
    expect(disagreeing).toEqual([]);
  });

  test(`about ${CONVERSATIONS_PER_TERM} conversation a term, wherever a term is named`, () => {
    const found = statements.flatMap((statement) =>
      [...statement.text.matchAll(perTerm)].map(([, count = '']) => ({
        statement,
        value: readNumber(count),
      })),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(
      found
        .filter(({ value }) => value !== CONVERSATIONS_PER_TERM)
        .map(({ statement }) => `${statement.where}: "${statement.text}"`),
    ).toEqual([]);
  });

  test('the guide states the minutes of every part of the 30-minute arc', () => {
    const arc = statements.filter((statement) => statement.where.startsWith('guide'));
    for (const phase of PHASES) {
      const minutes = plan30.phaseMinutes[phase];
      expect(
        arc.some(
          ({ text }) =>
            phaseOf(text) === phase && new RegExp(`\\babout ${minutes} minutes\\b`).test(text),
        ),
        `${phase}: about ${minutes} minutes`,
      ).toBe(true);
    }
    expect(
      arc.some(({ text }) =>
        new RegExp(`\\babout ${plan30.closingMinutes} minutes\\b.*\\bclose\\b`).test(text),
      ),
    ).toBe(true);
  });
});

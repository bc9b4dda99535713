/**
 * The practice cards in `src/content/cards/cards.yaml`: every card valid against the schema, ids
 * unique and stable, enough cards in each deck, and the situations and questions the drill promises
 * all present.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cardSchema, type Card } from '../../../src/schemas/card';
import { check } from '../../../src/schemas/validate';
import { DECKS, type Deck } from '../../../src/lib/vocabulary';

const entries = parse(
  readFileSync(join(process.cwd(), 'src/content/cards/cards.yaml'), 'utf8'),
) as unknown[];
const idOf = (entry: unknown) =>
  typeof entry === 'object' && entry !== null && 'id' in entry
    ? String(entry.id)
    : JSON.stringify(entry).slice(0, 60);
/** The entries that pass the schema; the schema test names any that do not. */
const cards: Card[] = entries.flatMap((entry) => {
  const result = check(cardSchema, entry);
  return result.success ? [result.data] : [];
});
const deck = (name: Deck) => cards.filter((card) => card.deck === name);

/** Situations the scenarios deck must cover, each found by a pattern on the card prompts. */
const requiredScenarios: [situation: string, prompt: RegExp][] = [
  ['you run over time', /\b(minutes|time) (are|is) up\b/i],
  ['they run over time', /\bthey keep talking past\b.*\btime\b/i],
  ['one-word answers', /\bone-word answers\b/i],
  ['they offer a job lead', /\b(opening|job lead|vacancy)\b.*\bapply\b/i],
  ['they offer to pass on your résumé', /\boffer to (pass|forward)\b.*\brésumé/i],
  ['they decline the request', /\bdecline\b/i],
  ['no reply after 7 days', /\b(7|seven) days\b.*\bhaven’t (answered|replied)\b/i],
  ['they ask for your résumé', /\bask you to send\b.*\byour résumé/i],
  ['they cancel', /\bcancel\b/i],
  ['the call drops', /\bcall drops\b/i],
  ['they are negative about their employer', /\bnegative about their employer\b/i],
  ['they ask what salary you want', /\bwhat salary you\b/i],
  ['you freeze or forget a question', /\b(freeze|forget|blank)\b/i],
  ['they are much more senior than expected', /\bmore senior\b/i],
  ['they invite a colleague', /\bcolleague to join\b/i],
  ['a group setting', /\bgroup\b/i],
  ['the video freezes', /\bvideo freezes\b/i],
  ['the bill at a café', /\bcafé.*\bbill\b/i],
  ['you need to reschedule', /\bcan’t make the time\b/i],
  ['they offer an introduction', /\boffer to introduce\b/i],
  ['a same-day thank-you', /\bevening after your conversation\b.*\bthank-you\b/i],
];

/** Goals the asking deck must cover, each found by a pattern on the prompts. */
const requiredGoals: [goal: string, prompt: RegExp][] = [
  ['time off and vacation', /\btime off and vacation\b/i],
  ['remote and hybrid work', /\bremote and hybrid\b/i],
  ['how the field is changing', /\bhow the field is changing\b/i],
];

/** Questions the answering deck must prepare you for, each found by a pattern on the prompts. */
const requiredAnswers: [question: string, prompt: RegExp][] = [
  ['your one-minute introduction', /\babout yourself\b/i],
  ['what carries over from a past career', /\bbring from your old work\b/i],
  ['what you are looking for', /\bwhat are you looking for\b/i],
  ['why this field', /\bwhy this field\b/i],
  ['what you have done so far', /\bdone so far\b/i],
  ['your strengths', /\bstrengths\b/i],
  ['how can I help', /\bhow can I help\b/i],
  ['have you applied anywhere', /\bapplied anywhere\b/i],
  ['what you know about them', /\bwhat do you know about\b/i],
];

describe('practice cards', () => {
  it.each(entries.map((entry) => ({ id: idOf(entry), entry })))(
    'card $id passes the card schema',
    ({ id, entry }) => {
      const result = check(cardSchema, entry);
      const problems = result.success
        ? ''
        : result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      expect(result.success, `card ${id}: ${problems}`).toBe(true);
    },
  );

  it('gives every card its own id', () => {
    const ids = entries.map(idOf);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
  });

  it('keeps the ids that saved reviews already point to', () => {
    const ids = new Set(cards.map((card) => card.id));
    for (const id of ['learn-a-typical-day', 'thirty-second-intro', 'running-over-time'])
      expect(ids.has(id), id).toBe(true);
  });

  it('has at least 45 cards', () => {
    expect(cards.length).toBeGreaterThanOrEqual(45);
  });

  it.each([
    ['asking', 20],
    ['answering', 10],
    ['scenarios', 15],
  ] as const)('has at least %i cards in the %s deck', (name, minimum) => {
    expect(deck(name).length).toBeGreaterThanOrEqual(minimum);
  });

  it('puts every card in a known deck', () => {
    for (const card of cards) expect(DECKS, card.id).toContain(card.deck);
  });

  it.each(cards.map((card) => ({ id: card.id, card })))(
    'card $id answers in plain text',
    ({ id, card }) => {
      expect(card.answer, `card ${id}: Markdown or HTML`).not.toMatch(
        /^\s*(#|[-*+] |\d+\. |>)|\*\*|<\/?[a-z]|`/m,
      );
    },
  );
});

describe('asking deck', () => {
  it.each(deck('asking').map((card) => ({ id: card.id, card })))(
    'card $id offers two or three questions and a tip',
    ({ id, card }) => {
      const questions = card.answer.match(/\?”/g)?.length ?? 0;
      expect(questions, `card ${id}: questions on the back`).toBeGreaterThanOrEqual(2);
      expect(questions, `card ${id}: questions on the back`).toBeLessThanOrEqual(3);
      expect(card.answer, `card ${id}: tip`).toMatch(/^Tip: /m);
    },
  );

  it.each(deck('asking').map((card) => ({ id: card.id, card })))(
    'card $id names a goal or a phase on its front',
    ({ id, card }) => {
      expect(card.prompt, `card ${id}`).toMatch(/^(Goal|Phase): /);
    },
  );
});

describe('the asking deck covers every goal', () => {
  it.each(requiredGoals)('%s', (_, pattern) => {
    expect(deck('asking').some((card) => pattern.test(card.prompt))).toBe(true);
  });
});

describe('no two cards teach the same question', () => {
  it('asks "Who else should I talk to?" on one card only', () => {
    const whoElse = cards.filter((card) =>
      /“[^”]*\bwho else\b[^”]*\btalk to\?”/i.test(card.answer),
    );
    expect(whoElse.map((card) => card.id)).toEqual(['get-more-names']);
  });

  it('never offers the same question on two cards', () => {
    const seen = new Map<string, string>();
    const repeated = cards.flatMap((card) =>
      [...card.answer.matchAll(/“([^”]+\?)”/g)].flatMap(([, question = '']) => {
        const key = question.toLowerCase();
        const first = seen.get(key);
        seen.set(key, first ?? card.id);
        return first && first !== card.id ? [`${first} and ${card.id}: ${question}`] : [];
      }),
    );
    expect(repeated).toEqual([]);
  });
});

describe('answering deck', () => {
  it.each(requiredAnswers)('prepares you for %s', (_, pattern) => {
    expect(deck('answering').some((card) => pattern.test(card.prompt))).toBe(true);
  });

  it.each(deck('answering').map((card) => ({ id: card.id, card })))(
    'card $id includes a model answer',
    ({ id, card }) => {
      expect(card.answer, `card ${id}`).toMatch(/^Model answer: “/m);
    },
  );
});

describe('scenarios deck', () => {
  it.each(requiredScenarios)('covers the situation: %s', (_, pattern) => {
    expect(deck('scenarios').some((card) => pattern.test(card.prompt))).toBe(true);
  });
});

// Times the question picker's bank filter as a reader types: the real `filterQuestions` from
// src/lib (loaded through Vite, so the TypeScript runs as the browser bundle's does) over a
// synthetic bank of 2,000 questions made from the built bank, one keystroke at a time.
// Run by `npm run bench` (after the build); the goal is to stay within one 16 ms frame.
import { readFileSync } from 'node:fs';
import { percentile, withSourceModules } from './measure.mjs';

const BANK_SIZE = 2000;
const QUERY = 'how did you get started in this field';
const ROUNDS = 30;

/**
 * A bank of `size` questions: the real ones, repeated with varied wording and unique ids.
 * @param {number} size
 */
function syntheticBank(size) {
  const file = /** @type {{ questions: import('../../src/schemas/question').Question[] }} */ (
    JSON.parse(readFileSync('dist/questions/bank.json', 'utf8'))
  );
  const { questions } = file;
  const variations = [
    '',
    ' in your region',
    ' at a small firm',
    ' for someone new',
    ' these days',
    ' in the public sector',
  ];
  return Array.from({ length: size }, (_, index) => {
    const base = questions[index % questions.length];
    if (!base) throw new Error('the built bank is empty');
    const variation = variations[Math.floor(index / questions.length) % variations.length];
    return {
      ...base,
      id: `${base.id}-${index}`,
      text: base.text.replace(/\?$/, `${variation}?`),
      order: index,
    };
  });
}

/** Rows for the bench table. */
export default async function run() {
  return withSourceModules(async (loadModule) => {
    const filter = /** @type {typeof import('../../src/lib/question-filter')} */ (
      await loadModule('/src/lib/question-filter.ts')
    );
    const { indexQuestions, filterQuestions } = filter;
    const bank = syntheticBank(BANK_SIZE);

    const indexStarted = performance.now();
    const index = indexQuestions(bank);
    const indexMs = performance.now() - indexStarted;

    /** @type {number[]} */
    const perKeystroke = [];
    let matches = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let length = 1; length <= QUERY.length; length += 1) {
        const started = performance.now();
        matches = filterQuestions(index, {
          text: QUERY.slice(0, length),
          phase: '',
          topic: '',
        }).length;
        perKeystroke.push(performance.now() - started);
      }
    }
    /** @param {number} value */
    const round2 = (value) => Number(value.toFixed(2));
    return [
      {
        name: `Picker: filter ${BANK_SIZE.toLocaleString('en-US')} questions, median per keystroke`,
        value: round2(percentile(perKeystroke, 50)),
        unit: 'ms',
        note: `p95 ${round2(percentile(perKeystroke, 95))} ms; goal ≤ 16 ms; "${QUERY}" typed ${ROUNDS} times, ${matches} matches at the end`,
      },
      {
        name: `Picker: prepare ${BANK_SIZE.toLocaleString('en-US')} questions for filtering (once a page load)`,
        value: round2(indexMs),
        unit: 'ms',
      },
    ];
  });
}

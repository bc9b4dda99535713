import { describe, expect, test } from 'vitest';
import {
  hasDeterminer,
  indefiniteArticle,
  withIndefiniteArticle,
} from '../../../src/lib/indefinite-article';

describe('indefiniteArticle', () => {
  test.each([
    ['transit planner', 'a'],
    ['urban planner', 'an'],
    ['Urban planner', 'an'],
    ['engineer', 'an'],
    ['office manager', 'an'],
    ['undergraduate advisor', 'an'],
    ['usher', 'an'],
    ['Uber driver', 'an'],
    ['umami chef', 'an'],
    ['umbrella maker', 'an'],
  ])('goes by the first letter for ordinary words: %s → %s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  test.each([
    ['university lecturer', 'a'],
    ['user researcher', 'a'],
    ['unit manager', 'a'],
    ['union organizer', 'a'],
    ['European policy officer', 'a'],
    ['one-person design studio owner', 'a'],
    ['usability tester', 'a'],
    ['UK policy officer', 'a'],
    ['urologist', 'a'],
    ['Ukrainian policy analyst', 'a'],
  ])('says "a" where a vowel letter sounds like "you" or "w": %s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  test.each([
    ['hour-long podcast host', 'an'],
    ['honorary fellow', 'an'],
    ['honest broker', 'an'],
    ['hospital pharmacist', 'a'],
  ])('says "an" before a silent h only: %s → %s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });

  test.each([
    ['UX researcher', 'a'],
    ['MBA student', 'an'],
    ['HR partner', 'an'],
    ['NGO director', 'an'],
    ['SEO specialist', 'an'],
    ['PhD candidate', 'a'],
    ['MSc student', 'an'],
    ['CEO', 'a'],
    ['IT manager', 'an'],
    ['NASA engineer', 'a'],
    ['UNICEF officer', 'a'],
  ])(
    'goes by the sound of the first letter for letters said one by one: %s → %s',
    (phrase, article) => {
      expect(indefiniteArticle(phrase)).toBe(article);
    },
  );

  test.each([
    ['8-person team lead', 'an'],
    ['18-month fellow', 'an'],
    ['2nd-year resident', 'a'],
    ['x-ray technician', 'an'],
  ])('reads numbers and letters as said: %s → %s', (phrase, article) => {
    expect(indefiniteArticle(phrase)).toBe(article);
  });
});

describe('hasDeterminer', () => {
  test.each(['a UX researcher', 'an urban planner', 'the head of design', 'The head of design'])(
    'sees the article in "%s"',
    (phrase) => {
      expect(hasDeterminer(phrase)).toBe(true);
    },
  );

  test.each(['their lead engineer', 'one of the founders', 'Acme’s head of design', "Acme's CTO"])(
    'sees the determiner or possessive in "%s"',
    (phrase) => {
      expect(hasDeterminer(phrase)).toBe(true);
    },
  );

  test.each([
    'UX researcher',
    'head of design',
    'anthropologist',
    'theater director',
    'one-person studio owner',
  ])('sees none in "%s", even when a word starts like one', (phrase) => {
    expect(hasDeterminer(phrase)).toBe(false);
  });
});

describe('withIndefiniteArticle', () => {
  test('adds the article a role typed without one needs', () => {
    expect(withIndefiniteArticle('UX researcher')).toBe('a UX researcher');
    expect(withIndefiniteArticle('urban planner')).toBe('an urban planner');
    expect(withIndefiniteArticle('head of design')).toBe('a head of design');
  });

  test('leaves a role that has its article or determiner as typed, trimmed', () => {
    expect(withIndefiniteArticle('a UX researcher')).toBe('a UX researcher');
    expect(withIndefiniteArticle(' an urban planner ')).toBe('an urban planner');
    expect(withIndefiniteArticle('the head of design')).toBe('the head of design');
  });

  test('leaves an empty role empty', () => {
    expect(withIndefiniteArticle('   ')).toBe('');
  });
});

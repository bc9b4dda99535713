/**
 * The email templates in `src/content/templates/`: one file per kind, each valid against the
 * schema, and each passing the rules the composer checks live once its fields are filled in with
 * the example values the composer shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { templateSchema, type Template } from '../../../src/schemas/template';
import { check } from '../../../src/schemas/validate';
import { checkEmail, splitBody, splitSentences as sentences } from '../../../src/lib/email-checks';
import {
  fillTemplate,
  fillText,
  templateFields,
  type EmailFields,
} from '../../../src/lib/email-template';
import {
  LINKEDIN_NOTE_MAX_CHARACTERS,
  MOVE_ON_AFTER_NUDGE_DAYS,
  NUDGE_AFTER_DAYS,
  NUDGE_MAX_WORDS,
  REQUEST_MAX_WORDS,
  THANK_YOU_MAX_LINES,
} from '../../../src/lib/method-rules';
import { countWords } from '../../../src/lib/reading';
import {
  NO_SUBJECT_KINDS,
  REQUEST_KINDS,
  TEMPLATE_FIELD_LABELS,
  TEMPLATE_FIELDS,
  TEMPLATE_KINDS,
} from '../../../src/lib/vocabulary';

const dir = join(process.cwd(), 'src/content/templates');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const raw = files.map((file) => ({
  file,
  data: parse(readFileSync(join(dir, file), 'utf8')) as unknown,
}));
/** The files that pass the schema; the schema test names any that do not. */
const templates: { file: string; template: Template }[] = raw.flatMap(({ file, data }) => {
  const result = check(templateSchema, data);
  return result.success ? [{ file, template: result.data }] : [];
});
const byKind = new Map(templates.map(({ template }) => [template.kind, template]));
const requests = templates.filter(({ template }) => REQUEST_KINDS.includes(template.kind));

const known = new Set<string>(TEMPLATE_FIELDS);

/** The example the composer shows for each field, as the reader's details. */
const exampleFields = Object.fromEntries(
  TEMPLATE_FIELDS.map((field) => [field, TEMPLATE_FIELD_LABELS[field].example]),
) as EmailFields;

/** Fills template text with the examples, through the composer's own fill function. */
function fillWithExamples(text: string): string {
  return fillText(text, exampleFields, { locale: 'en-GB' });
}

/** The blocks of a body, split on blank lines. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** The message between the greeting and the sign-off, as the composer's checks see it. */
function message(body: string): string {
  return splitBody(body).message;
}

const forbiddenInRequests =
  /\b(jobs?|openings?|positions?|vacanc(?:y|ies)|internships?|r[eé]sum[eé]s?|cvs?)\b/i;

describe('email templates', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(raw)('$file passes the template schema', ({ file, data }) => {
    const result = check(templateSchema, data);
    const problems = result.success
      ? ''
      : result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    expect(result.success, `${file}: ${problems}`).toBe(true);
  });

  it('has exactly one template for each kind, named after its kind', () => {
    const kinds = templates.map(({ template }) => template.kind).sort();
    expect(kinds).toEqual([...TEMPLATE_KINDS].sort());
    for (const { file, template } of templates)
      expect(file, `${file} holds ${template.kind}`).toBe(`${template.kind}.yaml`);
  });

  it.each(templates.filter(({ template }) => !NO_SUBJECT_KINDS.includes(template.kind)))(
    '$file has a subject line',
    ({ template }) => {
      expect(template.subject.trim().length).toBeGreaterThan(0);
    },
  );

  it.each(templates.filter(({ template }) => NO_SUBJECT_KINDS.includes(template.kind)))(
    '$file, sent outside email, has no subject line',
    ({ template }) => {
      expect(template.subject).toBe('');
    },
  );

  it.each(templates)(
    '$file uses only the known {field} names, in subject and body',
    ({ file, template }) => {
      for (const text of [template.subject, template.body]) {
        const names = [...text.matchAll(/\{([^{}]*)\}/g)].map(([, name]) => name);
        const unknown = names.filter((name) => !known.has(name ?? ''));
        expect(unknown, `${file}: unknown fields`).toEqual([]);
        expect(fillWithExamples(text), `${file}: stray brace after filling`).not.toMatch(/[{}]/);
      }
    },
  );

  it.each(templates)(
    '$file has nothing left to fill in once every field it uses has a value',
    ({ file, template }) => {
      const fields = Object.fromEntries(
        templateFields(template).map((field) => [field, exampleFields[field]]),
      );
      const email = fillTemplate(template, fields);
      expect(`${email.subject}\n${email.body}`, file).not.toMatch(/[[\]{}]/);
    },
  );

  it.each(templates)(
    '$file passes every check the composer runs on it, filled with the examples',
    ({ file, template }) => {
      const email = fillTemplate(template, exampleFields, { locale: 'en-GB' });
      // The day after the example conversation, when a thank-you note is due.
      const checks = checkEmail({
        kind: template.kind,
        ...email,
        fields: exampleFields,
        today: '2026-11-21',
        locale: 'en-GB',
      });
      const warnings = checks
        .filter((check) => check.status === 'warn')
        .map((check) => `${check.id}: ${check.message}`);
      expect(warnings, file).toEqual([]);
    },
  );

  it.each(templates)(
    '$file keeps its body as plain text with blank lines between paragraphs',
    ({ file, template }) => {
      expect(template.body, `${file}: Markdown or HTML in the body`).not.toMatch(/[*_#<>`]/);
      expect(paragraphs(template.body).length, `${file}: one block only`).toBeGreaterThan(1);
    },
  );
});

describe('details as the reader brings them', () => {
  /** A point picked from the notes on the Conversations page, written as a note is. */
  const note = 'Take a statistics course before applying';
  const usingHelpfulThing = templates.filter(({ template }) =>
    template.body.includes('{helpfulThing}'),
  );

  it('has templates that mention the thing that helped', () => {
    expect(usingHelpfulThing.length).toBeGreaterThan(0);
  });

  it.each(usingHelpfulThing)(
    '$file takes a note picked from the notes as written, after a colon',
    ({ file, template }) => {
      const body = fillText(template.body, { ...exampleFields, helpfulThing: note });
      expect(body, file).toContain(`: ${note}.`);
    },
  );

  it('the thank-you, with a note as its point, passes the composer’s checks', () => {
    const template = byKind.get('thank-you')!;
    const fields = { ...exampleFields, helpfulThing: `${note}.` };
    const email = fillTemplate(template, fields, { locale: 'en-GB' });
    expect(email.body).toContain(`I'm already planning how to act on it: ${note}.\n`);
    const warnings = checkEmail({
      kind: 'thank-you',
      ...email,
      fields,
      today: '2026-11-21',
      locale: 'en-GB',
    }).filter((check) => check.status === 'warn');
    expect(warnings).toEqual([]);
  });

  it.each(templates.filter(({ template }) => template.body.includes('{contactRole}')))(
    '$file puts their role where an article reads, and writes one before a role typed without',
    ({ file, template }) => {
      for (const text of [template.subject, template.body])
        for (const [, before] of text.matchAll(/(\S+) \{contactRole\}/g))
          expect(before, `${file}: "${before} {contactRole}"`).toMatch(/^(?:as|becoming)$/);
      const body = fillText(template.body, { ...exampleFields, contactRole: 'UX researcher' });
      expect(body, file).toMatch(/\b(?:as|becoming) a UX researcher\b/);
    },
  );

  it.each(templates)(
    '$file names each person at most once in its message, besides the greeting',
    ({ file, template }) => {
      const afterGreeting = template.body.split('\n').slice(1).join('\n');
      for (const field of ['contactName', 'referrerName'])
        expect(
          afterGreeting.split(`{${field}}`).length - 1,
          `${file}: {${field}} in the message`,
        ).toBeLessThanOrEqual(1);
    },
  );
});

describe('requests for a conversation', () => {
  it('covers all three request kinds', () => {
    expect(requests.map(({ template }) => template.kind).sort()).toEqual([...REQUEST_KINDS].sort());
  });

  it.each(requests)(
    `$file is ${REQUEST_MAX_WORDS} words or fewer once filled in`,
    ({ file, template }) => {
      const words = countWords(fillWithExamples(template.body));
      expect(words, `${file}: ${words} words`).toBeLessThanOrEqual(REQUEST_MAX_WORDS);
    },
  );

  it.each(requests)(
    '$file ends its message with a question before the sign-off',
    ({ file, template }) => {
      const last = sentences(message(fillWithExamples(template.body))).at(-1) ?? '';
      expect(last, `${file}: last sentence`).toMatch(/\?$/);
    },
  );

  it.each(requests)(
    '$file never mentions a job, opening, position, vacancy, internship or resume',
    ({ file, template }) => {
      const text = `${fillWithExamples(template.subject)}\n${fillWithExamples(template.body)}`;
      expect(forbiddenInRequests.exec(text)?.[0], `${file}: forbidden word`).toBeUndefined();
    },
  );

  it.each(requests)(
    '$file makes a short, specific ask: how long and how to meet',
    ({ file, template }) => {
      expect(template.body, file).toContain('{meetingLength}');
      expect(template.body, file).toContain('{meetingMode}');
    },
  );

  it.each(requests)('$file says who you are and what you are exploring', ({ file, template }) => {
    expect(template.body, file).toContain('{yourSituation}');
    expect(template.body, file).toContain('{learnGoal}');
  });

  it.each(requests)('$file talks more about them than about you', ({ file, template }) => {
    const text = fillWithExamples(message(template.body));
    const them = text.match(/\b(you|your|yours|yourself)\b/gi)?.length ?? 0;
    const me = text.match(/\b(I|I'm|I'd|I've|I'll|me|my|mine|myself)\b/gi)?.length ?? 0;
    expect(them, `${file}: "you" ${them} times, "I" ${me} times`).toBeGreaterThanOrEqual(me);
  });

  it('names the referrer in the first sentence of the referral request', () => {
    const template = byKind.get('request-referral');
    expect(template).toBeDefined();
    const first = sentences(message(fillWithExamples(template!.body)))[0] ?? '';
    expect(first).toContain(TEMPLATE_FIELD_LABELS.referrerName.example);
  });
});

describe('thank-you note', () => {
  const template = byKind.get('thank-you');

  it('exists', () => {
    expect(template).toBeDefined();
  });

  it(`is ${THANK_YOU_MAX_LINES} lines or fewer, greeting and sign-off included`, () => {
    const lines = fillWithExamples(template!.body)
      .split('\n')
      .filter((line) => line.trim());
    expect(lines.length, lines.join('\n')).toBeLessThanOrEqual(THANK_YOU_MAX_LINES);
  });

  it('names the one thing that helped most', () => {
    expect(template!.body).toContain('{helpfulThing}');
  });

  it('asks to stay in touch and offers to return the favor', () => {
    expect(template!.body).toMatch(/\b(stay|keep) in touch\b/i);
    expect(template!.body).toMatch(/\breturn the favou?r\b/i);
  });
});

describe('nudge when there is no reply', () => {
  const template = byKind.get('request-nudge');

  it('exists', () => {
    expect(template).toBeDefined();
  });

  it(`is ${NUDGE_MAX_WORDS} words or fewer once filled in, shorter than any request`, () => {
    const words = countWords(fillWithExamples(template!.body));
    expect(words).toBeLessThanOrEqual(NUDGE_MAX_WORDS);
    for (const { template: request } of requests)
      expect(words, request.kind).toBeLessThan(countWords(fillWithExamples(request.body)));
  });

  it('asks again for a short, set time and ends with a question', () => {
    expect(template!.body).toContain('{meetingLength}');
    const last = sentences(message(fillWithExamples(template!.body))).at(-1) ?? '';
    expect(last).toMatch(/\?$/);
  });

  it('never mentions a job, opening, position, vacancy, internship or résumé', () => {
    const text = `${fillWithExamples(template!.subject)}\n${fillWithExamples(template!.body)}`;
    expect(forbiddenInRequests.exec(text)?.[0]).toBeUndefined();
  });

  it('says when to send it and when to move on, with the method’s waits', () => {
    expect(template!.guidance).toContain(`${NUDGE_AFTER_DAYS} days after your request`);
    expect(template!.guidance).toContain(`${MOVE_ON_AFTER_NUDGE_DAYS} more days`);
    expect(template!.guidance).toMatch(/one nudge only/i);
  });

  it('fits a request made by email, by phone or in person: it never says it was written', () => {
    expect(fillWithExamples(template!.body)).not.toMatch(/\b(?:wrote|emailed|my email|inbox)/i);
  });
});

describe('LinkedIn connection note', () => {
  const template = byKind.get('linkedin-note');

  it('exists', () => {
    expect(template).toBeDefined();
  });

  it(`fits LinkedIn's ${LINKEDIN_NOTE_MAX_CHARACTERS} characters once filled in, line breaks counted`, () => {
    const note = fillWithExamples(template!.body).trim();
    expect([...note].length, note).toBeLessThanOrEqual(LINKEDIN_NOTE_MAX_CHARACTERS);
  });

  it('keeps its own words to half the limit, leaving the rest for the details', () => {
    const ownWords = template!.body.replace(/\{[a-zA-Z]+\}/g, '').trim();
    expect([...ownWords].length).toBeLessThanOrEqual(LINKEDIN_NOTE_MAX_CHARACTERS / 2);
  });

  it('says who you are and what you are exploring, and ends with a question', () => {
    expect(template!.body).toContain('{yourSituation}');
    expect(template!.body).toContain('{learnGoal}');
    const last = sentences(message(fillWithExamples(template!.body))).at(-1) ?? '';
    expect(last).toMatch(/\?$/);
  });

  it('states the limit it keeps to in its guidance', () => {
    expect(template!.guidance).toContain(`${LINKEDIN_NOTE_MAX_CHARACTERS} characters`);
  });
});

import { describe, expect, test } from 'vitest';
import { orderHead } from '../../../src/lib/head-order';

const CSP =
  "<meta http-equiv=\"content-security-policy\" content=\"default-src 'self'; script-src 'self' 'sha256-abc='\">";
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('orderHead', () => {
  test('moves the policy from the end of the head to right after the charset', () => {
    const html = page(
      `<meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/x.css">${CSP}<link rel="stylesheet" href="/a.css">`,
      '<main>Hi</main>',
    );
    expect(orderHead(html)).toBe(
      page(
        `<meta charset="utf-8">${CSP}<title>T</title><link rel="stylesheet" href="/x.css"><link rel="stylesheet" href="/a.css">`,
        '<main>Hi</main>',
      ),
    );
  });

  test('lifts the islands’ style out of the body into the head, after the policy', () => {
    const html = page(
      `<meta charset="utf-8"><title>T</title>${CSP}`,
      `<main><p>Intro</p>${ISLAND_STYLE}<script>island()</script><astro-island></astro-island></main>`,
    );
    expect(orderHead(html)).toBe(
      page(
        `<meta charset="utf-8">${CSP}${ISLAND_STYLE}<title>T</title>`,
        '<main><p>Intro</p><script>island()</script><astro-island></astro-island></main>',
      ),
    );
  });

  test('leaves the page alone when there is nothing to move, or no head to move it to', () => {
    const plain = page('<meta charset="utf-8"><title>T</title>', '<p>Hi</p>');
    expect(orderHead(plain)).toBe(plain);
    const fragment = `<p>${ISLAND_STYLE}</p>`;
    expect(orderHead(fragment)).toBe(fragment);
  });

  test('keeps a policy that is already first, and never takes one from the body', () => {
    const html = page(`<meta charset="utf-8">${CSP}<title>T</title>`, `<pre>${CSP}</pre>`);
    expect(orderHead(html)).toBe(html);
  });
});

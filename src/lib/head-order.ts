/**
 * Puts a rendered page's head in the order HTML and the content security policy want. Astro
 * writes its CSP `<meta>` at the end of `<head>`, after the layout's own tags, and writes the
 * islands' `<style>astro-island…{display:contents}</style>` in `<body>` just before the first
 * island. A policy in a `<meta>` covers only what comes after it, and a `<style>` belongs in
 * `<head>`, so both move up: the policy right after the charset, the island style right after
 * the policy. Nothing else changes, so the policy's hashes still match.
 */

const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const ISLAND_STYLE = /<style>astro-island,[^<]*<\/style>/;

/** The page with its CSP `<meta>` first after the charset and the island style in `<head>`. */
export function orderHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  const charset = CHARSET.exec(html);
  if (headEnd < 0 || !charset || charset.index > headEnd) return html;

  const moved: string[] = [];
  let rest = html;
  const csp = CSP_META.exec(rest);
  if (csp && csp.index < headEnd) {
    moved.push(csp[0]);
    rest = rest.slice(0, csp.index) + rest.slice(csp.index + csp[0].length);
  }
  const islandStyle = ISLAND_STYLE.exec(rest);
  if (islandStyle) {
    moved.push(islandStyle[0]);
    rest = rest.slice(0, islandStyle.index) + rest.slice(islandStyle.index + islandStyle[0].length);
  }
  if (moved.length === 0) return html;

  const charsetNow = CHARSET.exec(rest) ?? charset;
  const insertAt = charsetNow.index + charsetNow[0].length;
  return rest.slice(0, insertAt) + moved.join('') + rest.slice(insertAt);
}

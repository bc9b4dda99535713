/** Safe file names for what readers download, made from names they typed. */

/**
 * A name as a file-name slug: plain lowercase letters and digits joined by hyphens, accents
 * dropped, at most 60 characters; empty if nothing usable is left ("Zoë (2) <b>" → "zoe-2-b").
 */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

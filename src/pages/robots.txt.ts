/**
 * robots.txt: every page may be crawled, and the XML sitemap is at the site's own address
 * (from `site` in astro.config.mjs, i.e. SITE_URL when deploying).
 */
import type { APIRoute } from 'astro';

/** The file, written at build time. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

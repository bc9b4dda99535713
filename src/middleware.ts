/**
 * Every HTML page Astro renders (at build time, and in `astro dev`) passes through here once, to
 * put its head in order: the content security policy first, the islands' style in `<head>`
 * (see `src/lib/head-order.ts`). Other responses (the JSON data files) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { orderHead } from './lib/head-order';

/** Reorders the head of each rendered HTML page. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(orderHead(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});

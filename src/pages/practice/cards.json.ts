/**
 * The practice cards as JSON, in the order they are written (new cards are introduced in that
 * order). The practice page fetches this instead of carrying every card in its HTML.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const cards = (await getCollection('cards'))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order)
    .map(({ id, deck, prompt, answer }) => ({ id, deck, prompt, answer }));
  return new Response(JSON.stringify({ cards }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

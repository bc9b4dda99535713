/**
 * The whole question bank as JSON: an open download for readers, and the source of the
 * per-question search records the Pagefind integration adds after the build.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortByPhase } from '../../lib/question-bank';

export const GET: APIRoute = async () => {
  const questions = sortByPhase((await getCollection('questions')).map((entry) => entry.data));
  return new Response(JSON.stringify({ questions }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

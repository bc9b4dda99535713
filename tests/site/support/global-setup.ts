/**
 * Serves the built site once for all site tests, with the project's own static server over
 * `dist/` on a free localhost port (so the tests run even while `npm start` is serving). Tests
 * read the address with `inject('baseURL')`.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error(
      'The site tests need a built site with its search index: run `npm run build` first.',
    );
  }
  const server = await serveDist('dist');
  project.provide('baseURL', server.url);
  return () => server.close();
}

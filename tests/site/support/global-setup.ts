/**
 * Serves the built site once for all site tests: Astro's own preview server over `dist/`, on a
 * free localhost port. Tests read the address with `inject('baseURL')`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** A port nothing is listening on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) {
    throw new Error('The site tests need a built site with its search index: run `npm run build` first.');
  }
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // `astro preview` in its own process, on the same Node as the tests.
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitUntilServing(baseURL, server);
  project.provide('baseURL', baseURL);
  return async () => {
    server.kill();
  };
}

/** Resolves once the server answers; fails if it exits or takes longer than 30 s. */
async function waitUntilServing(url: string, server: ReturnType<typeof spawn>) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(200);
  }
  server.kill();
  throw new Error(`astro preview did not answer at ${url} within 30 s`);
}

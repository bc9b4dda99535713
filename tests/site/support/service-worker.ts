/**
 * Helpers for the offline tests: waiting for the service worker, and a second copy of the
 * built site that can be "deployed" again while a browser has the first one open.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDist } from '../../../scripts/serve-dist.mjs';
import { writeServiceWorker } from '../../../src/integrations/offline';
import { DIST } from './dist';

/** Context options that let the offline service worker run (openContext blocks it). */
export const WITH_SERVICE_WORKER = { serviceWorkers: 'allow' } as const;

/** Waits until the page is controlled by an active worker, i.e. the whole site is precached. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** A copy of the built site served on its own port, which a test can deploy a new version of. */
export interface DeployableSite {
  url: string;
  /** Changes a page and rebuilds the worker, as the next `npm run build` and upload would. */
  deployNewVersion: (note: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Copies `dist/` and serves the copy. */
export async function deployableSite(): Promise<DeployableSite> {
  const root = mkdtempSync(join(tmpdir(), 'iik-deploy-'));
  cpSync(DIST, root, { recursive: true });
  const server = await serveDist(root);
  return {
    url: server.url,
    deployNewVersion: async (note) => {
      writeFileSync(join(root, 'privacy', 'index.html'), `<!-- ${note} -->`, { flag: 'a' });
      await writeServiceWorker(root);
    },
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

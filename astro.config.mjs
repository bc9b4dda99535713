// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offlineSupport } from './src/integrations/offline.ts';

// The site's public address, used for the sitemap and canonical links. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://informational-interview-kit.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // The offline step precaches the finished site, so it runs after the Pagefind index is written.
  integrations: [mdx(), preact(), sitemap(), pagefindIndex(), offlineSupport()],
  devToolbar: { enabled: false },
  vite: {
    // No <link rel="modulepreload"> for code loaded with import(): Vite adds one per chunk the
    // part needs, in the task that asks for it, and on the privacy page (every tool's store at
    // once) inserting those links was its longest task. The browser fetches the same chunks as
    // it reads the part's imports, from this server or the offline copy. Astro sets Vite's
    // option for the browser build itself, so it is changed where that build is configured.
    plugins: [
      {
        name: 'iik:no-module-preload',
        configEnvironment: (name) =>
          name === 'client' ? { build: { modulePreload: false } } : undefined,
      },
    ],
  },
  security: {
    csp: {
      // Nothing is ever fetched from another origin. Pagefind compiles WebAssembly and runs its
      // search in a worker started from a blob URL.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});

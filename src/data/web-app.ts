/**
 * What the kit needs to install on a phone and work offline: the short name, the colors the
 * phone paints around it, its icons and where its service worker lives. The manifest
 * (`src/pages/manifest.webmanifest.ts`), the icon script (`scripts/make-icons.mjs`), the
 * offline integration and the update notice read these. This file imports nothing, so the icon
 * script can load it with Node alone.
 */

/** The name under the icon on a home screen, where the full name would be cut. */
export const SITE_SHORT_NAME = 'Interview Kit';

/** The page background and toolbar colors in light and dark mode (as in `global.css`). */
export const APP_COLORS = {
  light: { background: '#fbf9f4', theme: '#fbf9f4' },
  dark: { background: '#15171b', theme: '#15171b' },
} as const;

/** An icon made from `public/favicon.svg` by `scripts/make-icons.mjs`. */
export interface AppIcon {
  /** Where it is served from, under `public/`. */
  src: string;
  /** Its width and height in pixels. */
  size: number;
  /**
   * `any`: the favicon as drawn, rounded corners and all. `maskable`: filled to the edges with
   * the mark inside the middle 80%, so a phone can cut it to any shape.
   */
  purpose: 'any' | 'maskable';
  /** Whether the web app manifest lists it (the Apple touch icon is linked from the page). */
  inManifest: boolean;
}

/** Every icon the site ships. */
export const APP_ICONS: readonly AppIcon[] = [
  { src: '/icons/icon-192.png', size: 192, purpose: 'any', inManifest: true },
  { src: '/icons/icon-512.png', size: 512, purpose: 'any', inManifest: true },
  { src: '/icons/icon-maskable-512.png', size: 512, purpose: 'maskable', inManifest: true },
  // iOS puts its own rounded mask on home screen icons and paints transparent corners black.
  { src: '/icons/apple-touch-icon.png', size: 180, purpose: 'maskable', inManifest: false },
];

/** Where the service worker is served; its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

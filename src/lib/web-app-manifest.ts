/**
 * The web app manifest: what a phone needs to install the kit as an app (name, colors, icons,
 * where it starts and what it covers). Built from the site's data by
 * `src/pages/manifest.webmanifest.ts`.
 */
import type { AppIcon } from '../data/web-app';

/** The site's details the manifest is made from. */
export interface WebAppDetails {
  name: string;
  shortName: string;
  description: string;
  colors: {
    light: { background: string; theme: string };
    dark: { background: string; theme: string };
  };
  icons: readonly AppIcon[];
}

/** One icon as the manifest lists it. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

/** The manifest's members, as the spec names them. */
export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  /** The colors a phone in dark mode uses instead (the manifest spec's `color_scheme_dark`). */
  color_scheme_dark: { background_color: string; theme_color: string };
  categories: string[];
  icons: ManifestIcon[];
}

/** The manifest for the whole site: it opens on the home page and covers every page. */
export function webAppManifest(details: WebAppDetails): WebAppManifest {
  return {
    id: '/',
    name: details.name,
    short_name: details.shortName,
    description: details.description,
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: details.colors.light.background,
    theme_color: details.colors.light.theme,
    color_scheme_dark: {
      background_color: details.colors.dark.background,
      theme_color: details.colors.dark.theme,
    },
    categories: ['education', 'productivity'],
    icons: details.icons
      .filter((icon) => icon.inManifest)
      .map((icon) => ({
        src: icon.src,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
  };
}

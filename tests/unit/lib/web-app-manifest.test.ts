import { describe, expect, test } from 'vitest';
import type { AppIcon } from '../../../src/data/web-app';
import { webAppManifest, type WebAppDetails } from '../../../src/lib/web-app-manifest';

const icons: AppIcon[] = [
  { src: '/icons/a-192.png', size: 192, purpose: 'any', inManifest: true },
  { src: '/icons/a-512.png', size: 512, purpose: 'any', inManifest: true },
  { src: '/icons/m-512.png', size: 512, purpose: 'maskable', inManifest: true },
  { src: '/icons/touch.png', size: 180, purpose: 'maskable', inManifest: false },
];
const details: WebAppDetails = {
  name: 'Informational Interview Kit',
  shortName: 'Interview Kit',
  description: 'A kit.',
  colors: {
    light: { background: '#fffffe', theme: '#fffffd' },
    dark: { background: '#000001', theme: '#000002' },
  },
  icons,
};

describe('webAppManifest', () => {
  test('installs as a standalone app that starts on the home page and covers the whole site', () => {
    const manifest = webAppManifest(details);
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Informational Interview Kit',
      short_name: 'Interview Kit',
      description: 'A kit.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en',
    });
  });

  test('paints light colours by default and dark ones for a phone in dark mode', () => {
    const manifest = webAppManifest(details);
    expect(manifest.background_color).toBe('#fffffe');
    expect(manifest.theme_color).toBe('#fffffd');
    expect(manifest.color_scheme_dark).toEqual({
      background_color: '#000001',
      theme_color: '#000002',
    });
  });

  test('lists the manifest icons with their sizes and purpose, and leaves out the others', () => {
    expect(webAppManifest(details).icons).toEqual([
      { src: '/icons/a-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/a-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/m-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });
});

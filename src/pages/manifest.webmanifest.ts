/** The web app manifest, linked from every page, so the kit can be installed on a phone. */
import type { APIRoute } from 'astro';
import { APP_COLORS, APP_ICONS, SITE_SHORT_NAME } from '../data/web-app';
import { SITE_DESCRIPTION, SITE_NAME } from '../data/site';
import { webAppManifest } from '../lib/web-app-manifest';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webAppManifest({
        name: SITE_NAME,
        shortName: SITE_SHORT_NAME,
        description: SITE_DESCRIPTION,
        colors: APP_COLORS,
        icons: APP_ICONS,
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist } from '../../../scripts/serve-dist.mjs';

describe('serveDist', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let second: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-dist-'));
    mkdirSync(join(root, 'guide'));
    writeFileSync(join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(root, 'guide', 'index.html'), '<h1>Guide</h1>');
    writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
    writeFileSync(join(root, 'search.wasm'), 'wasm');
    server = await serveDist(root);
    second = await serveDist(root);
  });
  afterAll(async () => {
    await server.close();
    await second.close();
  });

  test('serves a folder’s index.html', async () => {
    const response = await fetch(`${server.url}/guide/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toBe('<h1>Guide</h1>');
  });

  test('answers a missing page with the 404 page and status 404', async () => {
    const response = await fetch(`${server.url}/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Not found</h1>');
  });

  test('never serves a file outside the folder', async () => {
    const response = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });

  test('sends WebAssembly with the type search needs', async () => {
    const response = await fetch(`${server.url}/search.wasm`);
    expect(response.headers.get('content-type')).toBe('application/wasm');
  });

  test('compresses text for a browser that accepts gzip, and never WebAssembly', async () => {
    const page = await fetch(`${server.url}/guide/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toBe('<h1>Guide</h1>');
    const wasm = await fetch(`${server.url}/search.wasm`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(wasm.headers.get('content-encoding')).toBeNull();
    const plain = await fetch(`${server.url}/guide/`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  test('runs twice at once in one checkout, on different ports', async () => {
    expect(second.url).not.toBe(server.url);
    expect((await fetch(`${second.url}/`)).status).toBe(200);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveWebAppFile } from './web-app.js';

const root = mkdtempSync(join(tmpdir(), 'wijknet-web-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>wijknet</title>');
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'assets', 'app-123.js'), 'console.log(1)');

describe('serving the web app build', () => {
  it('serves a file with its content type and long caching for hashed assets', async () => {
    const response = await serveWebAppFile(root, '/assets/app-123.js');
    expect(response?.headers.get('content-type')).toMatch(/javascript/);
    expect(response?.headers.get('cache-control')).toMatch(/immutable/);
    expect(await response?.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for a client-side route', async () => {
    const response = await serveWebAppFile(root, '/gemeenten/GM0080');
    expect(await response?.text()).toMatch(/<title>wijknet/);
    expect(response?.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not invent a missing asset', async () => {
    expect(await serveWebAppFile(root, '/assets/missing.js')).toBeNull();
  });

  it('never leaves the build folder', async () => {
    const response = await serveWebAppFile(root, '/..%2f..%2f..%2fetc%2fpasswd');
    expect(await response?.text()).not.toMatch(/root:/);
  });
});

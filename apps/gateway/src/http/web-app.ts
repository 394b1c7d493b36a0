import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.topojson': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the gateway answers itself; everything else may be the web app. */
const GATEWAY_PATHS = ['/graphql', '/health', '/ready', '/metrics'];

/**
 * Serves the built web app from `root` on the gateway's own port. Unknown paths without a
 * file extension get index.html, so the app's client-side routes survive a reload.
 */
export function useWebApp(root: string): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (GATEWAY_PATHS.includes(url.pathname)) return;
      const response = await serveWebAppFile(root, url.pathname);
      if (response) endResponse(response);
    },
  };
}

export async function serveWebAppFile(root: string, pathname: string): Promise<Response | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const candidate = resolve(root, relative);
  if (candidate !== resolve(root) && !candidate.startsWith(resolve(root) + sep)) {
    return new Response('Not found', { status: 404 });
  }
  const file = (await isFile(candidate))
    ? candidate
    : extname(relative) === ''
      ? join(root, 'index.html')
      : null;
  if (!file || !(await isFile(file))) return null;
  const body = await readFile(file);
  const isHashedAsset = relative.startsWith(`assets${sep}`);
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

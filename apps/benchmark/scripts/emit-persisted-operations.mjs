// Writes dist/persisted-operations.json: { "<sha256 hex of the operation text>": "<text>" }.
// The gateway loads it and, in production, answers only these operations.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
// Inside the app, so the built entry resolves the app's own dependencies.
const outDir = join(app, 'node_modules', '.persisted-build');
try {
  execFileSync(
    'pnpm',
    [
      'exec',
      'vite',
      'build',
      '--ssr',
      'src/graphql/persisted-entry.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: app, stdio: 'inherit' },
  );
  const { operationTexts } = await import(pathToFileURL(join(outDir, 'persisted-entry.js')).href);
  const manifest = Object.fromEntries(
    operationTexts.map((text) => [createHash('sha256').update(text).digest('hex'), text]),
  );
  writeFileSync(
    join(app, 'dist', 'persisted-operations.json'),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  console.log(`Wrote dist/persisted-operations.json with ${operationTexts.length} operations.`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

// `pnpm lint`'s file-size rule: no source file the repository tracks is longer than 400 lines.
// Biome's noExcessiveLinesPerFile counts only the line breaks between tokens, so the lines inside
// a template literal (a GraphQL document, an SQL query) go uncounted and a 414-line file passes;
// this check counts every line of the file as an editor shows it.
//   node tooling/scripts/check-file-lines.mjs [max lines, default 400]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE = /\.(ts|tsx|mjs|cjs|js|css|sql|sh)$/;
/** Written by tools, not by hand: drizzle-kit's migrations. */
const GENERATED = /(^|\/)drizzle\//;

const maxLines = Number(process.argv[2] ?? 400);
if (!Number.isInteger(maxLines) || maxLines < 1) {
  console.error(`check-file-lines: "${process.argv[2]}" is not a whole number of lines`);
  process.exit(2);
}

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((path) => SOURCE.test(path) && !GENERATED.test(path) && existsSync(`${root}/${path}`));

const tooLong = [];
for (const path of tracked) {
  const text = readFileSync(`${root}/${path}`, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > maxLines) tooLong.push(`${path}: ${lines} lines`);
}

if (tooLong.length > 0) {
  console.error(
    `Files over ${maxLines} lines; split them along their seams:\n  ${tooLong.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`${tracked.length} source files, none over ${maxLines} lines`);

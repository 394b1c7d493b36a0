/**
 * Sections of docs/benchmarks.md measured by other means than `pnpm bench` (such as the time
 * `pnpm start` takes, by tooling/scripts/measure-start.mjs), between a line `<!-- kept: name -->`
 * and `<!-- /kept: name -->`. The bench rewrites the file, so it carries these over unchanged.
 */
const KEPT_SECTION = /<!-- kept: ([\w-]+) -->\n[\s\S]*?<!-- \/kept: \1 -->\n?/g;

/** The generated markdown with every kept section of the previous file appended, in order. */
export function withKeptSections(previous: string, generated: string): string {
  const kept = [...previous.matchAll(KEPT_SECTION)].map((match) => match[0].trimEnd());
  if (kept.length === 0) return generated;
  return `${generated.trimEnd()}\n\n${kept.join('\n\n')}\n`;
}

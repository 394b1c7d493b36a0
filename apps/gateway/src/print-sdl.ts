import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

/** The committed schema.graphql beside package.json, which the web app's typed documents use. */
export const SDL_PATH = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

// `pnpm --filter @wijknet/gateway sdl` runs the built file directly.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SDL_PATH, printSdl());
  console.log(`Wrote ${SDL_PATH}`);
}

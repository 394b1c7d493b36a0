#!/usr/bin/env node
import { defineCommand, runMain } from 'citty';
import { tokenCommand } from './token-command.js';

// The `wijknet` command line. @wijknet/db's command map (migrate, seed, import, export)
// joins here once it exports one from `@wijknet/db/cli`: `subCommands: { ...dbCommands, token }`.
const main = defineCommand({
  meta: { name: 'wijknet', description: 'The wijknet command line.' },
  subCommands: { token: tokenCommand },
});

await runMain(main);

#!/usr/bin/env node
import { databaseCommands } from '@wijknet/db/cli';
import { defineCommand, runMain } from 'citty';
import { tokenCommand } from './token-command.js';

// The `wijknet` command line: the database's commands (migrate, seed, import, export) and the
// gateway's own (token).
const main = defineCommand({
  meta: { name: 'wijknet', description: 'The wijknet command line.' },
  subCommands: { ...databaseCommands, token: tokenCommand },
});

await runMain(main);

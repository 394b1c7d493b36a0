import { databaseCommands } from '@wijknet/db/cli';
import { defineCommand } from 'citty';
import { tokenCommand } from './token-command.js';

/**
 * The `wijknet` command line: the database's commands (migrate, seed, import, export) and the
 * gateway's own (token). Run by cli.ts; tests run it in-process.
 */
export const wijknetCommand = defineCommand({
  meta: { name: 'wijknet', description: 'The wijknet command line.' },
  subCommands: { ...databaseCommands, token: tokenCommand },
});

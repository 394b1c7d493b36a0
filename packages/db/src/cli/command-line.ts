import { stat } from 'node:fs/promises';
import { type CommandDef, runCommand, runMain } from 'citty';
import { ExportError } from '../export/benchmark-export.js';
import { ImportError } from '../import/import-error.js';

/** A mistake in how a command was called: answered with one line and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes: 1 for a file refused for its content, 2 for a command called wrongly. */
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/** The file a command is to read: there, and a file rather than a folder. */
export async function checkReadableFile(path: string): Promise<void> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`${path}: there is no such file.`);
    if (error.code === 'EACCES') throw new UsageError(`${path}: the file may not be read.`);
    throw error;
  });
  if (found.isDirectory()) throw new UsageError(`${path} is a folder; give a CSV file.`);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: citty colours its messages with ANSI escapes.
const ANSI = /\u001b\[[0-9;]*m/g;

/** One line for a user's mistake, or undefined for anything else (a bug, to fail loudly). */
function describeUsageProblem(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message;
  if (error instanceof ExportError) return error.message;
  if (error instanceof ImportError) return error.message;
  // citty's own refusals: a missing argument, an unknown command, no command at all.
  if (error instanceof Error && error.name === 'CLIError')
    return `${error.message.replace(ANSI, '')} (see --help)`;
  return undefined;
}

/** A file whose content was refused, as opposed to a command called wrongly. */
const isRefusedFile = (error: unknown) =>
  error instanceof ImportError &&
  ['invalid-rows', 'invalid-encoding', 'invalid-header'].includes(error.code);

/**
 * Runs a command line: `--help` as citty shows it; a user's mistake (a missing or unknown
 * argument, a file that is not there or is a folder, a value out of range) as one line on
 * stderr naming the problem, with exit code 2; a file refused for its content with its problems
 * and exit code 1. Anything else is a bug and fails with its stack.
 */
export async function runCommandLine(
  main: CommandDef,
  rawArgs: readonly string[] = process.argv.slice(2),
): Promise<void> {
  if (rawArgs.some((arg) => arg === '--help' || arg === '-h')) {
    await runMain(main, { rawArgs: [...rawArgs] });
    return;
  }
  try {
    await runCommand(main, { rawArgs: [...rawArgs] });
  } catch (error) {
    const problem = describeUsageProblem(error);
    if (problem === undefined) throw error;
    process.stderr.write(`wijknet: ${problem}\n`);
    process.exitCode = isRefusedFile(error) ? EXIT_REFUSED : EXIT_USAGE;
  }
}

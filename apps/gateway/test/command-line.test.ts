import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommandLine } from '@wijknet/db/cli';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { wijknetCommand } from '../src/command-line.js';

const folder = await mkdtemp(join(tmpdir(), 'wijknet-cli-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Runs `wijknet <args>` in-process and keeps what it wrote and its exit code. */
async function wijknet(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...parts) => {
    err.push(`${parts.join(' ')}\n`);
  });
  try {
    await runCommandLine(wijknetCommand, args);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    consoleError.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

describe('the command line answers a user’s mistake with one line and exit code 2', () => {
  beforeEach(() => {
    process.exitCode = undefined;
  });

  it.each([
    [
      'a file that is not there',
      ['import', 'households', join(folder, 'missing.csv'), '--municipality', 'GM0080'],
      /missing\.csv: there is no such file/,
    ],
    [
      'a folder instead of a file',
      ['import', 'households', folder, '--municipality', 'GM0080'],
      /is a folder; give a CSV file/,
    ],
    ['a team token without --team', ['token', '--role', 'team'], /--team is required/],
    ['an unknown role', ['token', '--role', 'mayor'], /--role must be one of/],
    ['no role at all', ['token'], /Missing required argument: --role/],
    [
      'a lifetime that is no lifetime',
      ['token', '--role', 'institute', '--expires', 'abc'],
      /"abc" is not a lifetime/,
    ],
    ['a negative lifetime', ['token', '--role', 'institute', '--expires', '-1d'], /-1d/],
    ['a negative lifetime with =', ['token', '--role', 'institute', '--expires=-1d'], /-1d/],
    ['a lifetime of nothing', ['token', '--role', 'institute', '--expires', '0h'], /not positive/],
    ['an unknown command', ['tokens'], /Unknown command/],
    ['an unknown seed scale', ['seed', '--scale', 'galactic'], /Unknown scale "galactic"/],
  ])('%s', async (_name, args, message) => {
    const answer = await wijknet(...args);
    expect(answer.exitCode).toBe(2);
    expect(answer.stdout).toBe('');
    expect(answer.stderr).toMatch(message);
    expect(answer.stderr).toMatch(/^wijknet: [^\n]+\n$/);
    expect(answer.stderr).not.toMatch(/\bat \S+:\d+|node:internal/);
    expect(answer.stderr).not.toContain('\u001b[');
  });

  it('prints a token, and only the token, when the call is right', async () => {
    const answer = await wijknet(
      'token',
      '--role',
      'team',
      '--municipality',
      'GM0080',
      '--team',
      'a0000000-0000-4000-8000-000000000001',
      '--expires',
      '8h',
    );
    expect(answer.exitCode).toBeUndefined();
    expect(answer.stderr).toBe('');
    expect(answer.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const claims = JSON.parse(
      Buffer.from(answer.stdout.split('.')[1] ?? '', 'base64url').toString(),
    );
    expect(claims.exp - claims.iat).toBe(8 * 3600);
  });
});

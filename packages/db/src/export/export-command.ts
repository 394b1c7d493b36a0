import { writeFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { openCommandDatabase } from '../cli/command-database.js';
import { UsageError } from '../cli/command-line.js';
import type { Scope } from '../tenancy.js';
import { exportBenchmarkCsv } from './benchmark-export.js';

/** `wijknet export`: the benchmark figures as CSV for R or Excel. */
export const exportCommand = defineCommand({
  meta: { name: 'export', description: 'Write the benchmark figures (from the rollups) as CSV' },
  args: {
    indicator: { type: 'string', description: 'Only these indicator codes, separated by commas' },
    'period-from': { type: 'string', description: 'First period, e.g. 2024 or 2024-Q1' },
    'period-to': { type: 'string', description: 'Last period, e.g. 2025 or 2025-Q4' },
    out: { type: 'string', description: 'File to write; standard output when absent' },
    municipality: {
      type: 'string',
      description:
        'Export as this municipality (its own figures in full); as an institute (published figures only) when absent',
    },
    bom: {
      type: 'boolean',
      description: 'Start with a byte order mark, for Excel',
      default: false,
    },
    'data-dir': {
      type: 'string',
      description: 'Folder of the embedded PGlite database (ignored when DATABASE_URL is set)',
      default: '.wijknet/data',
    },
  },
  async run({ args }) {
    const scope: Scope = args.municipality
      ? { role: 'municipality', municipalityId: args.municipality.trim().toUpperCase() }
      : { role: 'institute' };
    // A refused export (ExportError) is answered by runCommandLine in one line.
    await using handle = await openCommandDatabase(args['data-dir']);
    const csv = await exportBenchmarkCsv(handle.db, {
      scope,
      indicatorCodes: args.indicator
        ?.split(',')
        .map((code) => code.trim())
        .filter((code) => code !== ''),
      periodFrom: args['period-from'],
      periodTo: args['period-to'],
      withByteOrderMark: args.bom,
    });
    if (args.out) await writeOut(args.out, csv);
    else process.stdout.write(csv);
  },
});

async function writeOut(path: string, csv: string): Promise<void> {
  await writeFile(path, csv, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EISDIR') throw new UsageError(`--out ${path} is a folder; name a file.`);
    if (error.code === 'ENOENT')
      throw new UsageError(`--out ${path}: the folder it is to be written in does not exist.`);
    if (error.code === 'EACCES')
      throw new UsageError(`--out ${path}: the file may not be written.`);
    throw error;
  });
}

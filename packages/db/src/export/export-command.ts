import { writeFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { openCommandDatabase } from '../cli/command-database.js';
import type { Scope } from '../tenancy.js';
import { ExportError, exportBenchmarkCsv } from './benchmark-export.js';

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
    try {
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
      if (args.out) await writeFile(args.out, csv, 'utf8');
      else process.stdout.write(csv);
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      console.error(error.message);
      process.exitCode = 1;
    }
  },
});

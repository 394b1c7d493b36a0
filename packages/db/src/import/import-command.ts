import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { defineCommand } from 'citty';
import { openCommandDatabase } from '../cli/command-database.js';
import { checkReadableFile } from '../cli/command-line.js';
import { importCsv } from './import-csv.js';
import { IMPORT_KINDS } from './import-kind.js';
import { resolvePseudonymSecret } from './pseudonym-secret.js';

/** `wijknet import <kind> <file.csv> --municipality GMxxxx`: one file, all or nothing. */
export const importCommand = defineCommand({
  meta: {
    name: 'import',
    description: `Import a CSV file (${IMPORT_KINDS.join(', ')}) for one municipality; see docs/import-formats.md`,
  },
  args: {
    kind: {
      type: 'positional',
      description: `What the file holds: ${IMPORT_KINDS.join(' | ')}`,
      required: true,
    },
    file: {
      type: 'positional',
      description: 'The CSV file (UTF-8, header row, comma or semicolon)',
      required: true,
    },
    municipality: {
      type: 'string',
      description: 'CBS code of the municipality, e.g. GM0080',
      required: true,
    },
    'data-dir': {
      type: 'string',
      description: 'Folder of the embedded PGlite database (ignored when DATABASE_URL is set)',
      default: '.wijknet/data',
    },
  },
  async run({ args }) {
    const municipalityId = args.municipality.trim().toUpperCase();
    await checkReadableFile(args.file);
    const secret = resolvePseudonymSecret(municipalityId);
    await using handle = await openCommandDatabase(args['data-dir']);
    // A refused file (ImportError) is answered by runCommandLine, with its problems.
    const summary = await importCsv(handle.db, {
      kind: args.kind,
      municipalityId,
      source: createReadStream(args.file),
      secret,
      fileName: basename(args.file),
    });
    console.log(
      `Imported ${summary.rows} row(s) of ${summary.kind} for ${summary.municipalityId}: ${summary.inserted} new, ${summary.updated} changed, ${summary.unchanged} unchanged.`,
    );
  },
});

import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import { copyCell, copyClientOf } from '../copy-stream.js';
import type { Database } from '../database.js';

export interface CopyOptions {
  /**
   * Writes the rows already frozen (COPY FREEZE): only for a table truncated earlier in the same
   * transaction. Later readers then need not set hint bits on every page, nor vacuum freeze it.
   */
  readonly freeze?: boolean | undefined;
}

/** The PGlite transaction under a drizzle transaction on PGlite: it takes a COPY from a blob. */
interface PgliteClient {
  query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

function pgliteClientOf(db: Database): PgliteClient | undefined {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  const isPglite =
    typeof (client as { query?: unknown } | undefined)?.query === 'function' &&
    copyClientOf(db) === undefined;
  return isPglite ? (client as PgliteClient) : undefined;
}

/** One table's rows gathered as lines of COPY text, in the columns its first row gives. */
interface TableBuffer {
  readonly columns: readonly { key: string; name: string }[];
  lines: string[];
}

/** Lines of COPY text per write to the server: big enough for few writes, small enough for memory. */
const LINES_PER_WRITE = 5_000;

async function copyOnPostgres(client: postgres.Sql, statement: string, lines: readonly string[]) {
  const stream = await client.unsafe(statement).writable();
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve).on('error', reject);
  });
  for (let start = 0; start < lines.length; start += LINES_PER_WRITE) {
    const chunk = lines.slice(start, start + LINES_PER_WRITE).join('');
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await finished;
}

/**
 * Gathers the seed's rows per table and writes them a batch at a time, one COPY per table per
 * batch (COPY from stdin on Postgres, from a blob on PGlite), the tables always in the order
 * given, so a row is written after the rows it references. Each COPY has a fixed cost (on
 * Postgres about 90 ms on loopback, as the client waits for the server to acknowledge its last
 * small packet); per municipality that cost was most of a small seed, per batch it is nothing.
 * Same rows in, same tables out: the order of rows within a table is the order they were added.
 */
export class BulkWriter {
  private readonly buffers = new Map<PgTable, TableBuffer>();
  private gathered = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly tables: readonly PgTable[],
    private readonly options: CopyOptions & { readonly rowsPerBatch: number },
  ) {}

  /** Adds rows of one table; they all have the fields of the table's first row. */
  add(table: PgTable, rows: readonly object[]): void {
    const first = rows[0];
    if (first === undefined) return;
    let buffer = this.buffers.get(table);
    if (!buffer) {
      if (!this.tables.includes(table))
        throw new Error(`${getTableName(table)} is not one of this writer's tables.`);
      const columns = Object.entries(getTableColumns(table))
        .filter(([key]) => key in first)
        .map(([key, column]) => ({ key, name: column.name }));
      buffer = { columns, lines: [] };
      this.buffers.set(table, buffer);
    }
    const { columns, lines } = buffer;
    for (const row of rows) {
      const values = row as Record<string, unknown>;
      let line = copyCell(values[columns[0]?.key ?? '']);
      for (let k = 1; k < columns.length; k++)
        line += `\t${copyCell(values[(columns[k] as { key: string }).key])}`;
      lines.push(`${line}\n`);
    }
    this.gathered += rows.length;
  }

  /**
   * Starts writing what was gathered once it is a full batch; the caller may go on gathering the
   * next one meanwhile. Waits for the batch before, so at most two are held at once.
   */
  async writeWhenFull(): Promise<void> {
    if (this.gathered < this.options.rowsPerBatch) return;
    await this.writing;
    this.startWriting();
  }

  /** Writes everything gathered and waits until it is in. */
  async finish(): Promise<void> {
    await this.writing;
    this.startWriting();
    await this.writing;
  }

  private startWriting(): void {
    const batch = this.tables.flatMap((table) => {
      const buffer = this.buffers.get(table);
      if (!buffer || buffer.lines.length === 0) return [];
      const lines = buffer.lines;
      buffer.lines = [];
      return [{ table, columns: buffer.columns, lines }];
    });
    this.gathered = 0;
    this.writing = (async () => {
      for (const { table, columns, lines } of batch) await this.copy(table, columns, lines);
    })();
    // Its failure is awaited by the next call; until then it must not count as unhandled.
    this.writing.catch(() => {});
  }

  private async copy(table: PgTable, columns: TableBuffer['columns'], lines: string[]) {
    const names = columns.map((column) => `"${column.name}"`).join(', ');
    const freeze = this.options.freeze ? ' with (freeze)' : '';
    const target = `"${getTableName(table)}" (${names})`;
    const postgresClient = copyClientOf(this.db);
    if (postgresClient)
      return copyOnPostgres(postgresClient, `copy ${target} from stdin${freeze}`, lines);
    const pglite = pgliteClientOf(this.db);
    if (!pglite) throw new Error('The seed writes through Postgres (postgres.js) or PGlite only.');
    await pglite.query(`copy ${target} from '/dev/blob'${freeze}`, [], {
      blob: new Blob(lines),
    });
  }
}

import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * Counts the SQL statements a server sends to Postgres, by standing between them on loopback and
 * reading the client half of the wire protocol. It needs nothing from the server under test
 * (no extension, no log access): a simple Query is one statement, and so is every Bind of a
 * prepared statement, which is how both postgres.js and node-postgres execute a query.
 */
export interface StatementLog {
  /** Every statement executed since the last reset, in order. */
  readonly statements: readonly string[];
  /** Statements that read or write data: not BEGIN/COMMIT, SET or set_config(). */
  readonly dataStatements: readonly string[];
}

const TRANSACTION_CONTROL =
  /^\s*(begin|start transaction|commit|rollback|savepoint|release|set\s|reset\s|discard\s|select\s+set_config\s*\(|select\s+pg_catalog\.set_config\s*\()/i;

export function isTransactionControl(statement: string): boolean {
  return TRANSACTION_CONTROL.test(statement);
}

/** Reads client-to-server protocol bytes, however they are split into chunks. */
export class ClientMessageReader {
  #buffer = Buffer.alloc(0);
  #hasStarted = false;
  readonly #prepared = new Map<string, string>();
  constructor(private readonly onStatement: (text: string) => void) {}

  push(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      if (!this.#hasStarted) {
        // Startup and SSL requests carry no type byte: a length, then a protocol code.
        if (this.#buffer.length < 8) return;
        const length = this.#buffer.readInt32BE(0);
        if (this.#buffer.length < length) return;
        const code = this.#buffer.readInt32BE(4);
        this.#buffer = this.#buffer.subarray(length);
        const isSslOrCancel = code === 80877103 || code === 80877102 || code === 80877104;
        if (!isSslOrCancel) this.#hasStarted = true;
        continue;
      }
      if (this.#buffer.length < 5) return;
      const length = this.#buffer.readInt32BE(1);
      if (this.#buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.#buffer[0] as number);
      this.#read(type, this.#buffer.subarray(5, 1 + length));
      this.#buffer = this.#buffer.subarray(1 + length);
    }
  }

  #read(type: string, body: Buffer): void {
    if (type === 'Q') this.onStatement(cString(body, 0).text);
    else if (type === 'P') {
      const name = cString(body, 0);
      this.#prepared.set(name.text, cString(body, name.next).text);
    } else if (type === 'B') {
      const portal = cString(body, 0);
      const statement = cString(body, portal.next).text;
      this.onStatement(this.#prepared.get(statement) ?? `<prepared statement ${statement}>`);
    }
  }
}

function cString(buffer: Buffer, start: number): { text: string; next: number } {
  const end = buffer.indexOf(0, start);
  const stop = end === -1 ? buffer.length : end;
  return { text: buffer.toString('utf8', start, stop), next: stop + 1 };
}

/** A TCP proxy to Postgres on a free loopback port that logs every statement passing through. */
export class SqlStatementCounter {
  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly log: { statements: string[]; sockets: Set<Socket> },
  ) {}

  static async start(target: { host: string; port: number }): Promise<SqlStatementCounter> {
    const server = createServer();
    const log = { statements: [] as string[], sockets: new Set<Socket>() };
    server.on('connection', (client) => {
      const upstream = createConnection(target);
      const reader = new ClientMessageReader((text) => log.statements.push(text));
      log.sockets.add(client).add(upstream);
      client.on('data', (chunk) => {
        reader.push(chunk);
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => client.write(chunk));
      const close = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy has no port');
    return new SqlStatementCounter(server, address.port, log);
  }

  reset(): void {
    this.log.statements = [];
  }

  read(): StatementLog {
    const statements = [...this.log.statements];
    return { statements, dataStatements: statements.filter((text) => !isTransactionControl(text)) };
  }

  async stop(): Promise<void> {
    for (const socket of this.log.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

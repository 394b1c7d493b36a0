import { describe, expect, it } from 'vitest';
import { ClientMessageReader, isTransactionControl } from './sql-statement-counter.js';

function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const text = (value: string) => Buffer.from(`${value}\0`, 'utf8');
function startup(): Buffer {
  const body = Buffer.concat([
    Buffer.from([0, 3, 0, 0]),
    text('user'),
    text('postgres'),
    Buffer.from([0]),
  ]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([length, body]);
}

describe('ClientMessageReader', () => {
  it('counts simple queries and every execution of a prepared statement', () => {
    const seen: string[] = [];
    const reader = new ClientMessageReader((statement) => seen.push(statement));
    reader.push(startup());
    reader.push(message('Q', text('begin')));
    reader.push(
      message('P', text('s1'), text('select * from plans where team_id = $1'), Buffer.from([0, 0])),
    );
    reader.push(message('B', text(''), text('s1'), Buffer.from([0, 0, 0, 0, 0, 0])));
    reader.push(message('E', text(''), Buffer.from([0, 0, 0, 0])));
    reader.push(message('B', text(''), text('s1'), Buffer.from([0, 0, 0, 0, 0, 0])));
    expect(seen).toEqual([
      'begin',
      'select * from plans where team_id = $1',
      'select * from plans where team_id = $1',
    ]);
  });

  it('reads messages split across chunks at any byte', () => {
    const seen: string[] = [];
    const reader = new ClientMessageReader((statement) => seen.push(statement));
    const bytes = Buffer.concat([
      startup(),
      message('Q', text('select 1')),
      message('Q', text('select 2')),
    ]);
    for (const byte of bytes) reader.push(Buffer.from([byte]));
    expect(seen).toEqual(['select 1', 'select 2']);
  });
});

describe('isTransactionControl', () => {
  it('separates transaction bookkeeping from statements that touch data', () => {
    expect(isTransactionControl('BEGIN')).toBe(true);
    expect(isTransactionControl('set local role wijknet_app')).toBe(true);
    expect(isTransactionControl("select set_config('wijknet.role', $1, true)")).toBe(true);
    expect(isTransactionControl('select id from plans')).toBe(false);
    expect(isTransactionControl('insert into audit_log values ($1)')).toBe(false);
  });
});

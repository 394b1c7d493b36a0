import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine, csvLines } from './csv-format.js';

describe('CSV written for spreadsheets', () => {
  it('quotes what needs quoting and ends lines with CRLF', () => {
    expect(
      csvLine(['GM1771', 'Nuenen, Gerwen en Nederwetten', 'a "b"', 'x;y', 'two\nlines', null]),
    ).toBe('GM1771,"Nuenen, Gerwen en Nederwetten","a ""b""","x;y","two\nlines",\r\n');
  });

  it.each(['=HYPERLINK("http://x","y")', '+31', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'turns the text cell %j into text a spreadsheet will not run',
    (text) => {
      const [cells] = parse(csvLine([text, 'plain']), { relax_quotes: true }) as string[][];
      expect(cells).toEqual([`'${text}`, 'plain']);
    },
  );

  it('leaves numbers alone, negative ones included, and writes booleans as true and false', () => {
    expect(csvLines([[-1.5, 0, 42, true, false, '1-2']])).toBe('-1.5,0,42,true,false,1-2\r\n');
  });
});

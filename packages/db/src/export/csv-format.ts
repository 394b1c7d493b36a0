/**
 * One CSV cell as RFC 4180 writes it: quoted when it holds a comma, quote, semicolon or line
 * break (so "Nuenen, Gerwen en Nederwetten" stays one cell), with quotes doubled inside.
 * Null and undefined are an empty cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line of cells, ended by CRLF as RFC 4180 and Excel expect. */
export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

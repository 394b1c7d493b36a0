import { type ReactNode, useEffect, useState } from 'react';
import { type CsvCell, csvFileName, downloadCsv, toCsv } from '../csv/csv-export';
import { useTranslation } from '../i18n/use-translation';

/** A column: how a row shows in the page and how it is written to CSV. */
export interface DataColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly csv: (row: Row) => CsvCell;
  readonly isNumeric?: boolean;
  /** The first column names the row (a `th` with scope row). */
  readonly isRowHeader?: boolean;
}

/** Builds the CSV of a table from the same columns the page shows. */
export function tableToCsvRows<Row>(columns: readonly DataColumn<Row>[], rows: readonly Row[]) {
  return {
    header: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => column.csv(row))),
  };
}

/**
 * How many of the rows are drawn: `firstRows` of them in the table's first paint, every row
 * from the frame after. Laying out a table of every municipality costs the browser more than
 * the map beside it, while its scrolling box shows a screenful of rows: the rest follow once
 * the page has been painted.
 */
export function useRowsShown(rowCount: number, firstRows: number | undefined): number {
  const isLong = firstRows !== undefined && rowCount > firstRows;
  const [isComplete, setIsComplete] = useState(!isLong);
  useEffect(() => {
    if (isComplete || !isLong) return;
    let timer: number | undefined;
    // The frame is painted between the animation frame and the timer after it.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setIsComplete(true), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [isComplete, isLong]);
  return isComplete || !isLong ? rowCount : firstRows;
}

/** A table with a caption and a CSV download of exactly its numbers. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  fileNameParts,
  firstRows,
}: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  fileNameParts: readonly string[];
  /** Rows drawn in the first paint of a long table; the others follow a frame later. */
  firstRows?: number;
}) {
  const { t, locale } = useTranslation();
  const rowsShown = useRowsShown(rows.length, firstRows);
  const exportCsv = () =>
    downloadCsv(csvFileName(fileNameParts), toCsv(tableToCsvRows(columns, rows), locale));
  return (
    <div className="wn-table">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll a wide table (WCAG 2.1.1, axe scrollable-region-focusable) */}
      <section className="wn-table__scroll" tabIndex={0} aria-label={caption}>
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map((column) => (
                <th
                  key={column.header}
                  scope="col"
                  className={`utrecht-table__header-cell${column.isNumeric ? ' utrecht-table__header-cell--numeric' : ''}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {(rowsShown < rows.length ? rows.slice(0, rowsShown) : rows).map((row) => (
              <tr key={rowKey(row)} className="utrecht-table__row">
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th key={column.header} scope="row" className="utrecht-table__header-cell">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td
                      key={column.header}
                      className={`utrecht-table__cell${column.isNumeric ? ' utrecht-table__cell--numeric' : ''}`}
                    >
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action wn-csv-button"
        onClick={exportCsv}
      >
        {t('exportCsv')}
        <span className="wn-visually-hidden">: {caption}</span>
      </button>
    </div>
  );
}

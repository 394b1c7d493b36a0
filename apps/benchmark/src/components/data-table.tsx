import { type MouseEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { type CsvCell, type CsvTable, csvFileName, downloadCsv, toCsv } from '../csv/csv-export';
import { useTranslation } from '../i18n/use-translation';
import { nextSort, type SortKey, sortRows, type TableSort } from './table-sorting';

/** A column: how a row shows in the page and how it is written to CSV. */
export interface DataColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  readonly csv: (row: Row) => CsvCell;
  readonly isNumeric?: boolean;
  /** The first column names the row (a `th` with scope row). */
  readonly isRowHeader?: boolean;
  /** Makes the column sortable by this key (its header becomes a button). */
  readonly sortKey?: (row: Row) => SortKey;
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

function HeaderCell<Row>({
  column,
  index,
  sort,
  onSort,
}: {
  column: DataColumn<Row>;
  index: number;
  sort: TableSort | null;
  onSort: (index: number) => void;
}) {
  const className = `utrecht-table__header-cell${column.isNumeric ? ' utrecht-table__header-cell--numeric' : ''}`;
  if (!column.sortKey) {
    return (
      <th scope="col" className={className}>
        {column.header}
      </th>
    );
  }
  const direction = sort?.column === index ? sort.direction : undefined;
  return (
    <th scope="col" className={className} aria-sort={direction ?? 'none'}>
      <button type="button" className="wn-sort" onClick={() => onSort(index)}>
        {column.header}
        <span aria-hidden="true" className="wn-sort__mark">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function BodyRow<Row>({
  row,
  columns,
  isPinned,
  onOpen,
}: {
  row: Row;
  columns: readonly DataColumn<Row>[];
  isPinned: boolean;
  onOpen: ((row: Row) => void) | undefined;
}) {
  // A click anywhere on the row opens it, for a mouse; keyboard and screen-reader users have
  // the link in the row's first cell, which goes to the same place. A click with a modifier
  // key is left to that link (a new tab or window).
  const open =
    onOpen &&
    ((event: MouseEvent<HTMLTableRowElement>) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      onOpen(row);
    });
  const className = `utrecht-table__row${isPinned ? ' wn-row--pinned' : ''}${open ? ' wn-row--opens' : ''}`;
  return (
    <tr className={className} onClick={open}>
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
  );
}

/**
 * A table with a caption and a CSV download of exactly its numbers, or, without rows, one line
 * saying why there are none (a table of headers alone tells a reader nothing).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  fileNameParts,
  firstRows,
  emptyText,
  isPinned,
  onOpenRow,
  initialSort = null,
  csv,
}: {
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  fileNameParts: readonly string[];
  /** Rows drawn in the first paint of a long table; the others follow a frame later. */
  firstRows?: number;
  /** Why there are no rows, shown in place of the table. */
  emptyText: string;
  /** Rows that stay on top whatever the sort (the chosen municipalities). */
  isPinned?: ((row: Row) => boolean) | undefined;
  /** Opens what a row stands for (a municipality's profile) on a click anywhere on it. */
  onOpenRow?: ((row: Row) => void) | undefined;
  initialSort?: TableSort | null;
  /** The export, when it is not the columns as shown (figures go out in long format). */
  csv?: (rows: readonly Row[]) => CsvTable;
}) {
  const { t, locale } = useTranslation();
  const titleId = useId();
  const [sort, setSort] = useState<TableSort | null>(initialSort);
  const sortKey = sort ? (columns[sort.column]?.sortKey ?? null) : null;
  const ordered = useMemo(
    () => sortRows(rows, sortKey, sort?.direction ?? 'ascending', isPinned),
    [rows, sortKey, sort?.direction, isPinned],
  );
  const rowsShown = useRowsShown(rows.length, firstRows);
  if (rows.length === 0) {
    return (
      <p className="wn-empty">
        <strong>{caption}:</strong> {emptyText}
      </p>
    );
  }
  const exportCsv = () =>
    downloadCsv(
      csvFileName(fileNameParts),
      toCsv(csv ? csv(ordered) : tableToCsvRows(columns, ordered), locale),
    );
  return (
    <div className="wn-table">
      {/* The table's name above its scrolling box rather than a caption inside it, which a wide
          table would cut off on a phone; the table and its box are labelled by it. */}
      <p className="wn-table__title" id={titleId}>
        {caption}
      </p>
      {/* A figure, not a region: a page with many tables would otherwise have many landmarks,
          some named alike (axe landmark-unique). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so keyboard users can scroll a wide table (WCAG 2.1.1, axe scrollable-region-focusable) */}
      <figure className="wn-table__scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="utrecht-table utrecht-table--html-table" aria-labelledby={titleId}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {columns.map((column, index) => (
                <HeaderCell
                  key={column.header}
                  column={column}
                  index={index}
                  sort={sort}
                  onSort={(pressed) => setSort(nextSort(sort, pressed))}
                />
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {(rowsShown < ordered.length ? ordered.slice(0, rowsShown) : ordered).map((row) => (
              <BodyRow
                key={rowKey(row)}
                row={row}
                columns={columns}
                isPinned={isPinned?.(row) ?? false}
                onOpen={onOpenRow}
              />
            ))}
          </tbody>
        </table>
      </figure>
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

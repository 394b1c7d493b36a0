import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/use-translation';
import { DataTable } from './data-table';

afterEach(cleanup);

const rows = Array.from({ length: 342 }, (_, index) => ({ code: `GM${index}`, value: index }));

function renderTable(firstRows?: number, shown: readonly (typeof rows)[number][] = rows) {
  render(
    <LocaleProvider locale="nl">
      <DataTable
        caption="Alle gemeenten"
        emptyText="Geen gemeente heeft dit cijfer gepubliceerd."
        isPinned={(row) => row.code === 'GM7'}
        rows={shown}
        rowKey={(row) => row.code}
        fileNameParts={['test']}
        columns={[
          {
            header: 'Gemeente',
            isRowHeader: true,
            cell: (row) => row.code,
            csv: (row) => row.code,
          },
          {
            header: 'Waarde',
            isNumeric: true,
            cell: (row) => row.value,
            csv: (row) => row.value,
            sortKey: (row) => row.value,
          },
        ]}
        {...(firstRows === undefined ? {} : { firstRows })}
      />
    </LocaleProvider>,
  );
}

const bodyRows = () => screen.getAllByRole('row').length - 1;

describe('DataTable', () => {
  it('shows every row at once when no first screenful is given', () => {
    renderTable();
    expect(bodyRows()).toBe(342);
  });

  it('draws a long table a screenful first and every row a frame later', async () => {
    renderTable(30);
    expect(bodyRows()).toBe(30);
    expect(screen.getByRole('rowheader', { name: 'GM0' })).toBeTruthy();
    await waitFor(() => expect(bodyRows()).toBe(342));
    expect(screen.getByRole('rowheader', { name: 'GM341' })).toBeTruthy();
  });

  it('says why there are no rows instead of drawing headers alone', () => {
    renderTable(undefined, []);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/Geen gemeente heeft dit cijfer gepubliceerd/)).toBeTruthy();
  });

  it('sorts by value both ways with the chosen municipality pinned on top', () => {
    renderTable(undefined, rows.slice(0, 20));
    const header = screen.getByRole('columnheader', { name: /Waarde/ });
    fireEvent.click(screen.getByRole('button', { name: /Waarde/ }));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const firstTwo = () =>
      screen
        .getAllByRole('rowheader')
        .slice(0, 2)
        .map((cell) => cell.textContent);
    expect(firstTwo()).toEqual(['GM7', 'GM0']);
    fireEvent.click(screen.getByRole('button', { name: /Waarde/ }));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstTwo()).toEqual(['GM7', 'GM19']);
  });
});

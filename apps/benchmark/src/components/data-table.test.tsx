import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleProvider } from '../i18n/use-translation';
import { DataTable } from './data-table';

afterEach(cleanup);

const rows = Array.from({ length: 342 }, (_, index) => ({ code: `GM${index}`, value: index }));

function renderTable(firstRows?: number) {
  render(
    <LocaleProvider locale="nl">
      <DataTable
        caption="Alle gemeenten"
        rows={rows}
        rowKey={(row) => row.code}
        fileNameParts={['test']}
        columns={[
          {
            header: 'Gemeente',
            isRowHeader: true,
            cell: (row) => row.code,
            csv: (row) => row.code,
          },
          { header: 'Waarde', isNumeric: true, cell: (row) => row.value, csv: (row) => row.value },
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
});

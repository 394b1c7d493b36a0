import { useEffect } from 'react';
import { useQuery } from 'urql';
import { downloadCsv } from '../csv/csv-export';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { deliveryText } from './delivery-messages';
import { DeliveriesQuery, DeliveryFields } from './delivery-page.graphql';
import { reportFileName } from './delivery-result';

const timeFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
  });

/** This year's deliveries of the municipality, newest first, with each refused file's report. */
export function DeliveryHistory({ year, refreshKey }: { year: string; refreshKey: number }) {
  const { locale } = useTranslation();
  const text = (key: Parameters<typeof deliveryText>[1], values = {}) =>
    deliveryText(locale, key, values);
  const [result, reexecute] = useQuery({
    query: DeliveriesQuery,
    variables: { from: year, to: year },
    requestPolicy: 'network-only',
  });
  // Each new delivery asks for the history again.
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const deliveries = result.data?.deliveries ?? [];
  const format = timeFormat(locale);
  return (
    <section aria-labelledby="wn-delivery-history" aria-busy={result.fetching}>
      <h2 id="wn-delivery-history" className="utrecht-heading-2">
        {text('history')}
      </h2>
      {!result.fetching && deliveries.length === 0 && (
        <p className="utrecht-paragraph">{text('noHistory')}</p>
      )}
      {deliveries.length > 0 && (
        <div className="wn-table">
          <table
            className="utrecht-table utrecht-table--html-table"
            aria-labelledby="wn-delivery-history"
          >
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell">{text('deliveredAt')}</th>
                <th className="utrecht-table__header-cell">{text('kind')}</th>
                <th className="utrecht-table__header-cell">{text('file')}</th>
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {text('rows')}
                </th>
                <th className="utrecht-table__header-cell">{text('deliveredBy')}</th>
                <th className="utrecht-table__header-cell">{text('result')}</th>
                <th className="utrecht-table__header-cell">{text('report')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {deliveries.map((item) => {
                const delivery = readFragment(DeliveryFields, item);
                return (
                  <tr className="utrecht-table__row" key={delivery.id}>
                    <td className="utrecht-table__cell">
                      {format.format(new Date(delivery.deliveredAt))}
                    </td>
                    <td className="utrecht-table__cell">{text(delivery.kind)}</td>
                    <td className="utrecht-table__cell">{delivery.fileName}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {delivery.rows.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL')}
                    </td>
                    <td className="utrecht-table__cell">{delivery.deliveredBy}</td>
                    <td className="utrecht-table__cell">
                      {delivery.isAccepted
                        ? text('statusAccepted')
                        : delivery.problemCount === 1
                          ? text('statusRefusedOne')
                          : text('statusRefused', { count: delivery.problemCount })}
                    </td>
                    <td className="utrecht-table__cell">
                      {!delivery.isAccepted && (
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--subtle"
                          onClick={() =>
                            downloadCsv(reportFileName(delivery.fileName), item.problemReportCsv)
                          }
                        >
                          {text('downloadReport')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

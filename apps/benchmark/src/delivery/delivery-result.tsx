import { downloadCsv } from '../csv/csv-export';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { deliveryText } from './delivery-messages';
import { DeliveryFields } from './delivery-page.graphql';
import type { DeliveryResult } from './send-delivery';

/** The problem report's file name: the delivered file's, with `-problemen.csv`. */
export const reportFileName = (fileName: string) =>
  `${fileName.replace(/\.csv$/i, '')}-problemen.csv`;

const problemWord = (locale: string, count: number) =>
  locale === 'en' ? (count === 1 ? 'problem' : 'problems') : count === 1 ? 'probleem' : 'problemen';

/** The answer to a delivery: accepted with its counts, or refused with every problem. */
export function DeliveryResultPanel({ result }: { result: DeliveryResult }) {
  const { locale } = useTranslation();
  const text = (key: Parameters<typeof deliveryText>[1], values = {}) =>
    deliveryText(locale, key, values);
  const delivery = readFragment(DeliveryFields, result);
  if (delivery.isAccepted) {
    return (
      <div className="utrecht-alert utrecht-alert--ok wn-delivery-result" role="status">
        <p className="utrecht-paragraph">
          {text('accepted', {
            name: delivery.fileName,
            rows: delivery.rows,
            inserted: delivery.inserted,
            updated: delivery.updated,
            unchanged: delivery.unchanged,
          })}
        </p>
      </div>
    );
  }
  return (
    <div className="utrecht-alert utrecht-alert--warning wn-delivery-result" role="status">
      <p className="utrecht-paragraph">
        <strong>{text('refused', { name: delivery.fileName })}</strong>{' '}
        {/* A refusal of the whole file (header, encoding) says why in its summary. */}
        {result.problems.length === 0
          ? delivery.refusalSummary
          : text('refusedProblems', {
              count: delivery.problemCount,
              problems: problemWord(locale, delivery.problemCount),
            })}
      </p>
      {result.problems.length > 0 && (
        <div className="wn-table">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">
              {text('problemsCaption', { name: delivery.fileName })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {text('line')}
                </th>
                <th className="utrecht-table__header-cell">{text('column')}</th>
                <th className="utrecht-table__header-cell">{text('problem')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {result.problems.map((problem) => (
                <tr className="utrecht-table__row" key={`${problem.line}:${problem.column}`}>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {problem.line}
                  </td>
                  <td className="utrecht-table__cell">{problem.column}</td>
                  <td className="utrecht-table__cell">{problem.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => downloadCsv(reportFileName(delivery.fileName), result.problemReportCsv)}
      >
        {text('downloadReport')}
      </button>
    </div>
  );
}

import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { ErrorAlert } from '../components/error-alert';
import { directionText } from '../components/indicator-explanation';
import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { useDocumentTitle } from '../components/use-document-title';
import { readFragment } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { IndicatorsQuery } from './indicators-page.graphql';

/** The indicator registry: what each figure means, counts and how to read it. */
export default function IndicatorsPage() {
  const { t, locale } = useTranslation();
  useDocumentTitle(t('pageIndicators'));
  const [result] = useQuery({ query: IndicatorsQuery });
  const indicators = (result.data?.indicators ?? []).map((item) =>
    readFragment(IndicatorFields, item),
  );
  return (
    <div>
      <h1 className="utrecht-heading-1">{t('indicatorsTitle')}</h1>
      {result.fetching && <p role="status">{t('loading')}</p>}
      {result.error && <ErrorAlert error={result.error} />}
      {result.data && (
        <DataTable
          caption={t('indicatorsTitle')}
          fileNameParts={['indicatoren']}
          rows={indicators}
          rowKey={(indicator) => indicator.code}
          emptyText={t('emptyIndicators')}
          columns={[
            {
              header: t('indicator'),
              isRowHeader: true,
              cell: (i) => i.name[locale],
              csv: (i) => i.name[locale],
            },
            { header: t('group'), cell: (i) => t(`group${i.group}`), csv: (i) => i.group },
            {
              header: t('definition'),
              cell: (i) => i.definition[locale],
              csv: (i) => i.definition[locale],
            },
            {
              header: t('numerator'),
              cell: (i) => i.numerator[locale],
              csv: (i) => i.numerator[locale],
            },
            {
              header: t('denominator'),
              cell: (i) => i.denominator[locale],
              csv: (i) => i.denominator[locale],
            },
            {
              header: t('direction'),
              cell: (i) => directionText(i.direction, t),
              csv: (i) => i.direction,
            },
            { header: 'code', cell: (i) => <code>{i.code}</code>, csv: (i) => i.code },
          ]}
        />
      )}
    </div>
  );
}

import { useQuery } from 'urql';
import { TrajectoryBars, type TrajectoryRow } from '../../charts/trajectory-bars';
import { type DataColumn, DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { usePeriodName } from '../../components/use-periods';
import { formatNumber } from '../../format/number-format';
import { suppressionExplanation, suppressionLabel } from '../../format/suppression';
import type { ResultOf } from '../../graphql/graphql';
import type { Locale } from '../../i18n/locale';
import { type Translate, useTranslation } from '../../i18n/use-translation';
import { useViewState } from '../../url-state/use-view-state';
import { ZrmChangeByDomainQuery } from './profile-zrm-domains.graphql';

type DomainFigure = NonNullable<
  ResultOf<typeof ZrmChangeByDomainQuery>['municipality']
>['zrmChangeByDomain'][number];

/** Mean changes are in ZRM steps with two decimals, as the indicator zrm-mean-change. */
const CHANGE_DECIMALS = 2;

const meanChangeText = (figure: DomainFigure, locale: Locale) =>
  figure.meanChange == null
    ? suppressionLabel(figure.suppression, locale)
    : formatNumber(figure.meanChange, locale, CHANGE_DECIMALS, true);

function countColumn(
  header: string,
  count: (figure: DomainFigure) => number | null,
  locale: Locale,
): DataColumn<DomainFigure> {
  return {
    header,
    isNumeric: true,
    cell: (figure) => {
      const value = count(figure);
      return value == null ? '–' : formatNumber(value, locale);
    },
    csv: (figure) => count(figure),
    sortKey: (figure) => count(figure),
  };
}

function domainColumns(t: Translate, locale: Locale): DataColumn<DomainFigure>[] {
  return [
    {
      header: t('lifeDomain'),
      isRowHeader: true,
      cell: (figure) => figure.lifeDomain[locale],
      csv: (figure) => figure.lifeDomain[locale],
    },
    {
      header: t('meanZrmChange'),
      isNumeric: true,
      cell: (figure) => meanChangeText(figure, locale),
      csv: (figure) => figure.meanChange,
      sortKey: (figure) => figure.meanChange,
    },
    countColumn(t('n'), (figure) => figure.n, locale),
    countColumn(t('improvedShort'), (figure) => figure.improved, locale),
    countColumn(t('unchangedShort'), (figure) => figure.unchanged, locale),
    countColumn(t('worsenedShort'), (figure) => figure.worsened, locale),
  ];
}

/** The long-format export: CBS code, name, period, domain code and name, figures, reason. */
function domainsCsv(figures: readonly DomainFigure[], code: string, name: string, period: string) {
  const round = (value: number | null) =>
    value == null ? null : Number(value.toFixed(CHANGE_DECIMALS));
  return {
    header: [
      'cbs_code',
      'name',
      'period',
      'life_domain',
      'life_domain_nl',
      'life_domain_en',
      'mean_change',
      'n',
      'improved',
      'unchanged',
      'worsened',
      'reason',
    ],
    rows: figures.map((figure) => [
      code,
      name,
      period,
      figure.lifeDomainCode,
      figure.lifeDomain.nl,
      figure.lifeDomain.en,
      round(figure.meanChange),
      figure.n,
      figure.improved,
      figure.unchanged,
      figure.worsened,
      figure.suppression?.reason ?? '',
    ]),
  };
}

function chartRows(figures: readonly DomainFigure[], locale: Locale): TrajectoryRow[] {
  return figures.map((figure) => {
    const { improved, unchanged, worsened, n } = figure;
    const isShown = improved != null && unchanged != null && worsened != null && n != null;
    return {
      key: figure.lifeDomainCode,
      label: figure.lifeDomain[locale],
      note: isShown ? `${meanChangeText(figure, locale)} (n = ${formatNumber(n, locale)})` : '',
      counts: isShown ? { improved, unchanged, worsened } : null,
      withheldText: suppressionLabel(figure.suppression, locale),
    };
  });
}

/**
 * The municipality's ZRM change per life domain (ZRM-verandering per leefgebied) in the chosen
 * period: diverging bars of the trajectories beside a table with the mean change, n and counts;
 * withheld domains name their reason in both.
 */
export function ProfileZrmDomains({ code, name }: { code: string; name: string }) {
  const { t, locale } = useTranslation();
  const periodName = usePeriodName();
  const [view] = useViewState();
  const [result] = useQuery({
    query: ZrmChangeByDomainQuery,
    variables: { code, period: view.to },
  });
  const figures = result.data?.municipality?.zrmChangeByDomain ?? [];
  const shown = figures.filter((figure) => figure.n != null).length;
  const caption = `${t('zrmDomainsCaption', { name })}, ${periodName(view.to)}`;
  return (
    <section aria-labelledby="zrm-domains-heading" className="wn-indicator wn-zrm-domains">
      <h2 id="zrm-domains-heading" className="utrecht-heading-2">
        {t('profileZrmDomains')}
      </h2>
      <p className="utrecht-paragraph">{t('profileZrmDomainsIntro')}</p>
      {result.error && <ErrorAlert error={result.error} />}
      {result.fetching && <p role="status">{t('loading')}</p>}
      {result.data && (
        <div className="wn-chart-and-table wn-chart-and-table--wide-table">
          {shown > 0 && (
            <TrajectoryBars
              rows={chartRows(figures, locale)}
              title={`${t('zrmDomainsChartTitle', { name })}, ${periodName(view.to)}`}
              summary={t('zrmDomainsChartSummary', { shown, total: figures.length })}
            />
          )}
          <DataTable
            caption={caption}
            fileNameParts={[name, 'zrm-leefgebieden', view.to]}
            rows={shown > 0 ? figures : []}
            rowKey={(figure) => figure.lifeDomainCode}
            columns={domainColumns(t, locale)}
            emptyText={
              figures[0]?.suppression && figures[0].suppression.reason !== 'NO_DATA'
                ? suppressionExplanation(figures[0].suppression, locale)
                : t('emptyZrmDomains', { name })
            }
            csv={(rows) => domainsCsv(rows, code, name, view.to)}
          />
        </div>
      )}
    </section>
  );
}

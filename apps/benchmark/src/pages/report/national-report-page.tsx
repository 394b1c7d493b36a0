import { useQuery } from 'urql';
import { DistributionStrip } from '../../charts/distribution-strip';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { IndicatorExplanation } from '../../components/indicator-explanation';
import { IndicatorFields } from '../../components/indicator-explanation.graphql';
import { SelectField } from '../../components/select-field';
import { useDocumentTitle } from '../../components/use-document-title';
import { useKeptPeriods } from '../../components/use-periods';
import { longFigureOf, toLongCsvTable } from '../../csv/long-format';
import { exportDecimals, formatChange, formatValue } from '../../format/number-format';
import { type ResultOf, readFragment } from '../../graphql/graphql';
import { useTranslation } from '../../i18n/use-translation';
import { useOpenProfile, useProfileHref } from '../../url-state/use-open-profile';
import { useViewState } from '../../url-state/use-view-state';
import { type National, PAGE_GROUPS, readNational } from '../compare-data';
import { kindText } from '../indicator-reference';
import { IndicatorsQuery } from '../indicators-page.graphql';
import { ProfileLink } from '../profile-link';
import { NationalReportQuery } from './report.graphql';
import { coverageOf, type Mover, topMovers, type YearValue } from './report-figures';

// The first year the rollups hold figures for (packages/db ROLLUP_PERIODS).
const MOVERS_EACH_WAY = 3;

type Indicator = ResultOf<typeof IndicatorFields>;

function yearValues(
  period:
    | {
        allMunicipalities: readonly {
          municipalityCode: string;
          municipalityName: string;
          value?: number | null;
        }[];
      }
    | undefined,
): YearValue[] {
  return (period?.allMunicipalities ?? []).map((item) => ({
    code: item.municipalityCode,
    name: item.municipalityName,
    value: item.value ?? null,
  }));
}

/** The distribution of one indicator in words: median, middle half, 80% band and coverage. */
function Distribution({
  indicator,
  national,
  values,
}: {
  indicator: Indicator;
  national: National;
  values: readonly YearValue[];
}) {
  const { t, locale } = useTranslation();
  const format = (value: number | null | undefined) =>
    value == null ? '–' : formatValue(value, indicator, locale);
  const coverage = coverageOf(values);
  const items: readonly [string, string][] = [
    [t('nationalMedian'), format(national.median)],
    [t('middleHalf'), `${format(national.p25)} – ${format(national.p75)}`],
    [t('band'), `${format(national.p10)} – ${format(national.p90)}`],
    [
      t('coverage'),
      t('coverageText', { withValue: coverage.withValue, publishing: coverage.publishing }),
    ],
  ];
  return (
    <dl className="wn-key-figures wn-key-figures--small">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function MoversTable({
  indicator,
  movers,
  year,
}: {
  indicator: Indicator;
  movers: readonly Mover[];
  year: string;
}) {
  const { t, locale } = useTranslation();
  const openProfile = useOpenProfile();
  const profileHref = useProfileHref();
  const format = (value: number) => formatValue(value, indicator, locale, { withUnit: false });
  return (
    <DataTable
      caption={t('reportMovers', { name: indicator.name[locale], year })}
      fileNameParts={[indicator.code, 'stijgers-dalers', year]}
      rows={movers}
      rowKey={(mover) => mover.code}
      emptyText={t('emptyMovers')}
      onOpenRow={(mover) => openProfile(mover.code)}
      csv={(shown) =>
        toLongCsvTable(
          shown.map((mover) =>
            longFigureOf(
              { ...mover, value: mover.to, n: null, suppression: null },
              indicator.code,
              year,
            ),
          ),
          () => exportDecimals(indicator),
        )
      }
      columns={[
        {
          header: t('municipality'),
          isRowHeader: true,
          cell: (mover) => <ProfileLink name={mover.name} href={profileHref(mover.code)} />,
          csv: (mover) => mover.name,
        },
        {
          header: String(Number(year) - 1),
          isNumeric: true,
          cell: (mover) => format(mover.from),
          csv: (mover) => mover.from,
        },
        {
          header: year,
          isNumeric: true,
          cell: (mover) => format(mover.to),
          csv: (mover) => mover.to,
        },
        {
          header: t('change'),
          isNumeric: true,
          cell: (mover) => formatChange(mover.change, indicator, locale),
          csv: (mover) => mover.change,
          sortKey: (mover) => mover.change,
        },
      ]}
    />
  );
}

type ReportIndicator = ResultOf<typeof NationalReportQuery>['compare']['indicators'][number];

/** One indicator of the report: its distribution as a strip and in figures, and its movers. */
function ReportIndicatorSection({ item, year }: { item: ReportIndicator; year: string }) {
  const { t, locale } = useTranslation();
  const indicator = readFragment(IndicatorFields, item.indicator);
  const current = item.periods.find((period) => period.period === year);
  const previous = item.periods.find((period) => period.period === String(Number(year) - 1));
  if (!current) return null;
  const national = readNational(current.national);
  const values = yearValues(current);
  const { rises, falls } = topMovers(yearValues(previous), values, MOVERS_EACH_WAY);
  const name = indicator.name[locale];
  return (
    <article className="wn-report-indicator" aria-labelledby={`report-${indicator.code}`}>
      <h3 id={`report-${indicator.code}`} className="utrecht-heading-3">
        {name} <span className="wn-muted">({kindText(indicator.kind, t)})</span>
      </h3>
      <IndicatorExplanation indicator={indicator} />
      <Distribution indicator={indicator} national={national} values={values} />
      <div className="wn-chart-and-table">
        <DistributionStrip
          title={t('distributionTitle', { name, period: year })}
          unit={indicator}
          national={national}
          all={values}
          highlighted={[]}
        />
        <MoversTable indicator={indicator} movers={[...rises, ...falls]} year={year} />
      </div>
    </article>
  );
}

/**
 * The yearly national report for institutes: every indicator of the registry with its
 * distribution, coverage and the municipalities that moved most, from the published figures.
 */
export default function NationalReportPage() {
  const { t } = useTranslation();
  const [view, update] = useViewState();
  // Complete years only, from the gateway's calendar: a report covers a whole year.
  const kept = useKeptPeriods('year');
  const years = kept.periods.filter((period) => period.isComplete).map((period) => period.code);
  const lastYear = years[0] ?? '';
  const year = view.granularity === 'year' && years.includes(view.to) ? view.to : lastYear;
  useDocumentTitle(t('reportTitle', { year }));
  const [indicatorsResult] = useQuery({ query: IndicatorsQuery });
  const indicators = (indicatorsResult.data?.indicators ?? []).map((item) =>
    readFragment(IndicatorFields, item),
  );
  const [result] = useQuery({
    query: NationalReportQuery,
    variables: {
      input: {
        indicatorCodes: indicators.map((indicator) => indicator.code),
        granularity: 'YEAR',
        from: String(Number(year) - 1),
        to: year,
      },
    },
    pause: indicators.length === 0 || year === '',
  });
  const error = indicatorsResult.error ?? result.error;
  const compared = result.data?.compare.indicators ?? [];
  const groups = [
    ...(PAGE_GROUPS['team-composition'] ?? []),
    ...(PAGE_GROUPS['hours-in-wijk'] ?? []),
    ...(PAGE_GROUPS.outcomes ?? []),
  ];
  return (
    <div className="wn-report">
      <h1 className="utrecht-heading-1">{t('reportTitle', { year })}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('reportIntro')}</p>
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <div>
          <SelectField
            label={t('year')}
            value={year}
            onChange={(value) =>
              update({ granularity: 'year', from: String(Number(value) - 1), to: value })
            }
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </SelectField>
        </div>
      </form>
      {error && <ErrorAlert error={error} />}
      {(result.fetching || indicatorsResult.fetching || kept.isLoading) && (
        <p role="status">{t('loading')}</p>
      )}
      {!kept.isLoading && year === '' && (
        <p className="utrecht-paragraph">{t('reportNoCompleteYear')}</p>
      )}
      {groups.map((group) => {
        const items = compared.filter(
          (item) => readFragment(IndicatorFields, item.indicator).group === group,
        );
        if (items.length === 0) return null;
        return (
          <section key={group} className="wn-indicator" aria-labelledby={`report-group-${group}`}>
            <h2 id={`report-group-${group}`} className="utrecht-heading-2">
              {t(`group${group}`)}
            </h2>
            {items.map((item) => (
              <ReportIndicatorSection
                key={readFragment(IndicatorFields, item.indicator).code}
                item={item}
                year={year}
              />
            ))}
          </section>
        );
      })}
      {result.data && compared.length === 0 && (
        <p className="utrecht-paragraph">{t('emptyReport', { year })}</p>
      )}
    </div>
  );
}

import { memo, useMemo } from 'react';
import { DistributionStrip } from '../charts/distribution-strip';
import { type DataColumn, DataTable } from '../components/data-table';
import { IndicatorExplanation } from '../components/indicator-explanation';
import { IndicatorFields } from '../components/indicator-explanation.graphql';
import { longFigureOf, toLongCsvTable } from '../csv/long-format';
import { exportDecimals, type FigureScale, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { readFragment } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
import { type Translate, useTranslation } from '../i18n/use-translation';
import { useOpenProfile, useProfileHref } from '../url-state/use-open-profile';
import {
  type Figure,
  figuresOf,
  type National,
  readNational,
  type SectionComparison,
} from './compare-data';
import { figureColumns } from './figure-columns';
import { kindText, referenceText } from './indicator-reference';
import { ProfileLink } from './profile-link';

function sectionColumns(
  unit: FigureScale,
  national: National,
  {
    t,
    locale,
    profileHref,
  }: { t: Translate; locale: Locale; profileHref: (code: string) => string },
): DataColumn<Figure>[] {
  const figure = figureColumns<Figure>(
    (row) => row,
    () => unit,
    { t, locale },
  );
  const format = (value: number | null | undefined) =>
    value == null ? '–' : formatValue(value, unit, locale, { withUnit: false });
  return [
    {
      header: t('municipality'),
      isRowHeader: true,
      cell: (row) => <ProfileLink name={row.name} href={profileHref(row.code)} />,
      csv: (row) => row.name,
    },
    figure.value,
    figure.n,
    {
      header: t('nationalMedian'),
      isNumeric: true,
      cell: () => format(national.median),
      csv: () => national.median,
    },
    {
      header: t('middleHalf'),
      isNumeric: true,
      cell: () => `${format(national.p25)} – ${format(national.p75)}`,
      csv: () => (national.p25 == null ? '' : `${national.p25} – ${national.p75}`),
    },
    figure.zScore,
    figure.rank,
    figure.change,
  ];
}

/**
 * One indicator in the last period: its explanation, the national strip plot and the table of
 * the chosen municipalities. Drawn again only when its comparison changes.
 */
export const IndicatorSection = memo(function IndicatorSection({
  comparison,
}: {
  comparison: SectionComparison;
}) {
  const { t, locale } = useTranslation();
  const openProfile = useOpenProfile();
  const profileHref = useProfileHref();
  const indicator = readFragment(IndicatorFields, comparison.indicator);
  const latestPeriod = comparison.periods.at(-1);
  const latest = useMemo(
    () =>
      latestPeriod && {
        period: latestPeriod.period,
        national: readNational(latestPeriod.national),
        figures: figuresOf(latestPeriod),
        all: latestPeriod.allMunicipalities.map((item) => ({
          code: item.municipalityCode,
          name: item.municipalityName,
          value: item.value ?? null,
        })),
      },
    [latestPeriod],
  );
  if (!latest) return null;
  const name = indicator.name[locale];
  const period = formatPeriod(latest.period, locale, 'long');
  const reference = referenceText(indicator.code, locale);

  return (
    <section
      className="wn-indicator wn-indicator--below-the-fold"
      aria-labelledby={`indicator-${indicator.code}`}
    >
      <h2 id={`indicator-${indicator.code}`} className="utrecht-heading-2">
        {name}
      </h2>
      <p className="wn-muted">
        {kindText(indicator.kind, t)}
        {reference && ` · ${t('reference')}: ${reference}`}
      </p>
      <IndicatorExplanation indicator={indicator} />
      <div className="wn-chart-and-table">
        <DistributionStrip
          title={t('distributionTitle', { name, period })}
          unit={indicator}
          national={latest.national}
          all={latest.all}
          highlighted={latest.figures}
          onOpen={openProfile}
        />
        <DataTable
          caption={`${name}, ${period}`}
          fileNameParts={[indicator.code, latest.period]}
          rows={latest.figures}
          rowKey={(figure) => figure.code}
          columns={sectionColumns(indicator, latest.national, { t, locale, profileHref })}
          emptyText={t('emptyChosen')}
          onOpenRow={(figure) => openProfile(figure.code)}
          csv={(figures) =>
            toLongCsvTable(
              figures.map((figure) => longFigureOf(figure, indicator.code, latest.period)),
              () => exportDecimals(indicator),
            )
          }
        />
      </div>
    </section>
  );
});

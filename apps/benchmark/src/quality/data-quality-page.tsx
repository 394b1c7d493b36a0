import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { ErrorAlert } from '../components/error-alert';
import { SelectField } from '../components/select-field';
import { SignInNotice } from '../components/sign-in-notice';
import { useDocumentTitle } from '../components/use-document-title';
import { useKeptPeriods, usePeriodName } from '../components/use-periods';
import { deliveryText } from '../delivery/delivery-messages';
import { formatNumber, formatValue } from '../format/number-format';
import { formatPeriod, granularityOf, shiftPeriod } from '../format/period';
import { readFragment } from '../graphql/graphql';
import type { Locale } from '../i18n/locale';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { useViewer } from '../viewer/use-viewer';
import {
  DataQualitiesQuery,
  DataQualityShares,
  OwnDataQualityQuery,
} from './data-quality-page.graphql';
import { type QualityMessageKey, qualityText } from './quality-messages';
import {
  SHARE_NAMES,
  type ShareName,
  type Shares,
  shareColumns,
  shareCsv,
  shareText,
} from './registration-shares';

const percent = (share: number, locale: Locale) =>
  formatValue(share, { unit: 'share', precision: 0 }, locale);

/** Whether the intake-and-closure share is enough for the ZRM outcome figures, in a sentence. */
function CompletenessNotice({
  shares,
  threshold,
  isBelow,
  period,
}: {
  shares: Shares;
  threshold: number;
  isBelow: boolean;
  period: string;
}) {
  const { locale } = useTranslation();
  const nameOf = usePeriodName();
  const { share } = shares.intakeAndClosureZrm;
  const values = {
    period: nameOf(period),
    share: share === null ? '' : percent(share, locale),
    threshold: percent(threshold, locale),
  };
  if (share === null)
    return <p className="utrecht-paragraph">{qualityText(locale, 'nothingClosed', values)}</p>;
  return (
    <div
      className={`utrecht-alert ${isBelow ? 'utrecht-alert--warning' : 'utrecht-alert--ok'} wn-notice`}
      role={isBelow ? 'alert' : 'status'}
    >
      <p className="utrecht-paragraph">
        {qualityText(locale, isBelow ? 'flagged' : 'complete', values)}
      </p>
    </div>
  );
}

/** The municipality's own registration: every share with its counts, and the last deliveries. */
function OwnQuality({ code, period }: { code: string; period: string }) {
  const { locale } = useTranslation();
  const text = (key: QualityMessageKey, values = {}) => qualityText(locale, key, values);
  const nameOf = usePeriodName();
  const [result] = useQuery({ query: OwnDataQualityQuery, variables: { code, period } });
  if (result.error) return <ErrorAlert error={result.error} />;
  const quality = result.data?.municipality?.dataQuality;
  if (result.fetching && !quality) return null;
  if (!quality) return <p className="utrecht-paragraph">{text('noOwnQuality')}</p>;
  const shares = readFragment(DataQualityShares, quality);
  const periodName = nameOf(period, 'short');
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const count = (value: number | null) => (value === null ? '' : formatNumber(value, locale));
  return (
    <section aria-labelledby="wn-quality-own">
      <h2 id="wn-quality-own" className="utrecht-heading-2">
        {text('own', { period: periodName })}
      </h2>
      <CompletenessNotice
        shares={shares}
        threshold={quality.completenessThreshold}
        isBelow={quality.isBelowCompletenessThreshold}
        period={period}
      />
      <DataTable<ShareName>
        caption={text('own', { period: periodName })}
        rows={SHARE_NAMES}
        rowKey={(name) => name}
        fileNameParts={['datakwaliteit', code, period]}
        emptyText=""
        columns={[
          {
            header: text('measure'),
            cell: (name) => text(name),
            csv: (name) => name,
            isRowHeader: true,
          },
          {
            header: text('count'),
            cell: (name) => count(shares[name].count),
            csv: (name) => shares[name].count,
            isNumeric: true,
          },
          {
            header: text('total'),
            cell: (name) => count(shares[name].total),
            csv: (name) => shares[name].total,
            isNumeric: true,
          },
          {
            header: text('share'),
            cell: (name) => shareText(shares[name], locale),
            csv: (name) => shareCsv(shares[name]),
            isNumeric: true,
          },
        ]}
      />
      <DataTable
        caption={text('deliveries')}
        rows={quality.lastDeliveries}
        rowKey={(delivery) => delivery.kind}
        fileNameParts={['aanleveringen', code]}
        emptyText={text('noDeliveries')}
        columns={[
          {
            header: text('kind'),
            cell: (d) => deliveryText(locale, d.kind),
            csv: (d) => d.kind,
            isRowHeader: true,
          },
          {
            header: text('quarter'),
            cell: (d) => formatPeriod(d.period, locale),
            csv: (d) => d.period,
          },
          {
            header: text('deliveredAt'),
            cell: (d) =>
              d.deliveredAt ? time.format(new Date(d.deliveredAt)) : text('noDeliveredAt'),
            csv: (d) => d.deliveredAt,
          },
        ]}
      />
    </section>
  );
}

/** The shares of every municipality the viewer may see: its own and those that publish. */
function PublishersQuality({ period }: { period: string }) {
  const { locale } = useTranslation();
  const nameOf = usePeriodName();
  const [result] = useQuery({ query: DataQualitiesQuery, variables: { period } });
  if (result.error) return <ErrorAlert error={result.error} />;
  const rows = (result.data?.dataQualities ?? []).map((quality) => ({
    municipality: quality.municipality,
    shares: readFragment(DataQualityShares, quality),
  }));
  const caption = qualityText(locale, 'publishers', { period: nameOf(period, 'short') });
  return (
    <section aria-labelledby="wn-quality-publishers" aria-busy={result.fetching}>
      <h2 id="wn-quality-publishers" className="utrecht-heading-2">
        {caption}
      </h2>
      <p className="utrecht-paragraph wn-narrow">
        {qualityText(locale, 'publishersIntro', { threshold: 10 })}
      </p>
      {!result.fetching && (
        <DataTable
          caption={qualityText(locale, 'sharesPerMunicipality')}
          rows={rows}
          rowKey={(row) => row.municipality.code}
          fileNameParts={['datakwaliteit', 'gemeenten', period]}
          emptyText={qualityText(locale, 'noPublishers')}
          columns={[
            {
              header: qualityText(locale, 'municipality'),
              cell: (row) => row.municipality.name,
              csv: (row) => row.municipality.code,
              isRowHeader: true,
              sortKey: (row) => row.municipality.name,
            },
            ...shareColumns(locale, (row: (typeof rows)[number]) => row.shares),
          ]}
        />
      )}
    </section>
  );
}

/** Datakwaliteit: how complete the registration is, own and of the publishing municipalities. */
export default function DataQualityPage() {
  const { t, locale } = useTranslation();
  const { viewer, hasRole } = useViewer();
  const [view, update] = useViewState();
  const title = qualityText(locale, 'title');
  useDocumentTitle(title);
  const period = view.to;
  const isOwner = viewer?.role === 'MUNICIPALITY' || viewer?.role === 'ADMIN';
  // Years first, then quarters, each newest first, as the gateway's calendar keeps them.
  const periodName = usePeriodName();
  const years = useKeptPeriods('year').periods;
  const quarters = useKeptPeriods('quarter').periods;
  const options = [...years, ...quarters];
  if (!options.some((option) => option.code === period))
    options.push({ code: period, isComplete: true, throughQuarter: null });
  const choose = (value: string) =>
    update({
      to: value,
      from: shiftPeriod(value, -3),
      granularity: granularityOf(value) ?? 'quarter',
    });
  return (
    <div className="wn-quality">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph wn-narrow">{qualityText(locale, 'intro')}</p>
      <SignInNotice message="signInForOwnData" />
      {hasRole && (
        <>
          <SelectField
            label={t('period')}
            value={period}
            onChange={choose}
            className="wn-quality__period"
          >
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {periodName(option.code)}
              </option>
            ))}
          </SelectField>
          {isOwner && viewer.municipalityCode && (
            <OwnQuality code={viewer.municipalityCode} period={period} />
          )}
          {viewer && <PublishersQuality period={period} />}
        </>
      )}
    </div>
  );
}

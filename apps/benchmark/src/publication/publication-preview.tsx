import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { type DataColumn, DataTable } from '../components/data-table';
import { ErrorAlert } from '../components/error-alert';
import { figureContent } from '../components/figure-value';
import { PeriodPicker } from '../components/period-picker';
import { formatPeriod, granularityOf } from '../format/period';
import type { IndicatorGroup, ResultOf } from '../graphql/graphql';
import { usePageText } from '../i18n/page-messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { PublicationPreviewQuery, SetPublicationMutation } from './publication.graphql';
import { PUBLICATION_MESSAGES } from './publication-messages';

type Figure = NonNullable<
  ResultOf<typeof PublicationPreviewQuery>['publicationPreview']
>['figures'][number];

/** One period of the preview: the figure of each of the group's indicators. */
interface PreviewRow {
  readonly period: string;
  readonly figures: ReadonlyMap<string, Figure>;
}

/** How many figures others see, and why the rest is left out. */
function countFigures(figures: readonly Figure[]) {
  const count = (reason: string | null) =>
    figures.filter((figure) => (figure.suppression?.reason ?? null) === reason).length;
  return {
    total: figures.length,
    shown: count(null),
    small: count('SMALL_NUMBER'),
    derivable: count('DERIVABLE'),
    none: count('NO_DATA'),
  };
}

function previewRowsOf(figures: readonly Figure[]): PreviewRow[] {
  const rows = new Map<string, Map<string, Figure>>();
  for (const figure of figures) {
    const row = rows.get(figure.period) ?? new Map<string, Figure>();
    row.set(figure.indicator.code, figure);
    rows.set(figure.period, row);
  }
  return [...rows]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([period, byIndicator]) => ({ period, figures: byIndicator }));
}

/**
 * Exactly what everyone outside the municipality sees of a group once it is published, as the
 * gateway's publicationPreview gives it (the very figures of the national benchmark, after its
 * suppression), with the choice to confirm the switch or leave it.
 */
export function PublicationPreview({
  group,
  groupLabel,
  municipalityName,
  isPublishing,
  onDone,
  onCancel,
}: {
  group: IndicatorGroup;
  groupLabel: string;
  municipalityName: string;
  isPublishing: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useTranslation();
  const text = usePageText(PUBLICATION_MESSAGES);
  const [view] = useViewState();
  const [result] = useQuery({
    query: PublicationPreviewQuery,
    variables: { indicatorGroup: group, from: view.from, to: view.to },
    requestPolicy: 'network-only',
  });
  const [setting, setPublication] = useMutation(SetPublicationMutation);
  // The range asked for holds its quarters and whole years; the table shows the picker's kind.
  const figures = (result.data?.publicationPreview?.figures ?? []).filter(
    (figure) => granularityOf(figure.period) === view.granularity,
  );
  const indicators = useMemo(
    () => [...new Map(figures.map((figure) => [figure.indicator.code, figure.indicator])).values()],
    [figures],
  );
  const columns: DataColumn<PreviewRow>[] = [
    {
      header: text('period'),
      isRowHeader: true,
      cell: (row) => formatPeriod(row.period, locale),
      csv: (row) => row.period,
    },
    ...indicators.map(
      (indicator): DataColumn<PreviewRow> => ({
        header: indicator.name[locale],
        isNumeric: true,
        cell: (row) => {
          const figure = row.figures.get(indicator.code);
          return figure ? figureContent(figure, indicator, locale) : '–';
        },
        csv: (row) => row.figures.get(indicator.code)?.value ?? null,
      }),
    ),
  ];
  const confirm = async () => {
    const answer = await setPublication({ indicatorGroup: group, isPublished: isPublishing });
    if (!answer.error) onDone();
  };
  const range = `${formatPeriod(view.from, locale)} – ${formatPeriod(view.to, locale)}`;
  return (
    <section aria-labelledby="preview-heading" className="wn-staff-panel">
      <h2 id="preview-heading" className="utrecht-heading-2">
        {text('previewTitle', { group: groupLabel })}
      </h2>
      <p className="utrecht-paragraph">
        {text(isPublishing ? 'previewWillShow' : 'previewWillHide', { name: municipalityName })}
      </p>
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <PeriodPicker />
      </form>
      {result.fetching && <p role="status">{t('loading')}</p>}
      {result.error && <ErrorAlert error={result.error} />}
      {result.data && (
        <>
          <p className="utrecht-paragraph">{text('previewSummary', countFigures(figures))}</p>
          <DataTable
            caption={text('previewCaption', { group: groupLabel, range })}
            columns={columns}
            rows={previewRowsOf(figures)}
            rowKey={(row) => row.period}
            fileNameParts={['publicatie', group.toLowerCase(), view.from, view.to]}
            emptyText={text('noFigures')}
          />
        </>
      )}
      {setting.error && <ErrorAlert error={setting.error} />}
      <div className="wn-staff-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={setting.fetching || !result.data}
          onClick={confirm}
        >
          {text(isPublishing ? 'confirmOn' : 'confirmOff', { group: groupLabel })}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onCancel}
        >
          {text('cancel')}
        </button>
      </div>
    </section>
  );
}

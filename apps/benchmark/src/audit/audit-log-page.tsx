import { type FormEvent, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { ErrorAlert, errorText } from '../components/error-alert';
import { SignInNotice } from '../components/sign-in-notice';
import { TextField } from '../components/text-field';
import { useDocumentTitle } from '../components/use-document-title';
import { csvFileName, downloadCsv } from '../csv/csv-export';
import type { ResultOf } from '../graphql/graphql';
import { useTranslation } from '../i18n/use-translation';
import { useViewer } from '../viewer/use-viewer';
import { AuditLogCsvQuery, AuditLogQuery } from './audit-log-page.graphql';
import { type AuditMessageKey, auditText } from './audit-messages';

/** Rows shown on the page; the CSV holds the rest. */
const PAGE_ROWS = 200;

interface Filters {
  readonly from: string;
  readonly to: string;
  readonly actor: string;
  readonly householdId: string;
}

const NO_FILTERS: Filters = { from: '', to: '', actor: '', householdId: '' };

/** The filters as query variables: an empty field filters nothing. */
const variablesOf = (filters: Filters) => ({
  from: filters.from || null,
  to: filters.to || null,
  actor: filters.actor.trim() || null,
  householdId: filters.householdId.trim() || null,
});

type AuditRow = NonNullable<ResultOf<typeof AuditLogQuery>['auditLog']>[number];

/** The log's rows, newest first: when, who, in which role, read or write, about what, through what. */
function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  const { locale } = useTranslation();
  const text = (key: AuditMessageKey, values = {}) => auditText(locale, key, values);
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <DataTable
      caption={text('caption')}
      rows={rows}
      rowKey={(row) => row.id}
      fileNameParts={['logboek']}
      emptyText={text('noRows')}
      columns={[
        {
          header: text('occurredAt'),
          cell: (row) => time.format(new Date(row.occurredAt)),
          csv: (row) => row.occurredAt,
          isRowHeader: true,
        },
        { header: text('actor'), cell: (row) => row.actor, csv: (row) => row.actor },
        { header: text('role'), cell: (row) => row.role, csv: (row) => row.role },
        {
          header: text('action'),
          cell: (row) => (row.action === 'write' ? text('write') : text('read')),
          csv: (row) => row.action,
        },
        {
          header: text('subject'),
          cell: (row) => (
            <span className="wn-audit__subjects">
              {text('subjectCount', {
                count: row.subjectIds.length,
                kind: row.subjectType === 'plan' ? text('plan') : text('household'),
              })}
              {row.subjectIds.length > 0 && <code>{row.subjectIds.join(' ')}</code>}
            </span>
          ),
          csv: (row) => row.subjectIds.join(' '),
        },
        {
          header: text('operation'),
          cell: (row) => row.operation ?? '',
          csv: (row) => row.operation,
        },
        {
          header: text('details'),
          cell: (row) => row.details ?? '',
          csv: (row) => row.details,
        },
      ]}
    />
  );
}

/** The officer's search: a period, a subject and a household, applied together; and the CSV. */
function AuditFilterForm({
  draft,
  onChange,
  onApply,
  onClear,
  onDownload,
  isDownloading,
}: {
  draft: Filters;
  onChange: (filters: Filters) => void;
  onApply: (event: FormEvent) => void;
  onClear: () => void;
  onDownload: () => void;
  isDownloading: boolean;
}) {
  const { locale } = useTranslation();
  const text = (key: AuditMessageKey, values = {}) => auditText(locale, key, values);
  const field = (name: keyof Filters) => (value: string) => onChange({ ...draft, [name]: value });
  return (
    <form className="wn-audit__filters" onSubmit={onApply} aria-label={text('filters')}>
      <TextField label={text('from')} type="date" value={draft.from} onChange={field('from')} />
      <TextField label={text('to')} type="date" value={draft.to} onChange={field('to')} />
      <TextField
        label={text('actor')}
        hint={text('actorHint')}
        type="text"
        value={draft.actor}
        onChange={field('actor')}
      />
      <TextField
        label={text('householdId')}
        hint={text('householdIdHint')}
        type="text"
        value={draft.householdId}
        onChange={field('householdId')}
      />
      <div className="wn-audit__buttons">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {text('apply')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onClear}
        >
          {text('clear')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={isDownloading}
          onClick={onDownload}
        >
          {isDownloading ? text('downloading') : text('download')}
        </button>
      </div>
    </form>
  );
}

/** The privacy officer's page: the audit log filtered by period, subject and household, and its CSV. */
export default function AuditLogPage() {
  const { t, locale } = useTranslation();
  const text = (key: AuditMessageKey, values = {}) => auditText(locale, key, values);
  useDocumentTitle(text('title'));
  const { viewer, hasRole } = useViewer();
  const client = useClient();
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [download, setDownload] = useState<'idle' | 'busy' | string>('idle');
  const isOfficer = viewer?.role === 'MUNICIPALITY' || viewer?.role === 'ADMIN';
  const [result] = useQuery({
    query: AuditLogQuery,
    variables: { ...variablesOf(filters), first: PAGE_ROWS },
    pause: !isOfficer,
    requestPolicy: 'network-only',
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  const downloadRows = async () => {
    setDownload('busy');
    const answer = await client.query(AuditLogCsvQuery, variablesOf(filters)).toPromise();
    if (answer.error) return setDownload(errorText(answer.error, t));
    const csv = answer.data?.auditLogCsv ?? '';
    downloadCsv(
      csvFileName(['logboek', viewer?.municipalityCode ?? '', filters.from, filters.to]),
      csv,
    );
    setDownload('idle');
  };

  if (!hasRole || (viewer && !isOfficer))
    return (
      <div className="wn-narrow">
        <h1 className="utrecht-heading-1">{text('title')}</h1>
        <SignInNotice message="signInForOwnData" />
        {viewer && <p className="utrecht-paragraph">{text('needsMunicipality')}</p>}
      </div>
    );
  const rows = result.data?.auditLog ?? [];
  return (
    <div className="wn-audit">
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph wn-narrow">{text('intro')}</p>
      <AuditFilterForm
        draft={draft}
        onChange={setDraft}
        onApply={apply}
        onClear={() => {
          setDraft(NO_FILTERS);
          setFilters(NO_FILTERS);
        }}
        onDownload={downloadRows}
        isDownloading={download === 'busy'}
      />
      {download !== 'idle' && download !== 'busy' && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          {download}
        </div>
      )}
      {result.error && <ErrorAlert error={result.error} />}
      {!result.fetching && !result.error && (
        <section aria-busy={result.fetching}>
          {rows.length === PAGE_ROWS && (
            <p className="utrecht-paragraph">{text('shown', { count: PAGE_ROWS })}</p>
          )}
          <AuditTable rows={rows} />
        </section>
      )}
    </div>
  );
}

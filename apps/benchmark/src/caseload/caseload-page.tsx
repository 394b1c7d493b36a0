import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert';
import { SelectField } from '../components/select-field';
import { useDocumentTitle } from '../components/use-document-title';
import { usePageText } from '../i18n/page-messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewer } from '../viewer/use-viewer';
import { CaseloadQuery } from './caseload.graphql';
import { CASELOAD_MESSAGES } from './caseload-messages';
import { CaseloadTable } from './caseload-table';
import '../styles/staff-pages.css';

const PAGE_SIZE = 20;
const STATUSES = ['INTAKE', 'ACTIVE', 'CLOSED'] as const;
type Status = (typeof STATUSES)[number];

/** Where the page stands in the connection: forward after a cursor, or back before one. */
type Paging =
  | { readonly first: number; readonly after?: string }
  | { readonly last: number; readonly before: string };

/**
 * A team lead's caseload (its own team's plans; a municipality's all teams'), a page at a time
 * through the `plans` connection.
 */
export default function CaseloadPage() {
  const { t } = useTranslation();
  const text = usePageText(CASELOAD_MESSAGES);
  const { viewer } = useViewer();
  const [status, setStatus] = useState<Status | ''>('');
  const [paging, setPaging] = useState<Paging>({ first: PAGE_SIZE });
  const [pageNumber, setPageNumber] = useState(1);
  const isTenant =
    viewer?.role === 'TEAM' || viewer?.role === 'MUNICIPALITY' || viewer?.role === 'ADMIN';
  const [result] = useQuery({
    query: CaseloadQuery,
    variables: { ...paging, status: status || null },
    pause: !isTenant,
    requestPolicy: 'cache-and-network',
  });
  const data = result.data;
  const teamName = data?.viewer.teamName;
  const title = teamName ? text('titleTeam', { team: teamName }) : text('title');
  useDocumentTitle(title);
  if (viewer && !isTenant) {
    return (
      <div className="wn-narrow">
        <h1 className="utrecht-heading-1">{text('title')}</h1>
        <p className="utrecht-paragraph">{text('needsTenant')}</p>
      </div>
    );
  }
  const chooseStatus = (value: string) => {
    setStatus(value as Status | '');
    setPaging({ first: PAGE_SIZE });
    setPageNumber(1);
  };
  const pageInfo = data?.plans.pageInfo;
  const plans = data?.plans.edges.map((edge) => edge.node) ?? [];
  return (
    <div>
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph wn-narrow">
        {teamName
          ? text('intro')
          : text('introMunicipality', { name: data?.viewer.municipalityName ?? '' })}
      </p>
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <SelectField label={text('status')} value={status} onChange={chooseStatus}>
          <option value="">{text('allStatuses')}</option>
          {STATUSES.map((option) => (
            <option key={option} value={option}>
              {text(option)}
            </option>
          ))}
        </SelectField>
      </form>
      {result.fetching && !data && <p role="status">{t('loading')}</p>}
      {result.error && <ErrorAlert error={result.error} />}
      {data && plans.length === 0 && <p className="utrecht-paragraph">{text('empty')}</p>}
      {plans.length > 0 && (
        <CaseloadTable
          plans={plans}
          caption={text('caption', { page: pageNumber })}
          showsTeam={!teamName}
        />
      )}
      <div className="wn-staff-actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!pageInfo?.hasPreviousPage || !pageInfo.startCursor}
          onClick={() => {
            setPaging({ last: PAGE_SIZE, before: pageInfo?.startCursor ?? '' });
            setPageNumber((page) => page - 1);
          }}
        >
          {text('previous')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor}
          onClick={() => {
            setPaging({ first: PAGE_SIZE, after: pageInfo?.endCursor ?? '' });
            setPageNumber((page) => page + 1);
          }}
        >
          {text('next')}
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert';
import { ViewLink } from '../components/page-link';
import { useDocumentTitle } from '../components/use-document-title';
import type { IndicatorGroup } from '../graphql/graphql';
import { usePageText } from '../i18n/page-messages';
import { useTranslation } from '../i18n/use-translation';
import { PublicationSettingsQuery } from './publication.graphql';
import { PUBLICATION_MESSAGES } from './publication-messages';
import { PublicationPreview } from './publication-preview';
import '../styles/staff-pages.css';

/** A switch being considered: which group, and which way. */
interface Change {
  readonly group: IndicatorGroup;
  readonly isPublishing: boolean;
}

/**
 * A municipality switches each indicator group's publication on or off, after a preview of
 * exactly what everyone outside it will see.
 */
export default function PublicationPage() {
  const { t } = useTranslation();
  const text = usePageText(PUBLICATION_MESSAGES);
  useDocumentTitle(text('title'));
  const [result, refetch] = useQuery({ query: PublicationSettingsQuery });
  const [change, setChange] = useState<Change | null>(null);
  const [done, setDone] = useState<Change | null>(null);
  const viewer = result.data?.viewer;
  const groupLabel = (group: IndicatorGroup) => t(`group${group}`);

  if (viewer && viewer.role !== 'MUNICIPALITY' && viewer.role !== 'ADMIN') {
    return (
      <div className="wn-narrow">
        <h1 className="utrecht-heading-1">{text('title')}</h1>
        <p className="utrecht-paragraph">{text('needsMunicipality')}</p>
      </div>
    );
  }
  const name = viewer?.municipalityName ?? viewer?.municipalityCode ?? '';
  const finish = () => {
    setDone(change);
    setChange(null);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <div>
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph wn-narrow">{text('intro')}</p>
      {result.fetching && !result.data && <p role="status">{t('loading')}</p>}
      {result.error && <ErrorAlert error={result.error} />}
      <div aria-live="polite">
        {done && (
          <div className="utrecht-alert utrecht-alert--ok wn-staff-panel">
            <p className="utrecht-paragraph">
              {text(done.isPublishing ? 'doneOn' : 'doneOff', { group: groupLabel(done.group) })}
            </p>
            {viewer?.municipalityCode && (
              <ViewLink to={{ page: 'profile', profile: viewer.municipalityCode }}>
                {text('openProfile', { name })}
              </ViewLink>
            )}
          </div>
        )}
      </div>
      {result.data && (
        <div className="wn-staff-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">{text('groupsCaption')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {text('group')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {text('status')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {text('action')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {result.data.publicationSettings.map((setting) => (
                <tr key={setting.indicatorGroup} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {groupLabel(setting.indicatorGroup)}
                  </th>
                  <td className="utrecht-table__cell">
                    {text(setting.isPublished ? 'published' : 'notPublished')}
                  </td>
                  <td className="utrecht-table__cell">
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-label={`${text(setting.isPublished ? 'previewOff' : 'previewOn')}: ${groupLabel(setting.indicatorGroup)}`}
                      onClick={() => {
                        setDone(null);
                        setChange({
                          group: setting.indicatorGroup,
                          isPublishing: !setting.isPublished,
                        });
                      }}
                    >
                      {text(setting.isPublished ? 'previewOff' : 'previewOn')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {change && (
        <PublicationPreview
          key={`${change.group}-${change.isPublishing}`}
          group={change.group}
          groupLabel={groupLabel(change.group)}
          municipalityName={name}
          isPublishing={change.isPublishing}
          onDone={finish}
          onCancel={() => setChange(null)}
        />
      )}
    </div>
  );
}

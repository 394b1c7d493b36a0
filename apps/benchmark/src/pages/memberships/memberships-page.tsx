import { formatCalendarDate } from '@wijknet/team/text-format';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../../components/error-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import type { ResultOf } from '../../graphql/graphql';
import { useTranslation } from '../../i18n/use-translation';
import { useViewer } from '../../viewer/use-viewer';
import { SignInProvidersQuery } from '../../viewer/viewer.graphql';
import { MembershipForm } from './membership-form';
import { type MembershipMessageKey, membershipText } from './memberships-messages';
import { MembershipsQuery, RemoveMembershipMutation } from './memberships-page.graphql';

type Membership = ResultOf<typeof MembershipsQuery>['memberships'][number];

function useMembershipText() {
  const { locale } = useTranslation();
  return (key: MembershipMessageKey, values: Record<string, string | number> = {}) =>
    membershipText(locale, key, values);
}

/** One membership as a row: names rather than codes wherever the gateway gives them. */
function MembershipRow({
  membership,
  providerLabel,
  onRemove,
}: {
  membership: Membership;
  providerLabel: string;
  onRemove: (membership: Membership) => void;
}) {
  const { t, locale } = useTranslation();
  const text = useMembershipText();
  const who =
    membership.subject !== null
      ? text('person', { subject: membership.subject })
      : text('group', { group: membership.groupName ?? '' });
  const label = membership.label || who;
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell">
        {label}
      </th>
      <td className="utrecht-table__cell">{who}</td>
      <td className="utrecht-table__cell">{providerLabel}</td>
      <td className="utrecht-table__cell">{t(`role${membership.role}`)}</td>
      <td className="utrecht-table__cell">
        {membership.municipalityName ?? membership.municipalityCode ?? '–'}
      </td>
      <td className="utrecht-table__cell">{membership.teamName ?? membership.teamId ?? '–'}</td>
      <td className="utrecht-table__cell">
        {text('grantedBy', {
          date: formatCalendarDate(membership.createdAt.slice(0, 10), locale),
          by: membership.createdBy,
        })}
      </td>
      <td className="utrecht-table__cell">
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-label={text('removeLabel', { label })}
          onClick={() => onRemove(membership)}
        >
          {text('remove')}
        </button>
      </td>
    </tr>
  );
}

/** Every membership in a table, each with a way to remove it. */
function MembershipList({ onChanged }: { onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const text = useMembershipText();
  const titleId = useId();
  const [result] = useQuery({ query: MembershipsQuery });
  const [providers] = useQuery({ query: SignInProvidersQuery });
  const [removal, remove] = useMutation(RemoveMembershipMutation);
  const labelOf = (issuer: string) =>
    providers.data?.signInProviders.find((provider) => provider.issuer === issuer)?.label ?? issuer;
  const removeOne = async (membership: Membership) => {
    const label = membership.label || membership.subject || membership.groupName || '';
    if (!window.confirm(text('removeConfirm', { label }))) return;
    // The answer is a boolean: naming the type makes urql ask for the list again.
    const answer = await remove({ id: membership.id }, { additionalTypenames: ['Membership'] });
    if (answer.error) return;
    onChanged(text('removed', { label }));
  };
  if (result.error) return <ErrorAlert error={result.error} />;
  const memberships = result.data?.memberships;
  if (!memberships) return <p role="status">{t('loading')}</p>;
  const headers: MembershipMessageKey[] = [
    'columnFor',
    'columnWho',
    'columnProvider',
    'columnRole',
    'columnMunicipality',
    'columnTeam',
    'columnGranted',
    'columnAction',
  ];
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId} className="utrecht-heading-2">
        {text('listTitle')}
      </h2>
      {removal.error && <ErrorAlert error={removal.error} />}
      {memberships.length === 0 ? (
        <p className="utrecht-paragraph">{text('none')}</p>
      ) : (
        <div className="wn-table">
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so keyboard users can scroll a wide table (WCAG 2.1.1, axe scrollable-region-focusable) */}
          <figure className="wn-table__scroll" tabIndex={0} aria-label={text('listCaption')}>
            <table className="utrecht-table utrecht-table--html-table">
              <caption className="wn-visually-hidden">{text('listCaption')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  {headers.map((key) => (
                    <th key={key} scope="col" className="utrecht-table__header-cell">
                      {text(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {memberships.map((membership) => (
                  <MembershipRow
                    key={membership.id}
                    membership={membership}
                    providerLabel={labelOf(membership.issuer)}
                    onRemove={(chosen) => void removeOne(chosen)}
                  />
                ))}
              </tbody>
            </table>
          </figure>
        </div>
      )}
    </section>
  );
}

/** An admin lists, adds and removes memberships: who may do what after signing in. */
export default function MembershipsPage() {
  const { t } = useTranslation();
  const text = useMembershipText();
  const { viewer } = useViewer();
  // What the last change did, read out by screen readers; the list follows by itself, as urql
  // asks again for every query that holds a Membership once a mutation touched one.
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t('pageMemberships'));
  return (
    <div className="wn-memberships">
      <h1 className="utrecht-heading-1">{t('pageMemberships')}</h1>
      <p className="utrecht-paragraph wn-narrow">{text('intro')}</p>
      {!viewer ? (
        <p role="status">{t('loading')}</p>
      ) : viewer.role !== 'ADMIN' ? (
        <p className="utrecht-paragraph">{text('adminOnly')}</p>
      ) : (
        <>
          <div aria-live="polite">
            {message && (
              <p className="utrecht-alert utrecht-alert--ok utrecht-paragraph">{message}</p>
            )}
          </div>
          <MembershipList onChanged={setMessage} />
          <MembershipForm onAdded={setMessage} />
        </>
      )}
    </div>
  );
}

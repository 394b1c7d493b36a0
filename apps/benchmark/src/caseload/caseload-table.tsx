import { formatCalendarDate } from '@wijknet/team/text-format';
import { useId } from 'react';
import type { ResultOf } from '../graphql/graphql';
import { usePageText } from '../i18n/page-messages';
import { useTranslation } from '../i18n/use-translation';
import type { CaseloadQuery } from './caseload.graphql';
import { CASELOAD_MESSAGES, type CaseloadMessageKey } from './caseload-messages';

type CaseloadPlan = ResultOf<typeof CaseloadQuery>['plans']['edges'][number]['node'];

function NextAssessment({ plan }: { plan: CaseloadPlan }) {
  const { locale } = useTranslation();
  const text = usePageText(CASELOAD_MESSAGES);
  const due = plan.nextAssessment;
  if (!due) return <>{text('nothingDue')}</>;
  const moment = text(due.moment as CaseloadMessageKey);
  return (
    <>
      {text('due', { moment, date: formatCalendarDate(due.dueOn, locale) })}
      {due.isOverdue && <strong className="wn-staff-late"> ({text('late')})</strong>}
    </>
  );
}

function Escalations({ plan }: { plan: CaseloadPlan }) {
  const { locale } = useTranslation();
  const text = usePageText(CASELOAD_MESSAGES);
  if (plan.escalations.length === 0) return <>{text('noEscalations')}</>;
  return (
    <ul className="utrecht-unordered-list wn-staff-list">
      {plan.escalations.map((escalation) => (
        <li key={escalation.escalatedOn}>
          {text('escalation', {
            target: escalation.targetName[locale],
            from: formatCalendarDate(escalation.escalatedOn, locale),
            to: escalation.deEscalatedOn
              ? formatCalendarDate(escalation.deEscalatedOn, locale)
              : text('ongoing'),
          })}
        </li>
      ))}
    </ul>
  );
}

/** One page of plans: what a team lead looks at, with names and dates, never ids. */
export function CaseloadTable({
  plans,
  caption,
  showsTeam,
}: {
  plans: readonly CaseloadPlan[];
  caption: string;
  showsTeam: boolean;
}) {
  const { locale } = useTranslation();
  const text = usePageText(CASELOAD_MESSAGES);
  const titleId = useId();
  const headers = [
    text('plan'),
    ...(showsTeam ? [text('team')] : []),
    text('status'),
    text('lead'),
    text('lastAssessment'),
    text('nextAssessment'),
    text('escalations'),
  ];
  // Each cell carries its column's name, shown beside it when the table stacks at phone width.
  const cell = (label: string) => ({ className: 'utrecht-table__cell', 'data-label': label });
  return (
    <div className="wn-table wn-table--stacks">
      <p className="wn-table__title" id={titleId}>
        {caption}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus so keyboard users can scroll a wide table (WCAG 2.1.1), as in DataTable */}
      <figure className="wn-table__scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="utrecht-table utrecht-table--html-table" aria-labelledby={titleId}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {headers.map((header) => (
                <th key={header} scope="col" className="utrecht-table__header-cell">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {plans.map((plan) => (
              <tr key={plan.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {text('openedOn', { date: formatCalendarDate(plan.openedOn, locale) })}
                </th>
                {showsTeam && <td {...cell(text('team'))}>{plan.teamName}</td>}
                <td {...cell(text('status'))}>{text(plan.status)}</td>
                <td {...cell(text('lead'))}>
                  {plan.lead
                    ? text('leadText', {
                        discipline: plan.lead.disciplineName[locale],
                        organisation: plan.lead.secondingOrganisation,
                      })
                    : text('noLead')}
                </td>
                <td {...cell(text('lastAssessment'))}>
                  {plan.latestAssessment
                    ? formatCalendarDate(plan.latestAssessment.assessedOn, locale)
                    : text('noAssessment')}
                </td>
                <td {...cell(text('nextAssessment'))}>
                  <NextAssessment plan={plan} />
                </td>
                <td {...cell(text('escalations'))}>
                  <Escalations plan={plan} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { MunicipalityPicker } from '../components/municipality-picker';
import { PeriodPicker } from '../components/period-picker';
import { formatCents, formatNumber, formatValue } from '../format/number-format';
import { formatPeriod } from '../format/period';
import { ProfileQuery } from '../graphql/documents';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import type { UnitCostOverrides } from '../url-state/view-state';
import { ComparePage } from './compare-page';

const COST_FIELDS = [
  { key: 'escalationCents', label: 'unitCostEscalation' },
  { key: 'evictionCents', label: 'unitCostEviction' },
  { key: 'supervisionOrderCents', label: 'unitCostSupervisionOrder' },
] as const;

function UnitCostField({
  field,
  defaultCents,
}: {
  field: (typeof COST_FIELDS)[number];
  defaultCents: number | undefined;
}) {
  const { t } = useTranslation();
  const [view, update] = useViewState();
  const id = useId();
  const cents = view.unitCosts[field.key] ?? defaultCents;
  const [draft, setDraft] = useState(cents === undefined ? '' : String(cents / 100));
  useEffect(() => setDraft(cents === undefined ? '' : String(cents / 100)), [cents]);
  const commit = () => {
    const euros = Number(draft.replace(',', '.'));
    const next: { -readonly [K in keyof UnitCostOverrides]: number } = { ...view.unitCosts };
    if (draft.trim() === '' || !Number.isFinite(euros) || euros < 0) delete next[field.key];
    else next[field.key] = Math.round(euros * 100);
    update({ unitCosts: next }, { replace: true });
  };
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {t(field.label)}
      </label>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        inputMode="decimal"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </div>
  );
}

/** A municipality's teams against the basic model, outcomes with stories, and its MKBA. */
export default function ProfilePage() {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const code = view.profile ?? view.municipalities[0] ?? null;
  useEffect(() => {
    if (!view.profile && code) update({ profile: code }, { replace: true });
  }, [view.profile, code, update]);
  const [result] = useQuery({
    query: ProfileQuery,
    variables: {
      code: code ?? '',
      from: view.from,
      to: view.to,
      costs: { from: view.from, to: view.to, unitCosts: view.unitCosts },
    },
    pause: code === null,
  });
  const municipality = result.data?.municipality;
  const costBenefit = municipality?.socialCostBenefit;

  return (
    <div>
      <h1 className="utrecht-heading-1">
        {municipality ? `${t('pageProfile')}: ${municipality.name}` : t('pageProfile')}
      </h1>
      <form className="wn-controls" onSubmit={(event) => event.preventDefault()}>
        <MunicipalityPicker
          names={new Map(municipality ? [[municipality.code, municipality.name]] : [])}
        />
        <PeriodPicker />
      </form>
      {view.municipalities.length > 1 && (
        <nav aria-label={t('pageProfile')} className="wn-profile-switch">
          {view.municipalities.map((other) => (
            <button
              key={other}
              type="button"
              className="utrecht-button utrecht-button--subtle"
              aria-pressed={other === code}
              onClick={() => update({ profile: other })}
            >
              {other}
            </button>
          ))}
        </nav>
      )}
      {!code && <p className="utrecht-paragraph">{t('profileChoose')}</p>}
      {result.fetching && <p role="status">{t('loading')}</p>}
      {result.error && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          {t('errorLoading', { message: result.error.message })}
        </div>
      )}
      {municipality && (
        <>
          <section aria-labelledby="teams-heading" className="wn-indicator">
            <h2 id="teams-heading" className="utrecht-heading-2">
              {t('profileTeams')}
            </h2>
            {municipality.teams.map((team) => (
              <article key={team.id} className="wn-team">
                <h3 className="utrecht-heading-3">{team.name}</h3>
                <p className="utrecht-paragraph">
                  {t('teamAge')}: {t('years', { count: formatNumber(team.ageYears, locale, 1) })} ·{' '}
                  {t('coreSize')}: {team.figures.coreSize} ·{' '}
                  {formatNumber(team.figures.fte, locale, 1)} {t('fte')} ·{' '}
                  {team.figures.hoursInWijkMean == null
                    ? ''
                    : formatValue(team.figures.hoursInWijkMean, 'HOURS', locale)}{' '}
                  · {t('districts')}: {team.districts.map((district) => district.name).join(', ')}
                </p>
                <DataTable
                  caption={`${team.name}: ${t('profileTeams')}`}
                  fileNameParts={[municipality.code, team.name, 'basismodel']}
                  rows={team.checks}
                  rowKey={(check) => check.check}
                  columns={[
                    {
                      header: t('check'),
                      isRowHeader: true,
                      cell: (c) => t(`check${c.check}`),
                      csv: (c) => t(`check${c.check}`),
                    },
                    {
                      header: t('value'),
                      cell: (c) => (
                        <span className={`wn-verdict wn-verdict--${c.verdict.toLowerCase()}`}>
                          <span aria-hidden="true">
                            {c.verdict === 'PASS' ? '✓ ' : c.verdict === 'FAIL' ? '✗ ' : 'i '}
                          </span>
                          {t(
                            c.verdict === 'PASS' ? 'pass' : c.verdict === 'FAIL' ? 'fail' : 'info',
                          )}
                        </span>
                      ),
                      csv: (c) => c.verdict,
                    },
                    {
                      header: t('reason'),
                      cell: (c) => c.reason[locale],
                      csv: (c) => c.reason[locale],
                    },
                  ]}
                />
              </article>
            ))}
          </section>
          <section aria-labelledby="stories-heading" className="wn-indicator">
            <h2 id="stories-heading" className="utrecht-heading-2">
              {t('profileOutcomes')}
            </h2>
            <div className="wn-outcomes-with-stories">
              <ProfileOutcomes />
              <aside aria-labelledby="stories-list-heading" className="wn-stories">
                <h3 id="stories-list-heading" className="utrecht-heading-3">
                  {t('profileStories')}
                </h3>
                {municipality.stories.length === 0 && <p>{t('profileNoStories')}</p>}
                {municipality.stories.map((story) => (
                  <article key={story.id} className="wn-story">
                    <h4 className="utrecht-heading-4">{story.title}</h4>
                    <p className="wn-muted">
                      {story.teamName} · {formatPeriod(story.period, locale, 'long')} ·{' '}
                      {story.lifeDomains.map((domain) => domain[locale]).join(', ')}
                    </p>
                    <p className="utrecht-paragraph">{story.body}</p>
                  </article>
                ))}
              </aside>
            </div>
          </section>
          {costBenefit && (
            <section aria-labelledby="mkba-heading" className="wn-indicator">
              <h2 id="mkba-heading" className="utrecht-heading-2">
                {t('profileCostBenefit')}
              </h2>
              <fieldset className="wn-fieldset utrecht-form-fieldset">
                <legend className="utrecht-form-fieldset__legend">{t('unitCosts')}</legend>
                <div className="wn-inline-fields">
                  {COST_FIELDS.map((field) => (
                    <UnitCostField
                      key={field.key}
                      field={field}
                      defaultCents={costBenefit.unitCosts[field.key]}
                    />
                  ))}
                </div>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => update({ unitCosts: {} })}
                >
                  {t('resetUnitCosts')}
                </button>
              </fieldset>
              <dl className="wn-key-figures" aria-live="polite">
                <div>
                  <dt>{t('preventedEscalations')}</dt>
                  <dd>{formatNumber(costBenefit.preventedEscalations, locale)}</dd>
                </div>
                <div>
                  <dt>{t('preventedEvictions')}</dt>
                  <dd>{formatNumber(costBenefit.preventedEvictions, locale)}</dd>
                </div>
                <div>
                  <dt>{t('preventedSupervisionOrders')}</dt>
                  <dd>{formatNumber(costBenefit.preventedSupervisionOrders, locale)}</dd>
                </div>
                <div>
                  <dt>{t('benefit')}</dt>
                  <dd>{formatCents(costBenefit.benefitCents, locale)}</dd>
                </div>
                <div>
                  <dt>{t('teamCost')}</dt>
                  <dd>{formatCents(costBenefit.teamCostCents, locale)}</dd>
                </div>
                <div>
                  <dt>{t('netBalance')}</dt>
                  <dd>{formatCents(costBenefit.netBalanceCents, locale)}</dd>
                </div>
                <div>
                  <dt>{t('returnPerEuro')}</dt>
                  <dd>
                    {costBenefit.returnPerEuro == null
                      ? '–'
                      : formatCents(Math.round(costBenefit.returnPerEuro * 100), locale)}
                  </dd>
                </div>
              </dl>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** The outcome indicators of the profile's municipality, reusing the compare tables. */
function ProfileOutcomes() {
  return (
    <div className="wn-profile-outcomes">
      <ComparePage group="OUTCOMES" embedded />
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { errorText } from '../../components/error-alert';
import { usePeriodName } from '../../components/use-periods';
import { parseEuros, unitCostsOf } from '../../cost-benefit/default-unit-costs';
import { formatCents, formatNumber } from '../../format/number-format';
import type { ResultOf } from '../../graphql/graphql';
import type { MessageKey } from '../../i18n/messages';
import { useTranslation } from '../../i18n/use-translation';
import { useViewState } from '../../url-state/use-view-state';
import type { UnitCostOverrides } from '../../url-state/view-state';
import { SocialCostBenefitQuery } from './profile-cost-benefit.graphql';

const COST_FIELDS = [
  { key: 'escalationCents', label: 'unitCostEscalation' },
  { key: 'evictionCents', label: 'unitCostEviction' },
  { key: 'supervisionOrderCents', label: 'unitCostSupervisionOrder' },
  { key: 'ftePerYearCents', label: 'unitCostFtePerYear' },
] as const;

const HARM_LABEL: Readonly<Record<string, MessageKey>> = {
  ESCALATION: 'harmESCALATION',
  EVICTION: 'harmEVICTION',
  SUPERVISION_ORDER: 'harmSUPERVISION_ORDER',
};

function UnitCostField({ field }: { field: (typeof COST_FIELDS)[number] }) {
  const { t } = useTranslation();
  const [view, update] = useViewState();
  const id = useId();
  const cents = unitCostsOf(view.unitCosts)[field.key];
  const [draft, setDraft] = useState(String(cents / 100));
  useEffect(() => setDraft(String(cents / 100)), [cents]);
  const commit = () => {
    const next: { -readonly [K in keyof UnitCostOverrides]: number } = { ...view.unitCosts };
    const parsed = parseEuros(draft);
    if (parsed === null) {
      setDraft(String(cents / 100));
      return;
    }
    next[field.key] = parsed;
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
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}

/** The supervision orders the municipality counts as prevented: its own count, not registered. */
function PreventedSupervisionOrdersField() {
  const { t } = useTranslation();
  const [view, update] = useViewState();
  const id = useId();
  const hintId = useId();
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {t('preventedSupervisionOrdersOwn')}
      </label>
      <p id={hintId} className="utrecht-form-field-description">
        {t('preventedSupervisionOrdersHint')}
      </p>
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type="number"
        min={0}
        step={1}
        aria-describedby={hintId}
        value={view.preventedSupervisionOrders}
        onChange={(event) => {
          const count = Number(event.target.value);
          if (Number.isSafeInteger(count) && count >= 0) {
            update({ preventedSupervisionOrders: count }, { replace: true });
          }
        }}
      />
    </div>
  );
}

type Analysis = NonNullable<
  NonNullable<ResultOf<typeof SocialCostBenefitQuery>['municipality']>['socialCostBenefit']
>;

function UnitCostsFieldset() {
  const { t } = useTranslation();
  const [, update] = useViewState();
  return (
    <fieldset className="wn-fieldset utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('unitCosts')}</legend>
      <p className="utrecht-form-field-description">{t('unitCostsNote')}</p>
      <div className="wn-inline-fields">
        {COST_FIELDS.map((field) => (
          <UnitCostField key={field.key} field={field} />
        ))}
        <PreventedSupervisionOrdersField />
      </div>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => update({ unitCosts: {} })}
      >
        {t('resetUnitCosts')}
      </button>
    </fieldset>
  );
}

/** The balance in a few figures, with the period it covers and the Frontlijnteam as reference. */
function KeyFigures({ analysis }: { analysis: Analysis }) {
  const { t, locale } = useTranslation();
  const periodName = usePeriodName();
  const figures: readonly [MessageKey, string][] = [
    ['benefit', formatCents(analysis.benefitCents, locale)],
    ['teamCost', formatCents(analysis.teamCostCents, locale)],
    ['netBalance', formatCents(analysis.netBalanceCents, locale)],
    ['returnPerEuro', formatCents(Math.round(analysis.returnPerEuro * 100), locale)],
    ['teamFteMean', formatNumber(analysis.teamFteMean, locale, 1)],
  ];
  return (
    <>
      <p className="utrecht-paragraph">
        {t('costBenefitPeriod', {
          from: periodName(analysis.from),
          to: periodName(analysis.to),
        })}
      </p>
      <dl className="wn-key-figures" aria-live="polite">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="utrecht-paragraph wn-muted">
        {t('costBenefitReference', { amount: formatCents(160, locale) })}
      </p>
    </>
  );
}

function BenefitLinesTable({ analysis, name }: { analysis: Analysis; name: string }) {
  const { t, locale } = useTranslation();
  return (
    <DataTable
      caption={`${t('benefitLines')}: ${name}`}
      fileNameParts={[name, 'mkba', analysis.from, analysis.to]}
      rows={analysis.benefitLines}
      rowKey={(line) => line.harm}
      emptyText={t('emptyBenefitLines')}
      columns={[
        {
          header: t('prevented'),
          isRowHeader: true,
          cell: (line) =>
            HARM_LABEL[line.harm] ? t(HARM_LABEL[line.harm] as MessageKey) : line.harm,
          csv: (line) => line.harm,
        },
        {
          header: t('count'),
          isNumeric: true,
          cell: (line) => formatNumber(line.count, locale),
          csv: (line) => line.count,
        },
        {
          header: t('unitCost'),
          isNumeric: true,
          cell: (line) => formatCents(line.unitCostCents, locale),
          csv: (line) => line.unitCostCents / 100,
        },
        {
          header: t('total'),
          isNumeric: true,
          cell: (line) => formatCents(line.totalCents, locale),
          csv: (line) => line.totalCents / 100,
        },
      ]}
    />
  );
}

/** The social cost-benefit analysis (MKBA) of a municipality's teams, with editable unit costs. */
export function CostBenefitSection({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const [view] = useViewState();
  const [result] = useQuery({
    query: SocialCostBenefitQuery,
    variables: {
      code,
      input: {
        from: view.from,
        to: view.to,
        unitCosts: unitCostsOf(view.unitCosts),
        preventedSupervisionOrders: view.preventedSupervisionOrders,
      },
    },
  });
  const analysis = result.data?.municipality?.socialCostBenefit;
  return (
    <section aria-labelledby="mkba-heading" className="wn-indicator">
      <h2 id="mkba-heading" className="utrecht-heading-2">
        {t('profileCostBenefit')}
      </h2>
      <UnitCostsFieldset />
      {result.error && (
        <div className="utrecht-alert utrecht-alert--info" role="note">
          {t('costBenefitUnavailable', { message: errorText(result.error, t) })}
        </div>
      )}
      {analysis && (
        <>
          <KeyFigures analysis={analysis} />
          <BenefitLinesTable analysis={analysis} name={name} />
        </>
      )}
    </section>
  );
}

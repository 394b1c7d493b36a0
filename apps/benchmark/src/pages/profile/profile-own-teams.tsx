import { useQuery } from 'urql';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumber, formatValue } from '../../format/number-format';
import type { MessageKey } from '../../i18n/messages';
import { useTranslation } from '../../i18n/use-translation';
import {
  OwnTeamFiguresQuery,
  OwnTeamsQuery,
  TeamDisciplinesQuery,
} from './profile-own-teams.graphql';

const CHECK_LABEL: Readonly<Record<string, MessageKey>> = {
  'core-covers-generalist-domains': 'checkCoreDomains',
  'core-size': 'checkCoreSize',
  'core-hours-in-wijk': 'checkCoreHours',
  'has-lead': 'checkHasLead',
  'team-age': 'checkTeamAge',
};

const VERDICT: Readonly<Record<string, { label: MessageKey; mark: string }>> = {
  pass: { label: 'pass', mark: '✓' },
  fail: { label: 'fail', mark: '✗' },
  info: { label: 'info', mark: 'i' },
};

/** The signed-in municipality's own teams, each with a pass or fail per check and the reason. */
export function OwnTeamsSection() {
  const { t, locale } = useTranslation();
  const [result] = useQuery({ query: OwnTeamsQuery, variables: { locale } });
  const [figuresResult] = useQuery({ query: OwnTeamFiguresQuery });
  const figuresById = new Map(
    (figuresResult.data?.teams.edges ?? []).map((edge) => [edge.node.id, edge.node.figures]),
  );
  if (result.error) return <ErrorAlert error={result.error} />;
  const teams = result.data?.teams.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="wn-teams">
      <h3 className="utrecht-heading-3">{t('profileTeamsOfOwn')}</h3>
      {teams.map((team) => {
        const figures = figuresById.get(team.id);
        return (
          <article key={team.id} className="wn-team" aria-labelledby={`team-${team.id}`}>
            <h4 id={`team-${team.id}`} className="utrecht-heading-4">
              {team.name}
            </h4>
            {figures && (
              <p className="utrecht-paragraph">
                {[
                  figures.teamAgeYears === null || figures.teamAgeYears === undefined
                    ? null
                    : `${t('teamAge')}: ${t('years', { count: formatNumber(figures.teamAgeYears, locale, 1) })}${figures.isSettlingIn ? ` (${t('settlingIn')})` : ''}`,
                  `${t('coreSize')}: ${t('memberCount', { count: figures.coreSize })}`,
                  `${t('ringSize')}: ${t('memberCount', { count: figures.ringSize })}`,
                  `${formatNumber(figures.fte, locale, 1)} ${t('fte')}`,
                  figures.hoursInWijkMean == null
                    ? null
                    : `${t('hoursInWijkMean')}: ${formatValue(figures.hoursInWijkMean, 'hours', locale)}`,
                  `${t('districts')}: ${team.districts.map((district) => district.name).join(', ')}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            <DataTable
              caption={t('profileTeamChecks', { team: team.name })}
              fileNameParts={[team.municipalityCode, team.name, 'basismodel']}
              rows={team.compositionChecks}
              rowKey={(check) => check.check}
              emptyText={t('emptyChecks')}
              columns={[
                {
                  header: t('check'),
                  isRowHeader: true,
                  cell: (c) =>
                    CHECK_LABEL[c.check] ? t(CHECK_LABEL[c.check] as MessageKey) : c.check,
                  csv: (c) => c.check,
                },
                {
                  header: t('verdict'),
                  cell: (c) => {
                    const verdict = VERDICT[c.verdict];
                    return (
                      <span className={`wn-verdict wn-verdict--${c.verdict}`}>
                        <span aria-hidden="true">{verdict?.mark ?? ''} </span>
                        {verdict ? t(verdict.label) : c.verdict}
                      </span>
                    );
                  },
                  csv: (c) => c.verdict,
                },
                { header: t('reason'), cell: (c) => c.reason, csv: (c) => c.reason },
              ]}
            />
            <TeamDisciplines team={team} />
          </article>
        );
      })}
    </div>
  );
}

/** The discipline mix of one team (disciplinemix), with a share per discipline. */
function TeamDisciplines({
  team,
}: {
  team: { id: string; name: string; municipalityCode: string };
}) {
  const { t, locale } = useTranslation();
  const [result] = useQuery({ query: TeamDisciplinesQuery, variables: { id: team.id } });
  const disciplineMix = result.data?.team?.figures.disciplineMix;
  if (!disciplineMix) return null;
  return (
    <DataTable
      caption={`${team.name}: ${t('disciplineMix')}`}
      fileNameParts={[team.municipalityCode, team.name, 'disciplines']}
      rows={disciplineMix}
      rowKey={(item) => item.discipline}
      emptyText={t('emptyDisciplines')}
      columns={[
        {
          header: t('disciplineMix'),
          isRowHeader: true,
          cell: (item) => item.label[locale],
          csv: (item) => item.label[locale],
        },
        {
          header: t('count'),
          isNumeric: true,
          cell: (item) => formatNumber(item.count, locale),
          csv: (item) => item.count,
        },
        {
          header: '%',
          isNumeric: true,
          cell: (item) => formatValue(item.share, 'share', locale),
          csv: (item) => item.share,
        },
      ]}
    />
  );
}

import { graphql } from './graphql';

// Every operation of the app lives in this file, so the production build can list them all in
// the persisted-operations manifest (scripts/emit-persisted-operations.mjs).

export const IndicatorFields = graphql(`
  fragment IndicatorFields on Indicator {
    code
    name { nl en }
    definition { nl en }
    numerator { nl en }
    denominator { nl en }
    countingUnit
    unit
    direction
    kind
    group
    levels
  }
`);

export const SuppressionFields = graphql(`
  fragment SuppressionFields on Suppression {
    reason
    threshold
  }
`);

export const BenchmarkFigureFields = graphql(
  `
  fragment BenchmarkFigureFields on BenchmarkFigure {
    municipality { code name }
    value
    n
    suppression { ...SuppressionFields }
    suppressedForOthers { ...SuppressionFields }
    zScore
    rank
    rankOutOf
    changeOnPreviousPeriod
  }
`,
  [SuppressionFields],
);

export const NationalFields = graphql(`
  fragment NationalFields on NationalDistribution {
    median
    mean
    p10
    p25
    p75
    p90
    municipalityCount
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      isAuthenticated
      role
      municipalityId
      teamId
    }
  }
`);

export const MunicipalitySearchQuery = graphql(`
  query MunicipalitySearch($search: String, $first: Int) {
    municipalities(search: $search, first: $first) {
      edges {
        node {
          code
          name
          province
        }
      }
    }
  }
`);

export const MunicipalityNameQuery = graphql(`
  query MunicipalityName($code: String!) {
    municipality(code: $code) {
      code
      name
      province
    }
  }
`);

export const IndicatorsQuery = graphql(
  `
  query Indicators {
    indicators {
      ...IndicatorFields
    }
  }
`,
  [IndicatorFields],
);

export const PeerGroupQuery = graphql(`
  query PeerGroup($kind: PeerGroupKind!, $municipalityCode: ID!) {
    peerGroup(kind: $kind, municipalityCode: $municipalityCode) {
      kind
      municipalityCode
      label { nl en }
      members {
        municipality { code name province }
        reason { nl en }
        distance
      }
    }
  }
`);

/**
 * Figures of the named municipalities with the national distribution, per indicator and
 * period; without the list of every municipality (the municipality profile's outcomes).
 */
export const CompareQuery = graphql(
  `
  query Compare($input: CompareInput!) {
    compare(input: $input) {
      periods
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields }
          figures { ...BenchmarkFigureFields }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields, BenchmarkFigureFields],
);

/**
 * What the compare page draws first, in one request: the chosen indicator over the period range
 * (the time series and its table) and every municipality's value in the last period (the map
 * and its table). The other indicators follow in CompareSectionsQuery, after the first paint.
 */
export const CompareIndicatorQuery = graphql(
  `
  query CompareIndicator($series: CompareInput!, $latest: CompareInput!) {
    series: compare(input: $series) {
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields }
          figures { ...BenchmarkFigureFields }
        }
      }
    }
    latest: compare(input: $latest) {
      indicators {
        indicator { code }
        periods {
          period
          allMunicipalities {
            municipalityCode
            municipalityName
            value
            suppression { ...SuppressionFields }
          }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields, BenchmarkFigureFields, SuppressionFields],
);

/**
 * Every indicator of a compare page in the last period: the chosen municipalities' figures for
 * the tables and every municipality's value for the strip plots (no names: the dots need none).
 */
export const CompareSectionsQuery = graphql(
  `
  query CompareSections($input: CompareInput!) {
    compare(input: $input) {
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { ...NationalFields }
          figures { ...BenchmarkFigureFields }
          allMunicipalities { municipalityCode value }
        }
      }
    }
  }
`,
  [IndicatorFields, NationalFields, BenchmarkFigureFields],
);

export const DistrictFiguresQuery = graphql(
  `
  query DistrictFigures($code: String!, $indicatorCode: ID!, $period: String!) {
    municipality(code: $code) {
      code
      name
      districtFigures(indicatorCode: $indicatorCode, period: $period) {
        district { code name }
        value
        n
        suppression { ...SuppressionFields }
      }
    }
  }
`,
  [SuppressionFields],
);

/** A team-profile figure: the profile names the municipality once, so the figure does not. */
export const TeamFigureFields = graphql(
  `
  fragment TeamFigureFields on BenchmarkFigure {
    value
    n
    suppression { ...SuppressionFields }
    rank
    rankOutOf
    changeOnPreviousPeriod
  }
`,
  [SuppressionFields],
);

/** The profile of a municipality: reference facts, team profile over time and stories. */
export const ProfileQuery = graphql(
  `
  query Profile($code: String!, $from: String!, $to: String!, $granularity: PeriodGranularity!) {
    municipality(code: $code) {
      code
      name
      province
      inhabitants
      households
      urbanity
      teamProfile(from: $from, to: $to, granularity: $granularity) {
        period
        teamsMeetingBasicModel { ...TeamFigureFields }
        teamsCoveringThreeDomains { ...TeamFigureFields }
        teamsCoreAtMost8 { ...TeamFigureFields }
        teamsCore24Hours { ...TeamFigureFields }
        teamsWithLead { ...TeamFigureFields }
        coreSize { ...TeamFigureFields }
        ftePer10000Inhabitants { ...TeamFigureFields }
        hoursInWijkPerCoreMember { ...TeamFigureFields }
        coreMembersAtLeast24Hours { ...TeamFigureFields }
        teamAgeYears { ...TeamFigureFields }
      }
      stories(from: $from, to: $to) {
        id
        teamName
        period
        title
        body
        lifeDomainCodes
        lifeDomains { nl en }
      }
    }
  }
`,
  [TeamFigureFields],
);

/**
 * The teams of the signed-in municipality, each against the basic model (own data only). The
 * team figures come in a second query: together they pass the gateway's cost limit.
 */
export const OwnTeamsQuery = graphql(`
  query OwnTeams($locale: String!) {
    teams(first: 50) {
      edges {
        node {
          id
          name
          kind
          startedOn
          municipalityCode
          districts { code name }
          compositionChecks(locale: $locale) {
            check
            verdict
            reason
          }
        }
      }
    }
  }
`);

/** The derived figures of the signed-in municipality's teams, with the discipline mix. */
export const OwnTeamFiguresQuery = graphql(`
  query OwnTeamFigures {
    teams(first: 50) {
      edges {
        node {
          id
          figures {
            coreSize
            ringSize
            fte
            hoursInWijkMean
            teamAgeYears
            isSettlingIn
          }
        }
      }
    }
  }
`);

/** One own team's discipline mix (per team: inside the teams connection it passes the cost limit). */
export const TeamDisciplinesQuery = graphql(`
  query TeamDisciplines($id: String!) {
    team(id: $id) {
      id
      figures {
        disciplineMix { discipline count share label { nl en } }
      }
    }
  }
`);

export const SocialCostBenefitQuery = graphql(`
  query SocialCostBenefit($code: String!, $input: SocialCostBenefitInput!) {
    municipality(code: $code) {
      code
      socialCostBenefit(input: $input) {
        from
        to
        preventedEscalations
        preventedEvictions
        preventedSupervisionOrders
        benefitLines { harm count unitCostCents totalCents }
        unitCosts { escalationCents evictionCents supervisionOrderCents ftePerYearCents }
        benefitCents
        teamCostCents
        teamFteMean
        netBalanceCents
        returnPerEuro
      }
    }
  }
`);

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
    unit
    direction
    kind
    group
  }
`);

export const SuppressionFields = graphql(`
  fragment SuppressionFields on Suppression {
    reason
    threshold
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      municipalityCode
      teamId
      mayReadHouseholds
    }
  }
`);

export const MunicipalitySearchQuery = graphql(`
  query MunicipalitySearch($search: String, $first: Int) {
    municipalities(search: $search, first: $first) {
      code
      name
      province
    }
  }
`);

export const IndicatorsQuery = graphql(
  `
  query Indicators($group: IndicatorGroup) {
    indicators(group: $group) {
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
      label { nl en }
      members {
        municipality { code name }
        reason { nl en }
      }
    }
  }
`);

export const CompareQuery = graphql(
  `
  query Compare($input: CompareInput!) {
    compare(input: $input) {
      periods
      indicators {
        indicator { ...IndicatorFields }
        periods {
          period
          national { median p10 p25 p75 p90 municipalityCount }
          figures {
            municipality { code name }
            value
            n
            suppression { ...SuppressionFields }
            zScore
            rank
            rankOutOf
            changeOnPreviousPeriod
          }
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
  [IndicatorFields, SuppressionFields],
);

export const DistrictFiguresQuery = graphql(
  `
  query DistrictFigures($code: ID!, $indicatorCode: ID!, $period: String!) {
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

export const ProfileQuery = graphql(`
  query Profile($code: ID!, $from: String!, $to: String!, $costs: SocialCostBenefitInput!) {
    municipality(code: $code) {
      code
      name
      province
      inhabitants
      households
      urbanity
      teams {
        id
        name
        kind
        ageYears
        districts { code name }
        figures {
          coreSize
          fte
          hoursInWijkMean
          shareCoreAtLeast24Hours
          ftePer10000Inhabitants
          disciplineMix { discipline label { nl en } count }
        }
        checks {
          check
          verdict
          reason { nl en }
        }
      }
      stories(from: $from, to: $to) {
        id
        teamName
        period
        title
        body
        lifeDomains { nl en }
      }
      socialCostBenefit(input: $costs) {
        preventedEscalations
        preventedEvictions
        preventedSupervisionOrders
        unitCosts { escalationCents evictionCents supervisionOrderCents }
        benefitCents
        teamCostCents
        netBalanceCents
        returnPerEuro
      }
    }
  }
`);

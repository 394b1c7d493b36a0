import { graphql } from '../../graphql/graphql';

/** The social cost-benefit analysis (MKBA) of a municipality's teams at the user's unit costs. */
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

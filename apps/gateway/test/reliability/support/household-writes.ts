import { idOfReferencedRow, resolvePseudonymSecret } from '@wijknet/db';
import { DEVELOPMENT_PSEUDONYM_KEY } from '../../../src/env.js';
import { post, type TimedAnswer } from './http-gateway.js';

/** The write the soak and the outage test send: a real mutation, as a municipality's system would. */
export const REGISTER_HOUSEHOLD = /* GraphQL */ `
  mutation RegisterHousehold($input: HouseholdInput!) {
    registerHousehold(input: $input) { id districtCode }
  }
`;

/** What became of one write, as its sender saw it. */
export type WriteOutcome = 'acknowledged' | 'refused' | 'unanswered';

export interface HouseholdWrite {
  readonly reference: string;
  readonly outcome: WriteOutcome;
  /** The answer's error codes (empty when acknowledged). */
  readonly codes: readonly unknown[];
  readonly answer: TimedAnswer;
}

/**
 * Registers one new household through the gateway's `registerHousehold` mutation over HTTP.
 * Acknowledged means 200 with the household's id and no error; refused means an answer with
 * errors and no household; unanswered means no HTTP answer at all (which the tests count as a
 * failure, since the sender cannot know what happened).
 */
export async function registerHousehold(options: {
  readonly url: string;
  readonly token: string;
  readonly reference: string;
  readonly districtCode: string;
  readonly timeoutMs?: number;
}): Promise<HouseholdWrite> {
  const answer = await post(options.url, {
    query: REGISTER_HOUSEHOLD,
    token: options.token,
    variables: {
      input: {
        householdReference: options.reference,
        districtCode: options.districtCode,
        size: 2,
        adults: 1,
        minors: 1,
        eldestAgeBand: '27-44',
        registeredOn: '2025-03-01',
        intakeChannel: 'SELF',
      },
    },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const household = (answer.data as { registerHousehold?: { id?: unknown } } | null | undefined)
    ?.registerHousehold;
  const outcome: WriteOutcome =
    answer.status === 0
      ? 'unanswered'
      : answer.status === 200 && answer.codes.length === 0 && typeof household?.id === 'string'
        ? 'acknowledged'
        : 'refused';
  return { reference: options.reference, outcome, codes: answer.codes, answer };
}

/**
 * The id the gateway gives the household of a reference: the keyed hash with the gateway's
 * secret (the gateway under test uses the development key, unless the environment names the
 * municipality's own secret, as the gateway itself would).
 */
export function householdIdOf(municipalityId: string, reference: string): string {
  return idOfReferencedRow('household', reference, gatewaySecretOf(municipalityId));
}

/** The id the gateway gives the plan of a reference, as `householdIdOf` does for households. */
export function planIdOf(municipalityId: string, reference: string): string {
  return idOfReferencedRow('plan', reference, gatewaySecretOf(municipalityId));
}

function gatewaySecretOf(municipalityId: string) {
  return resolvePseudonymSecret(municipalityId, {
    ...process.env,
    WIJKNET_PSEUDONYM_KEY: DEVELOPMENT_PSEUDONYM_KEY,
  });
}

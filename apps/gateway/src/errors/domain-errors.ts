import {
  AccessRefusedError,
  ImportError,
  type ImportErrorCode,
  PageRequestError,
  ScopeError,
  WriteRefusedError,
} from '@wijknet/db';
import {
  MonitoringError,
  type MonitoringErrorCode,
  WithheldFigureError,
} from '@wijknet/outcome-monitoring';
import { PlanRuleError, type PlanRuleErrorCode } from '@wijknet/plan';
import { TeamError, type TeamErrorCode } from '@wijknet/team';
import { fieldOfColumn } from '../data/write-input-rows.js';
import type { ErrorCode, Failure } from './error-codes.js';

/**
 * The domain packages' own errors. Each package's codes go through an exhaustive switch, so
 * a code added there fails this build until someone decides what a client sees for it. The
 * package's code travels along as `extensions.reason`; its message is already written for
 * a municipality's staff.
 */
export function describeKnownDomainError(error: unknown): Failure | undefined {
  if (error instanceof PlanRuleError) return refusal(planRuleCode(error.code), error);
  if (error instanceof TeamError) return refusal(teamCode(error.code), error);
  if (error instanceof WithheldFigureError) return withheldRefusal(error);
  if (error instanceof MonitoringError) return refusal(monitoringCode(error.code), error);
  if (error instanceof ImportError) return importRefusal(error);
  if (error instanceof WriteRefusedError) return refusal(writeRefusedCode(error.code), error);
  if (error instanceof AccessRefusedError) return refusal(accessCode(error.code), error);
  // Every code of a page request (a cursor, a size) is the caller's to correct.
  if (error instanceof PageRequestError) return refusal('BAD_USER_INPUT', error);
  // A token whose claims passed verification but that the database cannot scope.
  if (error instanceof ScopeError) return refusal('UNAUTHENTICATED', error);
  return undefined;
}

function refusal(code: ErrorCode, error: Error & { code: string }): Failure {
  return { code, message: error.message, details: { reason: error.code } };
}

/** A request whose answer would show a withheld figure: the reason as a withheld figure gives it. */
function withheldRefusal(error: WithheldFigureError): Failure {
  const { reason, threshold } = error.suppression;
  return {
    code: 'SUPPRESSED',
    message: error.message,
    details: threshold === null ? { reason } : { reason, threshold },
  };
}

function writeRefusedCode(code: WriteRefusedError['code']): ErrorCode {
  switch (code) {
    case 'unknown-team':
    case 'unknown-story':
      return 'NOT_FOUND';
    case 'unknown-indicator-group':
      return 'BAD_USER_INPUT';
    default:
      return code satisfies never;
  }
}

function accessCode(code: AccessRefusedError['code']): ErrorCode {
  switch (code) {
    case 'unknown-team':
    case 'unknown-municipality':
      return 'NOT_FOUND';
    case 'invalid-reach':
    case 'duplicate':
      return 'BAD_USER_INPUT';
    default:
      return code satisfies never;
  }
}

function planRuleCode(code: PlanRuleErrorCode): ErrorCode {
  switch (code) {
    case 'plan-not-opened':
    case 'plan-already-opened':
    case 'plan-already-active':
    case 'plan-not-active':
    case 'plan-already-closed':
    case 'event-after-closure':
    case 'date-before-previous-event':
    case 'escalation-during-intake':
    case 'already-escalated':
    case 'not-escalated':
    case 'lead-not-eligible':
    case 'lead-unchanged':
    case 'life-domain-not-applicable':
    case 'goal-levels-invalid':
    case 'other-active-plan':
      // Every plan rule refuses an event the user sent; resending it unchanged cannot help.
      return 'BAD_USER_INPUT';
    default:
      return code satisfies never;
  }
}

function teamCode(code: TeamErrorCode): ErrorCode {
  switch (code) {
    case 'invalid-team':
    case 'invalid-member':
    case 'invalid-district-population':
    case 'invalid-date':
    case 'member-of-another-team':
    case 'missing-district-population':
      return 'BAD_USER_INPUT';
    default:
      return code satisfies never;
  }
}

function monitoringCode(code: MonitoringErrorCode): ErrorCode {
  switch (code) {
    case 'unknown-indicator':
      return 'NOT_FOUND';
    case 'invalid-period':
    case 'invalid-input':
    case 'missing-context':
      return 'BAD_USER_INPUT';
    case 'suppressed':
      return 'SUPPRESSED';
    default:
      return code satisfies never;
  }
}

/**
 * A write refused by the import's checks (a mutation is a one-row import): every problem named
 * by the input field it is in, e.g. `districtCode: district WK036300 is not of GM0080`. Where
 * one domain rule refused it, `reason` is that rule's code (`plan-not-active`), as when the
 * domain package throws it directly.
 */
function importRefusal(error: ImportError): Failure {
  const code = importCode(error.code);
  if (error.problems.length === 0) return refusal(code, error);
  const message = error.problems
    .map((problem) =>
      problem.column === ''
        ? problem.reason
        : `${fieldOfColumn(problem.column)}: ${problem.reason}`,
    )
    .join('; ');
  const rules = new Set(error.problems.map((problem) => problem.rule));
  const [rule] = rules;
  return { code, message, details: { reason: rules.size === 1 && rule ? rule : error.code } };
}

function importCode(code: ImportErrorCode): ErrorCode {
  switch (code) {
    case 'invalid-rows':
    case 'invalid-header':
    case 'invalid-encoding':
    case 'unknown-kind':
    case 'unknown-municipality':
      return 'BAD_USER_INPUT';
    case 'missing-secret':
      // The server lacks its pseudonymisation key: nothing the caller can change.
      return 'UNAVAILABLE';
    default:
      return code satisfies never;
  }
}

/**
 * The cursor of a plan in a caseload page: base64 of `plan:` with the plan's opening date and ID,
 * the columns the page is ordered by (newest first, ID as tie-breaker). Written and read here only.
 */
export interface CaseloadPosition {
  /** YYYY-MM-DD */
  readonly openedOn: string;
  readonly id: string;
}

export type PageRequestErrorCode =
  | 'INVALID_CURSOR'
  | 'INVALID_PAGE_SIZE'
  | 'INVALID_PAGE_ARGUMENTS';

/** A page asked for in a way no page can answer: the message says what to send instead. */
export class PageRequestError extends Error {
  readonly code: PageRequestErrorCode;
  constructor(code: PageRequestErrorCode, message: string) {
    super(message);
    this.name = 'PageRequestError';
    this.code = code;
  }
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const POSITION =
  /^plan:(\d{4}-\d{2}-\d{2}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeCaseloadCursor(position: CaseloadPosition): string {
  return Buffer.from(`plan:${position.openedOn}:${position.id}`, 'utf8').toString('base64');
}

/** A calendar day that exists (2025-02-30 does not), as Postgres would take it. */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/**
 * The position a cursor stands for; a cursor this page never wrote (not base64, bytes that are
 * no text, another shape, a day that does not exist) is refused before any SQL is sent.
 */
export function decodeCaseloadCursor(cursor: string): CaseloadPosition {
  const refuse = () =>
    new PageRequestError(
      'INVALID_CURSOR',
      'This cursor is not one a page of plans gave. Pass a `cursor`, `startCursor` or `endCursor` as it came.',
    );
  if (!BASE64.test(cursor)) throw refuse();
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = POSITION.exec(text);
  if (!match?.[1] || !match[2] || !isCalendarDay(match[1])) throw refuse();
  return { openedOn: match[1], id: match[2] };
}

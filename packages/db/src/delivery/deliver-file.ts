import { formatPeriod, quarterOf } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { today } from '../clock.js';
import { type Database, queryRows } from '../database.js';
import { importCsvInScope } from '../import/import-csv.js';
import { ImportError, type ImportProblem } from '../import/import-error.js';
import type { ImportKindName } from '../import/import-kind.js';
import type { CsvSource } from '../import/utf8-text.js';
import { type DeliveryRow, deliveryColumns, toDeliveryRow } from './delivery-row.js';

/**
 * The problems kept with a refused delivery. A file whose every row is wrong (a wrong export
 * run) would otherwise keep hundreds of thousands; the count of all of them is kept beside, and
 * the report says how many it leaves out. The refusal itself still names every one.
 */
export const KEPT_PROBLEMS = 10_000;

/** Who delivers a file: the token's subject (or the person signed in) and the role it acts in. */
export interface DeliveryActor {
  readonly subject: string;
  readonly role: string;
  /** The operation it came through, for the audit log (`mutation Deliver (deliver)`). */
  readonly operation: string;
}

/** The subjects a kind of file writes, as the audit log names them; teams and members none. */
const AUDITED_SUBJECT: Partial<Record<ImportKindName, 'household' | 'plan'>> = {
  households: 'household',
  assessments: 'household',
  'registered-events': 'household',
  'plan-events': 'plan',
};

/**
 * One audit row for an accepted file of household-level data. It names the delivery rather
 * than listing every household of a file of 200,000 rows; the delivery's history says what
 * the file held.
 */
async function auditDelivery(tx: Database, delivery: DeliveryRow, actor: DeliveryActor) {
  const subjectType = AUDITED_SUBJECT[delivery.kind as ImportKindName];
  if (!delivery.isAccepted || subjectType === undefined) return;
  const details = `delivery ${delivery.id}: ${delivery.fileName}, ${delivery.rows} rows (${delivery.inserted} new, ${delivery.updated} changed)`;
  await tx.execute(
    sql`insert into audit_log
          (municipality_id, actor, role, action, subject_type, subject_ids, operation, details)
        values (${delivery.municipalityId}, ${actor.subject}, ${actor.role}, 'write',
                ${subjectType}, '{}'::text[], ${actor.operation}, ${details})`,
  );
}

export interface DeliverFileOptions {
  readonly kind: ImportKindName;
  readonly municipalityId: string;
  readonly source: CsvSource;
  readonly fileName: string;
  /** The municipality's pseudonymisation secret (see `resolvePseudonymSecret`). */
  readonly secret: string | Uint8Array;
  readonly actor: DeliveryActor;
}

interface Outcome {
  readonly isAccepted: boolean;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refusal: ImportError | null;
}

/** Runs the import; an ImportError becomes a refused outcome, anything else is thrown. */
async function importOutcome(tx: Database, options: DeliverFileOptions): Promise<Outcome> {
  try {
    const summary = await importCsvInScope(tx, {
      kind: options.kind,
      municipalityId: options.municipalityId,
      source: options.source,
      secret: options.secret,
      fileName: options.fileName,
    });
    const { rows, inserted, updated, unchanged } = summary;
    return { isAccepted: true, rows, inserted, updated, unchanged, refusal: null };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const rows = error.rowsRead ?? 0;
    return { isAccepted: false, rows, inserted: 0, updated: 0, unchanged: 0, refusal: error };
  }
}

const keptProblems = (problems: readonly ImportProblem[]) =>
  problems.slice(0, KEPT_PROBLEMS).map(({ line, column, reason, rule }) => ({
    line,
    column,
    reason,
    rule: rule ?? null,
  }));

/**
 * Delivers one CSV file (aanlevering) inside the caller's transaction, which must run in the
 * municipality's tenancy scope: the file goes through the very checks of `wijknet import` (all
 * or nothing, every problem with its line and column, nothing changed when delivered again), and
 * the delivery is recorded in the municipality's history either way. A refused file writes no
 * row of its own: only its history entry with the problem report. It counts in the quarter of
 * wijknet's clock (`today()`), like every other period.
 */
export async function deliverFile(tx: Database, options: DeliverFileOptions): Promise<DeliveryRow> {
  const outcome = await importOutcome(tx, options);
  const { refusal } = outcome;
  const problems = refusal ? keptProblems(refusal.problems) : [];
  // The problems go as text and are cast: a parameter Postgres types as jsonb is encoded again by
  // postgres.js, and the column would hold one JSON string instead of the array.
  const [row] = await queryRows<Parameters<typeof toDeliveryRow>[0]>(
    tx,
    sql`insert into deliveries
          (municipality_id, kind, file_name, period, actor, role, is_accepted, rows, inserted,
           updated, unchanged, refusal_code, refusal_summary, problems, problem_count)
        values (${options.municipalityId}, ${options.kind}, ${options.fileName},
                ${formatPeriod(quarterOf(today()))}, ${options.actor.subject}, ${options.actor.role},
                ${outcome.isAccepted}, ${outcome.rows}, ${outcome.inserted}, ${outcome.updated},
                ${outcome.unchanged}, ${refusal?.code ?? null}, ${refusal?.summary ?? null},
                ${JSON.stringify(problems)}::text::jsonb, ${refusal?.problems.length ?? 0})
        returning ${deliveryColumns}`,
  );
  if (!row) throw new Error('The delivery was not recorded.');
  const delivery = toDeliveryRow(row);
  await auditDelivery(tx, delivery, options.actor);
  return delivery;
}

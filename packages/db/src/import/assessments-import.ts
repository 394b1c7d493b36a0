import {
  assessmentMomentSchema,
  describeInapplicableScores,
  LIFE_DOMAINS,
  type LifeDomain,
  type ZrmAssessment,
  type ZrmScore,
  zrmAssessmentSchema,
  zrmScoreSchema,
} from '@wijknet/household';
import { LIFE_DOMAIN_COLUMNS } from '../schema/household.js';
import { writeBatches } from './batch-writes.js';
import { numberOrText, optionalText } from './cell-values.js';
import { rememberVerdicts, wholeNumberOrText } from './cell-verdicts.js';
import { hashReference } from './households-import.js';
import { type ImportKind, ROWS_PER_CHECK, reportDuplicates } from './import-kind.js';
import { householdAndPlanOf, loadHouseholdsAndPlans } from './reference-lookups.js';
import { reachOfHouseholdPlans } from './rollup-reach.js';
import { reportIssues } from './schema-problems.js';
import { idOfKey } from './stable-id.js';

const SCORE_COLUMNS = LIFE_DOMAINS.map((domain) => LIFE_DOMAIN_COLUMNS[domain]);
const COLUMNS = [
  'household_reference',
  'plan_reference',
  'assessed_on',
  'moment',
  ...SCORE_COLUMNS,
] as const;

function columnOf(path: readonly PropertyKey[]): string {
  const [field, domain] = path;
  if (field === 'scores')
    return typeof domain === 'string' ? (LIFE_DOMAIN_COLUMNS[domain as LifeDomain] ?? '') : '';
  return field === 'assessedOn' ? 'assessed_on' : field === 'moment' ? 'moment' : '';
}

interface AssessmentRow {
  readonly householdHash: string;
  /**
   * The id derived from household hash, date and moment, what makes a re-import find the
   * assessment again; drawn while the file is read (it needs no database).
   */
  readonly id: string;
  readonly planReference: string | undefined;
  readonly assessment: ZrmAssessment & { moment: NonNullable<ZrmAssessment['moment']> };
}

type Assessment = AssessmentRow['assessment'];

const verdictOf = {
  assessedOn: rememberVerdicts(zrmAssessmentSchema.shape.assessedOn),
  moment: rememberVerdicts(assessmentMomentSchema),
  score: rememberVerdicts(zrmScoreSchema, wholeNumberOrText),
};

/**
 * The assessment of a row whose cells each pass their field's schema exactly as written, with a
 * moment and at least one score: the common row, checked without the whole schema's objects.
 * Undefined for any other row, which the schema then judges, with its own messages.
 */
export function plainAssessment(cells: readonly string[]): Assessment | undefined {
  const assessedOn = verdictOf.assessedOn(cells[2] ?? '');
  const moment = verdictOf.moment(cells[3] ?? '');
  if (assessedOn === undefined || moment === undefined) return undefined;
  const scores: Partial<Record<LifeDomain, ZrmScore>> = {};
  let scored = 0;
  for (let i = 0; i < LIFE_DOMAINS.length; i++) {
    const cell = cells[4 + i] ?? '';
    if (cell === '') continue;
    const score = verdictOf.score(cell);
    if (score === undefined) return undefined;
    scores[LIFE_DOMAINS[i] as LifeDomain] = score;
    scored++;
  }
  return scored === 0 ? undefined : { assessedOn, moment, scores };
}

/** The assessment of a row by the whole schema, reporting its problems on the line. */
function assessmentOf(
  { line, cells }: { line: number; cells: readonly string[] },
  session: Parameters<ImportKind<AssessmentRow>['parseRow']>[1],
): Assessment | undefined {
  const [, , assessedOn = '', moment = ''] = cells;
  const scores: Record<string, number | string> = {};
  const { separator } = session.layout;
  for (let i = 0; i < LIFE_DOMAINS.length; i++) {
    const score = numberOrText(cells[4 + i] ?? '', separator);
    if (score !== undefined) scores[LIFE_DOMAINS[i] as LifeDomain] = score;
  }
  const result = zrmAssessmentSchema.safeParse({
    assessedOn: assessedOn.trim(),
    moment: optionalText(moment),
    scores,
  });
  if (!result.success) {
    reportIssues(session.problems, line, result.error.issues, columnOf);
    return undefined;
  }
  if (result.data.moment === undefined) {
    // The database keeps the moment with every assessment: intake, follow-up or closure.
    session.problems.add(
      line,
      'moment',
      'the moment (meetmoment) is required: intake, follow-up or closure',
    );
    return undefined;
  }
  return { ...result.data, moment: result.data.moment };
}

/**
 * ZRM assessments (ZRM-metingen): one row per assessment of a household, a score 1-5 per life
 * domain in its own column, empty where the domain was not scored. The household must exist;
 * the plan, when given, must be that household's. One household has one assessment per date
 * and moment, which is what makes a re-import find it again.
 */
export const assessmentsImport: ImportKind<AssessmentRow> = {
  name: 'assessments',
  columns: COLUMNS,
  rowsPerCheck: ROWS_PER_CHECK,
  parseRow({ line, cells }, session) {
    const [reference = '', plan = ''] = cells;
    const householdHash = hashReference(reference, line, 'household_reference', session);
    const assessment = plainAssessment(cells) ?? assessmentOf({ line, cells }, session);
    if (householdHash === undefined || assessment === undefined) return undefined;
    return {
      householdHash,
      id: idOfKey('assessment', householdHash, assessment.assessedOn, assessment.moment),
      planReference: optionalText(plan),
      assessment,
    };
  },
  /**
   * Intake and closure scores count for their plan, one of the household's (the old plan of a
   * corrected row included), and only once it is closed: at the closings of the households' plans.
   */
  rollupReach: (rows, session) =>
    reachOfHouseholdPlans(
      session,
      rows.map((row) => idOfKey('household', row.value.householdHash)),
      ['assessments'],
      true,
    ),
  async check(rows, session) {
    // The id stands for household, date and moment (its hash), and is shorter to remember.
    reportDuplicates(rows, (row) => row.id, session, 'assessed_on', 'household, date and moment');
    const stored = await loadHouseholdsAndPlans(
      session,
      rows.map((row) => row.value),
    );
    const written: (string | number | null)[][] = [];
    for (const { line, value } of rows) {
      const found = householdAndPlanOf(session, line, value, stored);
      if (found === undefined) continue;
      const { household, planId } = found;
      const inapplicable = describeInapplicableScores(value.assessment, household);
      if (inapplicable !== undefined) {
        session.problems.add(line, LIFE_DOMAIN_COLUMNS.parenting, inapplicable);
        continue;
      }
      const { assessedOn, moment, scores } = value.assessment;
      written.push([
        session.municipalityId,
        value.id,
        household.id,
        planId,
        assessedOn,
        moment,
        ...LIFE_DOMAINS.map((domain) => scores[domain] ?? null),
      ]);
    }
    return () =>
      writeBatches(
        session.tx,
        {
          table: 'assessments',
          columns: [
            { name: 'municipality_id', type: 'text' },
            { name: 'id', type: 'uuid' },
            { name: 'household_id', type: 'uuid' },
            { name: 'plan_id', type: 'uuid' },
            { name: 'assessed_on', type: 'date' },
            { name: 'moment', type: 'text' },
            ...SCORE_COLUMNS.map((name) => ({ name, type: 'smallint' as const })),
          ],
          conflictColumns: ['municipality_id', 'id'],
          updateColumns: ['plan_id', ...SCORE_COLUMNS],
        },
        written,
      );
  },
};

import { type Database, queryRows } from '@wijknet/db';
import { sql } from 'drizzle-orm';
import { planIdOf } from './household-writes.js';
import {
  answerProblems,
  foldProblems,
  isAcknowledged,
  isEventOf,
  readPlans,
  type SentWrite,
} from './write-checks.js';
import { MEMBERSHIP_ISSUER, type ScheduledWrite } from './write-schedule.js';

/** The rows every client of a round writes to. */
export interface SharedRows {
  readonly db: Database;
  readonly municipalityId: string;
  readonly householdId: string;
  readonly teamId: string;
  readonly memberId: string;
  readonly storyId: string;
}

/** What a round found: its problems, and the writes counted for the figures. */
export interface RoundVerdict {
  readonly problems: string[];
  readonly counts: WriteCounts;
}

/** Writes acknowledged and found stored, refused and found absent. */
export interface WriteCounts {
  acknowledged: number;
  found: number;
  refused: number;
  refusedAbsent: number;
}

type Sent<Kind extends ScheduledWrite['kind']> = SentWrite & {
  readonly write: Extract<ScheduledWrite, { kind: Kind }>;
};
const ofKind = <Kind extends ScheduledWrite['kind']>(sent: readonly SentWrite[], kind: Kind) =>
  sent.filter((entry): entry is Sent<Kind> => entry.write.kind === kind);

/**
 * Every acknowledged plan event is stored, every refused one is not (unless the same event was
 * also acknowledged for another client), at most one plan is open, and each plan row is the
 * fold of its events.
 */
async function planVerdict(rows: SharedRows, sent: readonly SentWrite[], verdict: RoundVerdict) {
  const stored = await readPlans(rows.db, rows.municipalityId, rows.householdId);
  const open = stored.filter(({ plan }) => plan.status === 'intake' || plan.status === 'active');
  if (open.length > 1)
    verdict.problems.push(`${open.length} open plans: ${open.map((p) => p.plan.id).join(', ')}`);
  verdict.problems.push(...foldProblems(stored, rows.memberId, rows.householdId));
  const events = stored.flatMap((entry) => entry.events);
  const writes = ofKind(sent, 'planEvent');
  const acknowledged = writes.filter(isAcknowledged);
  const storedOf = (write: Sent<'planEvent'>['write']) => {
    const planId = planIdOf(rows.municipalityId, String(write.input.planReference));
    return events.filter((event) => isEventOf(event, write, planId));
  };
  for (const entry of writes) {
    const matches = storedOf(entry.write);
    if (isAcknowledged(entry)) {
      verdict.counts.acknowledged += 1;
      if (matches.length === 1) verdict.counts.found += 1;
      else verdict.problems.push(`acknowledged ${describe(entry)} stored ${matches.length} times`);
      continue;
    }
    verdict.counts.refused += 1;
    const alsoAcknowledged = acknowledged.some(
      (other) => JSON.stringify(other.write.input) === JSON.stringify(entry.write.input),
    );
    if (alsoAcknowledged || matches.length === 0) verdict.counts.refusedAbsent += 1;
    else verdict.problems.push(`refused ${describe(entry)} was stored`);
  }
}

const describe = (entry: SentWrite) =>
  `${entry.write.kind} ${JSON.stringify('input' in entry.write ? entry.write.input : entry.write)} (${entry.answer.codes.join(',') || entry.answer.status})`;

/**
 * A row many clients wrote at once holds the values of one acknowledged write, never a mix, and
 * is there exactly once. `stored` is what the table holds, as comparable text.
 */
function lastWriterVerdict(
  verdict: RoundVerdict,
  label: string,
  writes: readonly { sent: SentWrite; value: string }[],
  stored: readonly string[],
) {
  const acknowledged = writes.filter((entry) => isAcknowledged(entry.sent));
  for (const entry of writes) {
    if (isAcknowledged(entry.sent)) verdict.counts.acknowledged += 1;
    else verdict.counts.refused += 1;
  }
  if (acknowledged.length === 0) return;
  const values = new Set(acknowledged.map((entry) => entry.value));
  if (stored.length !== 1 || !values.has(stored[0] ?? '')) {
    verdict.problems.push(`${label}: stored ${JSON.stringify(stored)}, written ${[...values]}`);
    return;
  }
  // Every acknowledged write was applied; the one that committed last is what stays.
  verdict.counts.found += acknowledged.length;
  verdict.counts.refusedAbsent += writes.length - acknowledged.length;
}

const one = async (db: Database, query: ReturnType<typeof sql>) =>
  (await queryRows<{ value: string }>(db, query)).map((row) => row.value);

async function sharedRowVerdict(
  rows: SharedRows,
  sent: readonly SentWrite[],
  verdict: RoundVerdict,
) {
  const { db, municipalityId: m } = rows;
  for (const [date, writes] of groupBy(ofKind(sent, 'assessment'), (e) => e.write.input.assessedOn))
    lastWriterVerdict(
      verdict,
      `assessment of ${String(date)}`,
      writes.map((sent) => ({
        sent,
        value: `${sent.write.input.finances}/${sent.write.input.housing}`,
      })),
      await one(
        db,
        sql`select finances || '/' || housing as value from assessments
             where municipality_id = ${m} and household_id = ${rows.householdId}
               and assessed_on = ${String(date)} and moment = 'follow-up'`,
      ),
    );
  lastWriterVerdict(
    verdict,
    'member hours',
    ofKind(sent, 'member').map((sent) => ({ sent, value: String(sent.write.input.hoursInWijk) })),
    await one(
      db,
      sql`select hours_in_wijk::float::text as value from members where municipality_id = ${m} and id = ${rows.memberId}`,
    ),
  );
  lastWriterVerdict(
    verdict,
    'team districts',
    ofKind(sent, 'team').map((sent) => ({
      sent,
      value: [...sent.write.input.districtCodes].sort().join(' '),
    })),
    await one(
      db,
      sql`select string_agg(district_id, ' ' order by district_id) as value from team_districts
           where municipality_id = ${m} and team_id = ${rows.teamId}`,
    ),
  );
  for (const [group, writes] of groupBy(ofKind(sent, 'publication'), (e) => e.write.group))
    lastWriterVerdict(
      verdict,
      `publication of ${group}`,
      writes.map((sent) => ({ sent, value: String(sent.write.published) })),
      await one(
        db,
        sql`select is_published::text as value from publication_settings
             where municipality_id = ${m} and indicator_group = ${group.toLowerCase()}`,
      ),
    );
  lastWriterVerdict(
    verdict,
    'story publication',
    ofKind(sent, 'storyPublication').map((sent) => ({
      sent,
      value: sent.write.published ? 'published' : 'withdrawn',
    })),
    await one(
      db,
      sql`select status as value from stories where municipality_id = ${m} and id = ${rows.storyId}`,
    ),
  );
  await appendedRowVerdict(rows, sent, verdict);
  await membershipVerdict(rows, sent, verdict);
}

/**
 * Memberships granted to one person by many admins at once: at most one client is told it
 * granted it, and the one row stored is that client's; the others are refused and add nothing.
 */
async function membershipVerdict(
  rows: SharedRows,
  sent: readonly SentWrite[],
  verdict: RoundVerdict,
) {
  for (const [subject, writes] of groupBy(
    ofKind(sent, 'membership'),
    (e) => e.write.input.subject,
  )) {
    const stored = await one(
      rows.db,
      sql`select id::text as value from access.memberships
           where issuer = ${MEMBERSHIP_ISSUER} and subject = ${String(subject)}`,
    );
    const acknowledged = writes.filter(isAcknowledged);
    verdict.counts.acknowledged += acknowledged.length;
    verdict.counts.refused += writes.length - acknowledged.length;
    const granted = acknowledged.map(
      (entry) =>
        (entry.answer.data as { createMembership?: { id?: string } } | null)?.createMembership?.id,
    );
    if (
      acknowledged.length > 1 ||
      stored.length !== acknowledged.length ||
      granted[0] !== stored[0]
    ) {
      verdict.problems.push(
        `membership of ${String(subject)}: ${acknowledged.length} of ${writes.length} acknowledged (${granted.join(', ')}), stored ${JSON.stringify(stored)}`,
      );
      continue;
    }
    verdict.counts.found += acknowledged.length;
    verdict.counts.refusedAbsent += writes.length - acknowledged.length;
  }
}

/** Stories and registered events are added, one row for each acknowledged write. */
async function appendedRowVerdict(
  rows: SharedRows,
  sent: readonly SentWrite[],
  verdict: RoundVerdict,
) {
  const { db, municipalityId: m } = rows;
  const titles = await one(
    db,
    sql`select title as value from stories where municipality_id = ${m}`,
  );
  for (const entry of ofKind(sent, 'story')) {
    const count = titles.filter((title) => title === entry.write.input.title).length;
    countAppended(verdict, entry, count, describe(entry));
  }
  const events = await one(
    db,
    sql`select occurred_on::text as value from registered_events
         where municipality_id = ${m} and household_id = ${rows.householdId} and type = 'eviction-prevented'`,
  );
  const registered = ofKind(sent, 'registeredEvent');
  for (const entry of registered) {
    const day = entry.write.input.occurredOn;
    const count = events.filter((stored) => stored === day).length;
    // Several clients may send the same event: one row stands for all of them.
    const isAlsoAcknowledged = registered.some(
      (other) => isAcknowledged(other) && other.write.input.occurredOn === day,
    );
    if (!isAcknowledged(entry) && isAlsoAcknowledged) {
      verdict.counts.refused += 1;
      verdict.counts.refusedAbsent += 1;
    } else countAppended(verdict, entry, count, describe(entry));
  }
}

function countAppended(verdict: RoundVerdict, entry: SentWrite, count: number, label: string) {
  if (isAcknowledged(entry)) {
    verdict.counts.acknowledged += 1;
    if (count === 1) verdict.counts.found += 1;
    else verdict.problems.push(`acknowledged ${label} stored ${count} times`);
  } else {
    verdict.counts.refused += 1;
    if (count === 0) verdict.counts.refusedAbsent += 1;
    else verdict.problems.push(`refused ${label} stored ${count} times`);
  }
}

function groupBy<T, K>(values: readonly T[], key: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

/** Everything the suite demands of a round, checked against the tables after it. */
export async function judgeRound(rows: SharedRows, sent: readonly SentWrite[]) {
  const verdict: RoundVerdict = {
    problems: sent.flatMap(answerProblems),
    counts: { acknowledged: 0, found: 0, refused: 0, refusedAbsent: 0 },
  };
  await planVerdict(rows, sent, verdict);
  await sharedRowVerdict(rows, sent, verdict);
  return verdict;
}

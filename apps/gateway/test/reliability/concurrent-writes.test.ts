import { type DatabaseHandle, queryRows } from '@wijknet/db';
import { createTestDatabase, TEST_TARGETS } from '@wijknet/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevelopmentToken } from '../../src/auth/sign-development-token.js';
import { householdIdOf, planIdOf } from './support/household-writes.js';
import { type HttpGateway, listenOnLoopback, post } from './support/http-gateway.js';
import { judgeRound, type SharedRows, type WriteCounts } from './support/round-verdict.js';
import type { SentWrite } from './support/write-checks.js';
import {
  dayOfRound,
  HOUSEHOLD_INPUT,
  MUNICIPALITY,
  MUTATIONS,
  memberInput,
  type PlanSnapshot,
  requestOf,
  ScheduleRandom,
  scheduleRound,
  TEAM_INPUT,
} from './support/write-schedule.js';

// Many clients write to the same household, plan, team and member at the same moment, over HTTP
// on loopback, round after round; after each round the tables must hold every acknowledged write
// and no refused one, at most one open plan, and plan rows equal to the fold of their events.
// Seeded: WIJKNET_CONCURRENCY_SEED replays a schedule, WIJKNET_CONCURRENCY_ROUNDS sets its length.
const SEED = Number(process.env.WIJKNET_CONCURRENCY_SEED ?? 20261207);
const ROUNDS = Number(process.env.WIJKNET_CONCURRENCY_ROUNDS ?? 100);

async function send(url: string, token: string, query: string, variables: object) {
  const answer = await post(url, { query, variables: { ...variables }, token, timeoutMs: 60_000 });
  if (answer.codes.length > 0) throw new Error(`set-up write refused: ${answer.codes.join(', ')}`);
  return answer.data as Record<string, { id: string }>;
}

describe.each(TEST_TARGETS)('concurrent writes on %s', (target) => {
  let database: DatabaseHandle;
  let gateway: HttpGateway;
  let token: string;
  let adminToken: string;
  let rows: SharedRows;

  beforeAll(async () => {
    database = await createTestDatabase(target);
    gateway = await listenOnLoopback(database.db);
    token = await signDevelopmentToken({ role: 'municipality', municipalityId: MUNICIPALITY });
    adminToken = await signDevelopmentToken({ role: 'admin', municipalityId: MUNICIPALITY });
    const team = await send(gateway.url, token, MUTATIONS.team, { input: TEAM_INPUT });
    const member = await send(gateway.url, token, MUTATIONS.member, { input: memberInput(24) });
    await send(
      gateway.url,
      token,
      'mutation ($input: HouseholdInput!) { registerHousehold(input: $input) { id } }',
      {
        input: HOUSEHOLD_INPUT,
      },
    );
    const story = await send(gateway.url, token, MUTATIONS.story, {
      input: {
        teamId: team.registerTeam?.id,
        period: '2026-Q2',
        title: 'Race to publish',
        text: 'A story its municipality publishes and withdraws while many clients ask at once.',
        lifeDomains: ['housing'],
      },
    });
    rows = {
      storyId: story.writeStory?.id ?? '',
      db: database.db,
      municipalityId: MUNICIPALITY,
      householdId: householdIdOf(MUNICIPALITY, HOUSEHOLD_INPUT.householdReference),
      teamId: team.registerTeam?.id ?? '',
      memberId: member.registerMember?.id ?? '',
    };
  });
  afterAll(async () => {
    await gateway?.close();
    await database?.close();
  });

  /** The household's open plan as the round starts, by the reference the suite gave it. */
  async function openPlan(
    references: ReadonlyMap<string, string>,
  ): Promise<PlanSnapshot | undefined> {
    const [plan] = await queryRows<{ id: string; status: 'intake' | 'active' }>(
      database.db,
      sql`select id, status from plans where municipality_id = ${MUNICIPALITY}
           and household_id = ${rows.householdId} and status in ('intake', 'active')`,
    );
    const reference = plan && references.get(plan.id);
    return plan && reference ? { reference, status: plan.status } : undefined;
  }

  it(`keeps every acknowledged write and the rules through ${ROUNDS} rounds of 8-32 clients`, async () => {
    const random = new ScheduleRandom(SEED);
    const references = new Map<string, string>();
    const totals: WriteCounts = { acknowledged: 0, found: 0, refused: 0, refusedAbsent: 0 };
    const problems: string[] = [];
    let clients = 0;
    let plansOpened = 0;
    /** Per kind of write: acknowledged and refused, so each kind is seen to be raced. */
    const byKind: Record<string, [number, number]> = {};
    const started = performance.now();
    for (let round = 0; round < ROUNDS && problems.length === 0; round++) {
      const plan = await openPlan(references);
      const writes = scheduleRound(random, {
        round,
        date: dayOfRound(round),
        plan,
        memberId: rows.memberId,
        teamId: rows.teamId,
        storyId: rows.storyId,
      });
      for (const write of writes)
        if (write.kind === 'planEvent') {
          const reference = String(write.input.planReference);
          references.set(planIdOf(MUNICIPALITY, reference), reference);
        }
      clients += writes.length;
      // All at once: each client's request leaves before any answer comes back.
      const sent: SentWrite[] = await Promise.all(
        writes.map(async (write) => ({
          write,
          answer: await post(gateway.url, {
            ...requestOf(write),
            token: write.kind === 'membership' ? adminToken : token,
            timeoutMs: 60_000,
          }),
        })),
      );
      for (const entry of sent) {
        const tally = byKind[entry.write.kind] ?? [0, 0];
        byKind[entry.write.kind] = tally;
        tally[entry.answer.codes.length === 0 ? 0 : 1] += 1;
      }
      const verdict = await judgeRound(rows, sent);
      for (const key of Object.keys(totals) as (keyof WriteCounts)[])
        totals[key] += verdict.counts[key];
      plansOpened += sent.filter(
        (entry) =>
          entry.write.kind === 'planEvent' &&
          entry.write.input.type === 'OPENED' &&
          entry.answer.codes.length === 0,
      ).length;
      problems.push(
        ...verdict.problems.map((problem) => `round ${round} (seed ${SEED}): ${problem}`),
      );
    }
    console.info(
      `concurrent writes (${target}): ${JSON.stringify({ rounds: ROUNDS, clients, ...totals, plansOpened, seconds: Math.round((performance.now() - started) / 1000), byKind })}`,
    );
    expect(problems.slice(0, 10)).toEqual([]);
    expect(totals.found).toBe(totals.acknowledged);
    expect(totals.refusedAbsent).toBe(totals.refused);
    // Not vacuous: both outcomes happened many times.
    expect(totals.acknowledged).toBeGreaterThan(ROUNDS * 4);
    expect(totals.refused).toBeGreaterThan(ROUNDS);
    // Every kind of write was raced and taken; the one person's membership was refused to
    // the clients that lost the race.
    if (ROUNDS >= 30) {
      expect(Object.keys(byKind).sort()).toEqual([
        'assessment',
        'member',
        'membership',
        'planEvent',
        'publication',
        'registeredEvent',
        'story',
        'storyPublication',
        'team',
      ]);
      for (const [kind, [acknowledged]] of Object.entries(byKind))
        expect(acknowledged, kind).toBeGreaterThan(0);
      expect(byKind.membership?.[1]).toBeGreaterThan(0);
    }
  }, 900_000);
});

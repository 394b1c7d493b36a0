import { setImmediate } from 'node:timers/promises';
import { type AgeBand, INTAKE_CHANNELS, type IntakeChannel } from '@wijknet/household';
import type { districts, households, registeredEvents } from '../schema/index.js';
import type { CaseloadSize } from './caseload-size.js';
import { type SeededRandom, toDate, toDay } from './random.js';
import { type SeededPlanRows, seedPlan } from './seed-plan.js';
import type { SeededTeams } from './seed-teams.js';

type District = typeof districts.$inferSelect;

/** One municipality's seeded households, their plans and the events its teams registered. */
export interface SeededCaseload extends SeededPlanRows {
  households: (typeof households.$inferInsert)[];
  registeredEvents: (typeof registeredEvents.$inferInsert)[];
}

/** The household package's intake channels, weighted: self-referral twice. */
const CHANNELS: readonly IntakeChannel[] = ['self', ...INTAKE_CHANNELS];
/** The household package's age bands (leeftijdsklassen) of the eldest member, weighted. */
const AGE_BANDS: readonly AgeBand[] = [
  '18-26',
  '27-44',
  '27-44',
  '45-64',
  '45-64',
  '65-74',
  '75-and-over',
];

/** Picks an item with a chance proportional to its weight (district households). */
function weightedPicker<T>(items: T[], weightOf: (item: T) => number): (random: SeededRandom) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += Math.max(1, weightOf(item));
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return items[low] as T;
  };
}

/** Households drawn between two turns of the event loop: about a tenth of a second's work. */
const HOUSEHOLDS_PER_TURN = 1000;

/**
 * Households of one municipality with their plans (one at a time, a quarter of them a second
 * one), goals, actions, ZRM assessments (intake, reviews, closure) and registered events, as many
 * as its drawn size says. Gives the event loop a turn now and then, so rows of an earlier
 * municipality stream into the database while these are drawn.
 */
export async function seedCaseload(
  random: SeededRandom,
  municipalityId: string,
  municipalityDistricts: District[],
  teams: SeededTeams,
  size: CaseloadSize,
): Promise<SeededCaseload> {
  const out: SeededCaseload = {
    households: [],
    plans: [],
    planEvents: [],
    goals: [],
    actions: [],
    assessments: [],
    registeredEvents: [],
  };
  const servedDistricts = municipalityDistricts.filter((d) => teams.teamOfDistrict.has(d.id));
  if (servedDistricts.length === 0) return out;
  const pickDistrict = weightedPicker(servedDistricts, (d) => d.households);
  const { firstDay, lastDay } = size;
  const startOfTeam = new Map(teams.teams.map((team) => [team.id, toDay(team.startedOn)]));
  for (let index = 0; index < size.households; index++) {
    if (index % HOUSEHOLDS_PER_TURN === HOUSEHOLDS_PER_TURN - 1) await setImmediate();
    const district = pickDistrict(random);
    const teamId = teams.teamOfDistrict.get(district.id) ?? '';
    const leads = teams.leadsOfTeam.get(teamId) ?? [];
    const adults = random.isTrue(0.55) ? 1 : 2;
    const minors = random.isTrue(0.35) ? random.integer(1, 4) : 0;
    // A household registers with a team that exists: teams started from 2008 to 2025.
    const teamStart = startOfTeam.get(teamId) ?? toDay('2008-01-01');
    const registeredDay = random.integer(Math.max(firstDay, teamStart), lastDay - 30);
    const household = {
      municipalityId,
      id: random.uuid(),
      districtId: district.id,
      referenceHash: random.uuidHex() + random.uuidHex(),
      size: adults + minors,
      adults,
      minors,
      eldestAgeBand: random.pick(AGE_BANDS),
      registeredOn: toDate(registeredDay),
      intakeChannel: random.pick(CHANNELS),
    };
    out.households.push(household);
    let openDay = registeredDay + random.integer(0, 45);
    while (openDay <= lastDay) {
      const closedDay = seedPlan(random, out, {
        municipalityId,
        householdId: household.id,
        teamId,
        leads,
        minors,
        openDay,
        lastDay,
      });
      if (closedDay === null || !random.isTrue(0.25)) break;
      openDay = closedDay + random.integer(30, 240);
    }
  }
  seedRegisteredEvents(random, out, { municipalityId, servedDistricts, teams, size });
  return out;
}

/** Events of one kind a team registers in its districts, where its households live. */
function seedRegisteredEvents(
  random: SeededRandom,
  out: SeededCaseload,
  where: {
    municipalityId: string;
    servedDistricts: District[];
    teams: SeededTeams;
    size: CaseloadSize;
  },
) {
  const { municipalityId, servedDistricts, teams, size } = where;
  const pickDistrict = weightedPicker(servedDistricts, (d) => d.households);
  for (const { type, expected } of size.events) {
    const count = random.poisson(expected);
    for (let i = 0; i < count; i++) {
      const district = pickDistrict(random);
      out.registeredEvents.push({
        municipalityId,
        id: random.uuid(),
        type,
        occurredOn: toDate(random.integer(size.firstDay, size.lastDay)),
        householdId: null,
        planId: null,
        teamId: teams.teamOfDistrict.get(district.id) ?? null,
        districtId: district.id,
      });
    }
  }
}

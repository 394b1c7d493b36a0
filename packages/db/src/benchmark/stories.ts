import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';

/** A story (ervaringsverhaal) by a team, as shown beside the figures. */
export interface StoryRow {
  readonly id: string;
  readonly municipalityId: string;
  readonly teamId: string | null;
  /** The team's name; null when the story is not tied to a team. */
  readonly teamName: string | null;
  readonly period: string;
  readonly title: string;
  readonly body: string;
  /** Life domains (leefgebieden), kebab-case codes. */
  readonly lifeDomains: readonly string[];
}

interface Row {
  id: string;
  municipality_id: string;
  team_id: string | null;
  team_name: string | null;
  period: string;
  title: string;
  body: string;
  life_domains: string[] | null;
}

/**
 * The stories of one municipality in the given periods, newest period first, in one SQL
 * statement. Stories are tenant rows: row-level security returns them to the municipality's
 * own scope only, so for any other scope the list is empty.
 */
export async function readStories(
  db: Database,
  options: { readonly municipalityId: string; readonly periods: readonly string[] },
): Promise<StoryRow[]> {
  if (options.periods.length === 0) return [];
  const rows = await queryRows<Row>(
    db,
    sql`select s.id, s.municipality_id, s.team_id, t.name as team_name, s.period, s.title, s.body,
               s.life_domains
          from stories s
          left join teams t on t.municipality_id = s.municipality_id and t.id = s.team_id
         where s.municipality_id = ${options.municipalityId}
           and s.period in (${sql.join(
             options.periods.map((period) => sql`${period}`),
             sql`, `,
           )})
         order by s.period desc, s.created_at desc, s.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    municipalityId: row.municipality_id,
    teamId: row.team_id,
    teamName: row.team_name,
    period: row.period,
    title: row.title,
    body: row.body,
    lifeDomains: row.life_domains ?? [],
  }));
}

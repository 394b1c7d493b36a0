import type { StoryStatus } from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../database.js';
import { sqlList } from '../sql-values.js';

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
  /** draft, published or withdrawn (publicatiestatus). */
  readonly status: StoryStatus;
  /** When it was written, published or withdrawn last (ISO 8601). */
  readonly statusChangedAt: string;
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
  status: StoryStatus;
  status_changed_at: string | Date;
}

export interface ReadStoriesOptions {
  readonly municipalityId: string;
  /** Only stories about these periods; every period when absent. */
  readonly periods?: readonly string[] | undefined;
  /**
   * Only the stories the municipality published, read through the `published_stories` view that
   * anyone may read; otherwise every story of the scope's own municipality (row-level security
   * returns none to any other scope), whatever its status.
   */
  readonly isPublishedOnly: boolean;
  /** Only stories with this status (of the own municipality's). */
  readonly status?: StoryStatus | undefined;
  /** Only this story. */
  readonly storyId?: string | undefined;
}

/** The stories of one municipality in the given periods, newest period first, in one statement. */
export async function readStories(db: Database, options: ReadStoriesOptions): Promise<StoryRow[]> {
  if (options.periods?.length === 0) return [];
  const source = options.isPublishedOnly
    ? sql`(select * from published_stories where municipality_id = ${options.municipalityId}) s`
    : sql`(select s.*, t.name as team_name from stories s
            left join teams t on t.municipality_id = s.municipality_id and t.id = s.team_id
           where s.municipality_id = ${options.municipalityId}) s`;
  const conditions = [sql`true`];
  if (options.periods) conditions.push(sql`s.period in (${sqlList(options.periods)})`);
  if (options.status) conditions.push(sql`s.status = ${options.status}`);
  if (options.storyId) conditions.push(sql`s.id::text = ${options.storyId}`);
  const rows = await queryRows<Row>(
    db,
    sql`select s.id, s.municipality_id, s.team_id, s.team_name, s.period, s.title, s.body,
               s.life_domains, s.status, s.status_changed_at
          from ${source}
         where ${sql.join(conditions, sql` and `)}
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
    status: row.status,
    statusChangedAt: new Date(row.status_changed_at).toISOString(),
  }));
}

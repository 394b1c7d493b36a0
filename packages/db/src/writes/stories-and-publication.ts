import {
  INDICATOR_GROUPS,
  type IndicatorGroup,
  parseStory,
  type Story,
  type StoryStatus,
} from '@wijknet/outcome-monitoring';
import { sql } from 'drizzle-orm';
import { readStories, type StoryRow } from '../benchmark/stories.js';
import { type Database, queryRows } from '../database.js';

/** Thrown when a write names a row the scope cannot see (another team's, or none at all). */
export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';
  readonly code: 'unknown-team' | 'unknown-indicator-group' | 'unknown-story';
  constructor(code: WriteRefusedError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Stores a story (ervaringsverhaal) checked by `parseStory` of @wijknet/outcome-monitoring, in
 * the caller's scoped transaction. The team must be one the scope can see, so row-level security
 * decides whose stories a token may write. Returns the new story's id.
 */
export async function insertStory(
  tx: Database,
  options: { readonly municipalityId: string; readonly story: Story },
): Promise<string> {
  const { municipalityId, story } = options;
  const [team] = await queryRows<{ id: string }>(
    tx,
    sql`select id from teams where municipality_id = ${municipalityId} and id::text = ${story.teamId}`,
  );
  if (!team) {
    throw new WriteRefusedError(
      'unknown-team',
      `Team ${story.teamId} is not a team of ${municipalityId} you may write for.`,
    );
  }
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into stories (municipality_id, team_id, period, title, body, life_domains)
        values (${municipalityId}, ${team.id}, ${story.period}, ${story.title}, ${story.text},
                string_to_array(${story.lifeDomains.join(',')}, ','))
        returning id`,
  );
  if (!row) throw new Error('The story was not stored.');
  return row.id;
}

/**
 * Publishes a story (ervaringsverhaal) on the municipality's public profile, or withdraws it, in
 * the caller's scoped transaction. A story is checked by `parseStory` again before it is
 * published, so a text written before a privacy rule was added cannot reach the public past it.
 * Returns the story as it now stands.
 */
export async function setStoryStatus(
  tx: Database,
  options: {
    readonly municipalityId: string;
    readonly storyId: string;
    readonly status: Exclude<StoryStatus, 'draft'>;
  },
): Promise<StoryRow> {
  const { municipalityId, storyId, status } = options;
  const [story] = await readStories(tx, { municipalityId, storyId, isPublishedOnly: false });
  if (!story) {
    throw new WriteRefusedError(
      'unknown-story',
      `Story ${storyId} is not a story of ${municipalityId} you may publish or withdraw.`,
    );
  }
  if (status === 'published') {
    parseStory({
      teamId: story.teamId ?? '',
      period: story.period,
      lifeDomains: story.lifeDomains,
      title: story.title,
      text: story.body,
    });
  }
  await tx.execute(
    sql`update stories set status = ${status}, status_changed_at = now()
         where municipality_id = ${municipalityId} and id = ${story.id}::uuid
           and status <> ${status}`,
  );
  const [changed] = await readStories(tx, { municipalityId, storyId, isPublishedOnly: false });
  if (!changed) throw new Error('The story was not stored.');
  return changed;
}

/** One indicator group's publication choice (publicatie-instelling). */
export interface PublicationSetting {
  readonly indicatorGroup: IndicatorGroup;
  readonly isPublished: boolean;
}

/** A municipality's publication choice for every indicator group; unpublished when never set. */
export async function readPublicationSettings(
  tx: Database,
  municipalityId: string,
): Promise<PublicationSetting[]> {
  const rows = await queryRows<{ indicator_group: string; is_published: boolean }>(
    tx,
    sql`select indicator_group, is_published from publication_settings
         where municipality_id = ${municipalityId}`,
  );
  const chosen = new Map(rows.map((row) => [row.indicator_group, row.is_published]));
  return INDICATOR_GROUPS.map((indicatorGroup) => ({
    indicatorGroup,
    isPublished: chosen.get(indicatorGroup) ?? false,
  }));
}

/**
 * Sets whether a municipality publishes an indicator group to the national benchmark (opt-in).
 * The published rollup view reads these settings, so the change is in the benchmark at commit.
 */
export async function setPublication(
  tx: Database,
  options: { readonly municipalityId: string } & PublicationSetting,
): Promise<PublicationSetting[]> {
  if (!(INDICATOR_GROUPS as readonly string[]).includes(options.indicatorGroup)) {
    throw new WriteRefusedError(
      'unknown-indicator-group',
      `"${options.indicatorGroup}" is not an indicator group; use one of ${INDICATOR_GROUPS.join(', ')}.`,
    );
  }
  await tx.execute(
    sql`insert into publication_settings (municipality_id, indicator_group, is_published, updated_at)
        values (${options.municipalityId}, ${options.indicatorGroup}, ${options.isPublished}, now())
        on conflict (municipality_id, indicator_group)
        do update set is_published = excluded.is_published, updated_at = now()`,
  );
  return readPublicationSettings(tx, options.municipalityId);
}

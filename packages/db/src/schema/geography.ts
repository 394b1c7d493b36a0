import {
  date,
  index,
  integer,
  primaryKey,
  real,
  smallint,
  snakeCase,
  text,
} from 'drizzle-orm/pg-core';

/**
 * A municipality (gemeente) by its CBS code (`GM0080`). Reference table: it holds every code
 * that existed since 2016, with the period it was valid; former codes carry no figures.
 */
export const municipalities = snakeCase.table('municipalities', {
  id: text().primaryKey(),
  name: text().notNull(),
  province: text(),
  inhabitants: integer(),
  households: integer(),
  /** Stedelijkheid: 1 very strongly urban to 5 not urban. */
  urbanity: smallint(),
  /** First day the code was valid; null when it predates the merger table (2016). */
  validFrom: date({ mode: 'string' }),
  /** First day the code was no longer valid (the merger date); null while it is current. */
  validUntil: date({ mode: 'string' }),
});

/** A district (wijk) by its CBS code (`WK008001`). Reference table. */
export const districts = snakeCase.table(
  'districts',
  {
    id: text().primaryKey(),
    municipalityId: text()
      .notNull()
      .references(() => municipalities.id),
    name: text().notNull(),
    inhabitants: integer().notNull(),
    households: integer().notNull(),
  },
  (t) => [index().on(t.municipalityId)],
);

/**
 * A municipal merger or code change (herindeling): `oldId` went (for `share` of it) into `newId`
 * on `effectiveOn`. Splits have one row per receiving municipality, with its share of the area.
 */
export const municipalityMergers = snakeCase.table(
  'municipality_mergers',
  {
    oldId: text().notNull(),
    newId: text().notNull(),
    effectiveOn: date({ mode: 'string' }).notNull(),
    oldName: text().notNull(),
    newName: text().notNull(),
    share: real().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.oldId, t.newId] }), index().on(t.newId)],
);

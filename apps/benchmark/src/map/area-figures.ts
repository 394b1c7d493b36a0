import nationalOutlines from 'virtual:national-outlines';
import { useMemo } from 'react';
import type { Suppression } from '../format/suppression';
import type { ResultOf } from '../graphql/graphql';
import { type MunicipalValue, readSuppression } from '../pages/compare-data';
import type { DistrictFiguresQuery } from './indicator-map.graphql';

const byName = new Intl.Collator('nl');

/** One area of the map (a municipality or a district) with its figure or why it has none. */
export interface AreaFigure {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly n: number | null;
  readonly suppression: Suppression | null;
}

type DistrictFigure = NonNullable<
  ResultOf<typeof DistrictFiguresQuery>['municipality']
>['districtFigures'][number];

/**
 * The areas the map and its table show, by name: every municipality (those the gateway leaves
 * out because they did not publish the group are marked as not published rather than missing),
 * or the districts of one municipality.
 */
export function useAreaFigures(
  all: readonly MunicipalValue[],
  districts: readonly DistrictFigure[] | null,
): AreaFigure[] {
  return useMemo(() => {
    const listed: AreaFigure[] = districts
      ? districts.map((item) => ({
          code: item.district.code,
          name: item.district.name,
          value: item.value ?? null,
          n: item.n ?? null,
          suppression: readSuppression(item.suppression),
        }))
      : all.map((item) => ({
          code: item.municipalityCode,
          name: item.municipalityName,
          value: item.value ?? null,
          n: item.n ?? null,
          suppression: readSuppression(item.suppression),
        }));
    const listedCodes = new Set(listed.map((figure) => figure.code));
    const unlisted: AreaFigure[] = districts
      ? []
      : nationalOutlines
          .filter((area) => !listedCodes.has(area.code))
          .map((area) => ({
            code: area.code,
            name: area.name,
            value: null,
            n: null,
            suppression: { reason: 'NOT_PUBLISHED', threshold: null },
          }));
    return [...listed, ...unlisted].sort((a, b) => byName.compare(a.name, b.name));
  }, [all, districts]);
}

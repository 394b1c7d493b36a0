import type { GenericFieldRef } from '@pothos/core';
import type {
  SuppressionReason as Reason,
  Suppression as SuppressionShape,
} from '@wijknet/outcome-monitoring';
import { builder } from '../builder.js';

export const SuppressionReason = builder.enumType('SuppressionReason', {
  description: 'Why a figure has no value (reden van onderdrukking).',
  values: {
    SMALL_NUMBER: {
      value: 'SMALL_NUMBER',
      description:
        'Fewer than the threshold behind the figure (kleine aantallen): it could point to individual households.',
    },
    DERIVABLE: {
      value: 'DERIVABLE',
      description:
        'Withheld because, with the published figures beside it (a year and its quarters), it would reveal a small number (secundaire onderdrukking).',
    },
    NOT_PUBLISHED: {
      value: 'NOT_PUBLISHED',
      description:
        'The municipality did not opt in to publishing this indicator group (niet gepubliceerd).',
    },
    NO_DATA: {
      value: 'NO_DATA',
      description: 'Nothing registered for the period, or nothing to divide by (geen gegevens).',
    },
  } as const satisfies Record<Reason, { value: Reason; description: string }>,
});

export const Suppression = builder.objectRef<SuppressionShape>('Suppression').implement({
  description:
    'Why a figure has no value (onderdrukking). A suppressed figure never comes with a number, not even zero.',
  fields: (t) => ({
    reason: t.field({
      type: SuppressionReason,
      description: 'The reason (reden).',
      resolve: (suppression) => suppression.reason,
    }),
    threshold: t.exposeInt('threshold', {
      nullable: true,
      description: 'The threshold (drempel) that was applied, for SMALL_NUMBER; null otherwise.',
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type FieldBuilder<Shape> = PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>;
type Field<Value> = GenericFieldRef<Value>;

/** A figure that may be withheld: then its value and count are null and its suppression says why. */
interface WithheldFigure {
  readonly value: number | null;
  readonly n: number | null;
  readonly suppression: SuppressionShape | null;
}

/** The value, count and suppression of a figure, the same on every type of figure. */
export const withheldFigureFields = <Shape extends WithheldFigure>(
  t: FieldBuilder<Shape>,
): {
  value: Field<number | null | undefined>;
  n: Field<number | null | undefined>;
  suppression: Field<SuppressionShape | null | undefined>;
} => ({
  value: t.float({
    nullable: true,
    description:
      'The value (waarde) in the indicator’s unit; null when withheld (see suppression), never zero in place of a missing value.',
    resolve: (figure) => figure.value,
  }),
  n: t.int({
    nullable: true,
    description: 'The count behind the figure (aantal, n); null when withheld.',
    resolve: (figure) => figure.n,
  }),
  suppression: t.field({
    type: Suppression,
    nullable: true,
    description: 'Why there is no value (onderdrukking); null when the value is shown.',
    resolve: (figure) => figure.suppression,
  }),
});

/** How everyone else sees a municipality's own figure, on the types that carry it. */
export const suppressedForOthersField = <
  Shape extends { readonly suppressedForOthers: SuppressionShape | null },
>(
  t: FieldBuilder<Shape>,
): Field<SuppressionShape | null | undefined> =>
  t.field({
    type: Suppression,
    nullable: true,
    description:
      'Only on your own municipality’s figures: how everyone else sees this figure (not published, small number, derivable); null when they see it too.',
    resolve: (figure) => figure.suppressedForOthers,
  });

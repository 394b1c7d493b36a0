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

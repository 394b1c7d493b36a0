import { pseudonymiseReference } from '@wijknet/household';
import { memberIdOf } from './members-import.js';
import { planIdOf } from './plan-ids.js';
import { idOfKey } from './stable-id.js';
import { teamIdOf } from './teams-import.js';

/** The rows a municipality names by a reference of its own. */
export type ReferencedRow = 'team' | 'member' | 'household' | 'plan';

/**
 * The wijknet id of a row the municipality names by its own reference, derived the way an import
 * derives it: so an API that wrote a row by reference can return it without storing the reference.
 */
export function idOfReferencedRow(
  row: ReferencedRow,
  reference: string,
  secret: string | Uint8Array,
): string {
  switch (row) {
    case 'team':
      return teamIdOf(secret, reference);
    case 'member':
      return memberIdOf(secret, reference);
    case 'plan':
      return planIdOf(secret, reference);
    case 'household':
      return idOfKey('household', pseudonymiseReference(reference, secret));
    default:
      return row satisfies never;
  }
}

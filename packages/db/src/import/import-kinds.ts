import { assessmentsImport } from './assessments-import.js';
import { householdsImport } from './households-import.js';
import type { ImportKind, ImportKindName } from './import-kind.js';
import { membersImport } from './members-import.js';
import { planEventsImport } from './plan-events-import.js';
import { registeredEventsImport } from './registered-events-import.js';
import { teamsImport } from './teams-import.js';

/** The handler of every kind of import file. */
export const IMPORT_KIND_HANDLERS: Record<ImportKindName, ImportKind<never>> = {
  teams: teamsImport as ImportKind<never>,
  members: membersImport as ImportKind<never>,
  households: householdsImport as ImportKind<never>,
  'plan-events': planEventsImport as ImportKind<never>,
  assessments: assessmentsImport as ImportKind<never>,
  'registered-events': registeredEventsImport as ImportKind<never>,
};

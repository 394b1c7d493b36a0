import type { Locale } from '../i18n/locale';
import { fillPlaceholders } from '../i18n/messages';

/** The audit-log page's texts, Dutch first; the English dictionary has the same keys. */
const nl = {
  title: 'Logboek',
  intro:
    'Voor de privacyfunctionaris: wie welk huishouden of plan heeft ingezien of gewijzigd, wanneer en via welke handeling. Het logboek toont alleen uw eigen gemeente.',
  filters: 'Zoeken in het logboek',
  from: 'Vanaf (datum)',
  to: 'Tot en met (datum)',
  actor: 'Wie (gebruiker of token)',
  actorHint: 'Precies zoals het in het logboek staat.',
  householdId: 'Huishouden (ID)',
  householdIdHint: 'De ID van het huishouden; ook de regels over zijn plannen komen mee.',
  apply: 'Zoeken',
  clear: 'Wissen',
  download: 'Downloaden als CSV',
  downloading: 'Bezig met downloaden…',
  caption: 'Logregels, nieuwste eerst',
  shown: 'De nieuwste {count} regels; de CSV bevat er tot 50.000.',
  noRows: 'geen regels voor deze zoekopdracht',
  occurredAt: 'Tijdstip',
  role: 'Rol',
  action: 'Handeling',
  subject: 'Over',
  operation: 'Via',
  details: 'Details',
  read: 'inzage',
  write: 'wijziging',
  household: 'huishouden',
  plan: 'plan',
  subjectCount: '{count} × {kind}',
  needsMunicipality:
    'Het logboek is er voor de gemeente zelf: het is te zien voor wie namens een gemeente (of als beheerder) is ingelogd.',
};

export type AuditMessageKey = keyof typeof nl;

const en: Record<AuditMessageKey, string> = {
  title: 'Audit log',
  intro:
    'For the privacy officer: who read or changed which household or plan, when and through which operation. The log shows your own municipality only.',
  filters: 'Search the audit log',
  from: 'From (date)',
  to: 'To (date, inclusive)',
  actor: 'Who (user or token)',
  actorHint: 'Exactly as the log has it.',
  householdId: 'Household (ID)',
  householdIdHint: 'The household’s ID; the rows about its plans come along.',
  apply: 'Search',
  clear: 'Clear',
  download: 'Download as CSV',
  downloading: 'Downloading…',
  caption: 'Log rows, newest first',
  shown: 'The newest {count} rows; the CSV holds up to 50,000.',
  noRows: 'no rows for this search',
  occurredAt: 'When',
  role: 'Role',
  action: 'Action',
  subject: 'About',
  operation: 'Through',
  details: 'Details',
  read: 'read',
  write: 'write',
  household: 'household',
  plan: 'plan',
  subjectCount: '{count} × {kind}',
  needsMunicipality:
    'The audit log is for the municipality itself: it shows to those signed in for a municipality (or as an administrator).',
};

/** A text of the audit-log page with its {placeholders} filled in. */
export function auditText(
  locale: Locale,
  key: AuditMessageKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders((locale === 'en' ? en : nl)[key], values);
}

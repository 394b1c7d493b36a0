import type { Locale } from '../i18n/locale';
import { pageText } from '../i18n/page-messages';

/** The delivery page's texts, Dutch first; the English dictionary has the same keys. */
const nl = {
  title: 'Gegevens aanleveren',
  intro:
    'Lever een CSV-bestand aan in het formaat van de import (zie de importformaten). Het bestand wordt helemaal of niet verwerkt: bij één fout regel komt er niets binnen en ziet u elk probleem met regel en kolom. Hetzelfde bestand nog eens aanleveren verandert niets.',
  kind: 'Soort bestand',
  file: 'Bestand (CSV)',
  dropHint: 'Kies een bestand of sleep het hierheen.',
  chosen: 'Gekozen: {name}',
  deliver: 'Aanleveren',
  uploading: 'Bezig met versturen: {percent}%',
  checking: 'Verstuurd; het bestand wordt gecontroleerd en verwerkt…',
  accepted:
    'Geaccepteerd: {name}, {rows} regels ({inserted} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd).',
  refused: 'Geweigerd: {name}. Er is niets verwerkt.',
  refusedProblems: 'Het bestand heeft {count} {problems}; hieronder staat elk met regel en kolom.',
  problemsCaption: 'Problemen in {name}',
  line: 'Regel',
  column: 'Kolom',
  problem: 'Probleem',
  downloadReport: 'Probleemrapport downloaden (CSV)',
  failed: 'Aanleveren mislukt: {message}',
  history: 'Aanleveringen dit jaar',
  noHistory: 'Dit jaar is nog niets aangeleverd.',
  deliveredAt: 'Tijdstip',
  deliveredBy: 'Aangeleverd door',
  rows: 'Regels',
  result: 'Resultaat',
  statusAccepted: 'geaccepteerd',
  statusRefused: 'geweigerd ({count} problemen)',
  statusRefusedOne: 'geweigerd (1 probleem)',
  report: 'Rapport',
  needsMunicipality:
    'Aanleveren kan alleen wie namens een gemeente is ingelogd (of een beheerder).',
  TEAMS: 'Teams',
  MEMBERS: 'Teamleden',
  HOUSEHOLDS: 'Huishoudens',
  PLAN_EVENTS: 'Plangebeurtenissen',
  ASSESSMENTS: 'ZRM-metingen',
  REGISTERED_EVENTS: 'Geregistreerde gebeurtenissen',
};

export type DeliveryMessageKey = keyof typeof nl;

const en: Record<DeliveryMessageKey, string> = {
  title: 'Deliver data',
  intro:
    'Deliver a CSV file in the import format (see the import formats). A file is taken in whole or not at all: with one bad row nothing comes in, and you see every problem with its line and column. Delivering the same file again changes nothing.',
  kind: 'Kind of file',
  file: 'File (CSV)',
  dropHint: 'Choose a file or drop it here.',
  chosen: 'Chosen: {name}',
  deliver: 'Deliver',
  uploading: 'Sending: {percent}%',
  checking: 'Sent; the file is being checked and processed…',
  accepted:
    'Accepted: {name}, {rows} rows ({inserted} new, {updated} changed, {unchanged} unchanged).',
  refused: 'Refused: {name}. Nothing was taken in.',
  refusedProblems:
    'The file has {count} {problems}; each is listed below with its line and column.',
  problemsCaption: 'Problems in {name}',
  line: 'Line',
  column: 'Column',
  problem: 'Problem',
  downloadReport: 'Download the problem report (CSV)',
  failed: 'Delivery failed: {message}',
  history: 'Deliveries this year',
  noHistory: 'Nothing was delivered this year yet.',
  deliveredAt: 'Time',
  deliveredBy: 'Delivered by',
  rows: 'Rows',
  result: 'Result',
  statusAccepted: 'accepted',
  statusRefused: 'refused ({count} problems)',
  statusRefusedOne: 'refused (1 problem)',
  report: 'Report',
  needsMunicipality:
    'Only someone signed in for a municipality (or an administrator) can deliver data.',
  TEAMS: 'Teams',
  MEMBERS: 'Team members',
  HOUSEHOLDS: 'Households',
  PLAN_EVENTS: 'Plan events',
  ASSESSMENTS: 'ZRM assessments',
  REGISTERED_EVENTS: 'Registered events',
};

/** A delivery text in the locale, with `{name}` placeholders filled in. */
export function deliveryText(
  locale: Locale,
  key: DeliveryMessageKey,
  values: Record<string, string | number> = {},
): string {
  return pageText({ nl, en }, locale, key, values);
}

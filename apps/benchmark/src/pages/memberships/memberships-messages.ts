import type { Locale } from '../../i18n/locale';
import { fillPlaceholders } from '../../i18n/messages';

/** The membership page's texts, Dutch first; the English dictionary has the same keys. */
const nl = {
  intro:
    'Een lidmaatschap bepaalt wat iemand die inlogt bij een inlogdienst in wijknet mag: de rol, de gemeente en het team. Het geldt voor één persoon (subject) of voor iedereen met een groep in de groepsclaim van de inlogdienst. Wie ingelogd is zonder lidmaatschap ziet alleen de openbare pagina’s; een verwijderd lidmaatschap geldt vanaf het volgende verzoek niet meer.',
  adminOnly: 'Alleen een beheerder van wijknet beheert lidmaatschappen.',
  listTitle: 'Lidmaatschappen',
  listCaption: 'Alle lidmaatschappen, in de volgorde waarin ze zijn toegekend',
  none: 'Er zijn nog geen lidmaatschappen.',
  columnFor: 'Voor',
  columnWho: 'Wie',
  columnProvider: 'Inlogdienst',
  columnRole: 'Rol',
  columnMunicipality: 'Gemeente',
  columnTeam: 'Team',
  columnGranted: 'Toegekend',
  columnAction: 'Actie',
  person: 'persoon {subject}',
  group: 'groep {group}',
  grantedBy: '{date} door {by}',
  remove: 'Verwijderen',
  removeLabel: 'Lidmaatschap van {label} verwijderen',
  removeConfirm:
    'Het lidmaatschap van {label} verwijderen? Deze persoon verliest direct de toegang.',
  removed: 'Het lidmaatschap van {label} is verwijderd.',
  addTitle: 'Lidmaatschap toevoegen',
  provider: 'Inlogdienst',
  holderKind: 'Voor wie',
  holderSubject: 'Eén persoon (subject bij de inlogdienst)',
  holderGroup: 'Een groep (waarde in de groepsclaim)',
  subject: 'Subject (sub)',
  subjectHint:
    'De sub-claim die de inlogdienst voor de persoon geeft (bij Entra ID niet de object-ID).',
  groupName: 'Groep',
  role: 'Rol',
  municipalitySearch: 'Gemeente zoeken (naam of CBS-code)',
  municipality: 'Gemeente',
  chooseMunicipality: 'Kies een gemeente',
  team: 'Team',
  chooseTeam: 'Kies een team',
  noTeams: 'Deze gemeente heeft geen teams.',
  teamId: 'Team-ID',
  teamIdHint:
    'U ziet alleen de teams van de gemeente waarvoor u beheerder bent. Vul voor een andere gemeente het ID van het team in dat die gemeente u geeft.',
  label: 'Omschrijving (naam, afdeling)',
  add: 'Toevoegen',
  added: 'Het lidmaatschap van {label} is toegevoegd.',
  incomplete:
    'Vul de inlogdienst, het subject of de groep, en waar de rol dat vraagt de gemeente en het team in.',
};

export type MembershipMessageKey = keyof typeof nl;

const en: Record<MembershipMessageKey, string> = {
  intro:
    'A membership decides what someone who signs in at an identity provider may do in wijknet: the role, the municipality and the team. It is for one person (subject) or for everyone carrying a group in the provider’s group claim. Someone signed in without a membership sees only the public pages; a removed membership no longer counts from the next request on.',
  adminOnly: 'Only an administrator of wijknet manages memberships.',
  listTitle: 'Memberships',
  listCaption: 'Every membership, in the order they were granted',
  none: 'There are no memberships yet.',
  columnFor: 'For',
  columnWho: 'Who',
  columnProvider: 'Identity provider',
  columnRole: 'Role',
  columnMunicipality: 'Municipality',
  columnTeam: 'Team',
  columnGranted: 'Granted',
  columnAction: 'Action',
  person: 'person {subject}',
  group: 'group {group}',
  grantedBy: '{date} by {by}',
  remove: 'Remove',
  removeLabel: 'Remove the membership of {label}',
  removeConfirm: 'Remove the membership of {label}? This person loses access at once.',
  removed: 'The membership of {label} was removed.',
  addTitle: 'Add a membership',
  provider: 'Identity provider',
  holderKind: 'For whom',
  holderSubject: 'One person (subject at the identity provider)',
  holderGroup: 'A group (a value in the group claim)',
  subject: 'Subject (sub)',
  subjectHint:
    'The sub claim the identity provider gives for the person (with Entra ID, not the object ID).',
  groupName: 'Group',
  role: 'Role',
  municipalitySearch: 'Search a municipality (name or CBS code)',
  municipality: 'Municipality',
  chooseMunicipality: 'Choose a municipality',
  team: 'Team',
  chooseTeam: 'Choose a team',
  noTeams: 'This municipality has no teams.',
  teamId: 'Team ID',
  teamIdHint:
    'You see only the teams of the municipality you administer. For another municipality, fill in the team ID that municipality gives you.',
  label: 'Description (name, department)',
  add: 'Add',
  added: 'The membership of {label} was added.',
  incomplete:
    'Fill in the identity provider, the subject or group, and where the role asks for them the municipality and team.',
};

/** A membership page text in the locale, with `{name}` placeholders filled in. */
export function membershipText(
  locale: Locale,
  key: MembershipMessageKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders((locale === 'en' ? en : nl)[key], values);
}

import type { PageMessages } from '../i18n/page-messages';

const nl = {
  title: 'Publicatie',
  intro:
    'U kiest per groep indicatoren of de cijfers van uw gemeente in de landelijke benchmark staan. Voordat u een groep aan- of uitzet, ziet u precies wat iedereen buiten uw gemeente te zien krijgt: kleine aantallen (n < 10) en cijfers die uit andere gepubliceerde cijfers af te leiden zijn, blijven weg.',
  needsMunicipality: 'Publiceren kan alleen met een token van een gemeente (of een beheerder).',
  groupsCaption: 'Publicatie per groep indicatoren',
  group: 'Groep',
  status: 'Nu',
  action: 'Wijzigen',
  published: 'gepubliceerd',
  notPublished: 'niet gepubliceerd',
  previewOn: 'Voorbeeld en aanzetten',
  previewOff: 'Voorbeeld en uitzetten',
  previewTitle: 'Voorbeeld: {group}',
  previewWillShow:
    'Na bevestigen ziet iedereen deze cijfers van {name} in de landelijke benchmark en op het openbare gemeenteprofiel.',
  previewWillHide:
    'Na bevestigen verdwijnen deze cijfers van {name} uit de landelijke benchmark en het openbare profiel; ze tellen alleen nog mee in landelijke totalen die u niet herkenbaar maken.',
  previewSummary:
    'Van de {total} cijfers in deze perioden zijn er {shown} zichtbaar; {small} blijven weg om kleine aantallen, {derivable} omdat ze af te leiden zijn, en {none} hebben geen gegevens.',
  previewCaption: 'Wat iedereen ziet van {group}, {range}',
  period: 'Periode',
  noFigures: 'Voor deze perioden zijn er nog geen cijfers in deze groep.',
  confirmOn: 'Bevestigen: {group} publiceren',
  confirmOff: 'Bevestigen: {group} niet meer publiceren',
  cancel: 'Annuleren',
  doneOn: '{group} is gepubliceerd.',
  doneOff: '{group} wordt niet meer gepubliceerd.',
  openProfile: 'Bekijk het openbare profiel van {name}',
  failed: 'Wijzigen mislukt: {message}',
};

export type PublicationMessageKey = keyof typeof nl;

const en: Record<PublicationMessageKey, string> = {
  title: 'Publication',
  intro:
    'For each group of indicators you choose whether your municipality’s figures are in the national benchmark. Before you switch a group on or off, you see exactly what everyone outside your municipality gets to see: small numbers (n < 10) and figures that could be derived from other published figures are left out.',
  needsMunicipality: 'Publishing needs a token of a municipality (or an administrator).',
  groupsCaption: 'Publication per group of indicators',
  group: 'Group',
  status: 'Now',
  action: 'Change',
  published: 'published',
  notPublished: 'not published',
  previewOn: 'Preview and switch on',
  previewOff: 'Preview and switch off',
  previewTitle: 'Preview: {group}',
  previewWillShow:
    'Once you confirm, everyone sees these figures of {name} in the national benchmark and on the public municipality profile.',
  previewWillHide:
    'Once you confirm, these figures of {name} leave the national benchmark and the public profile; they only count in national totals that cannot reveal you.',
  previewSummary:
    'Of the {total} figures in these periods, {shown} are visible; {small} are left out for small numbers, {derivable} because they could be derived, and {none} have no data.',
  previewCaption: 'What everyone sees of {group}, {range}',
  period: 'Period',
  noFigures: 'There are no figures in this group for these periods yet.',
  confirmOn: 'Confirm: publish {group}',
  confirmOff: 'Confirm: stop publishing {group}',
  cancel: 'Cancel',
  doneOn: '{group} is published.',
  doneOff: '{group} is no longer published.',
  openProfile: 'See the public profile of {name}',
  failed: 'Change failed: {message}',
};

export const PUBLICATION_MESSAGES: PageMessages<PublicationMessageKey> = { nl, en };

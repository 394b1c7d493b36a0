import type { PageMessages } from '../i18n/page-messages';

const nl = {
  title: 'Ervaringsverhalen',
  intro:
    'Teams schrijven korte verhalen over wat hun werk heeft bereikt, naast de cijfers. Een nieuw verhaal is een concept: alleen uw gemeente ziet het, tot de gemeente het publiceert op het openbare gemeenteprofiel. De gemeente kan een verhaal ook weer intrekken.',
  privacy:
    'Een verhaal maakt nooit een huishouden herkenbaar: geen namen, adressen, BSN, e-mailadressen of telefoonnummers. Teksten die daarop lijken worden geweigerd, ook nog bij het publiceren.',
  needsTenant: 'Verhalen schrijven kan alleen met een token van een gemeente of een team.',
  writeTitle: 'Nieuw verhaal',
  team: 'Team',
  chooseTeam: 'Kies een team',
  period: 'Over periode',
  lifeDomains: 'Leefgebieden',
  storyTitle: 'Titel',
  storyTitleHint: '3 tot 120 tekens.',
  text: 'Verhaal',
  textHint: '40 tot 4.000 tekens: wat veranderde er, voor wie (zonder iemand te noemen) en hoe.',
  save: 'Opslaan als concept',
  saved: 'Opgeslagen als concept: {title}.',
  listTitle: 'Verhalen van {name}',
  none: 'Er zijn geen verhalen over deze perioden.',
  statusDRAFT: 'concept',
  statusPUBLISHED: 'gepubliceerd',
  statusWITHDRAWN: 'ingetrokken',
  statusSince: '{status} sinds {date}',
  publish: 'Publiceren',
  withdraw: 'Intrekken',
  publishNamed: 'Publiceren: {title}',
  withdrawNamed: 'Intrekken: {title}',
  onlyMunicipalityPublishes: 'De gemeente beslist over publiceren en intrekken.',
};

export type StoriesMessageKey = keyof typeof nl;

const en: Record<StoriesMessageKey, string> = {
  title: 'Stories',
  intro:
    'Teams write short stories about what their work achieved, beside the figures. A new story is a draft: only your municipality sees it, until the municipality publishes it on the public municipality profile. The municipality can withdraw a story again.',
  privacy:
    'A story never makes a household recognisable: no names, addresses, citizen service numbers, e-mail addresses or phone numbers. Texts that look like them are refused, again when they are published.',
  needsTenant: 'Writing stories needs a token of a municipality or a team.',
  writeTitle: 'New story',
  team: 'Team',
  chooseTeam: 'Choose a team',
  period: 'About the period',
  lifeDomains: 'Life domains',
  storyTitle: 'Title',
  storyTitleHint: '3 to 120 characters.',
  text: 'Story',
  textHint: '40 to 4,000 characters: what changed, for whom (without naming anyone) and how.',
  save: 'Save as draft',
  saved: 'Saved as a draft: {title}.',
  listTitle: 'Stories of {name}',
  none: 'There are no stories about these periods.',
  statusDRAFT: 'draft',
  statusPUBLISHED: 'published',
  statusWITHDRAWN: 'withdrawn',
  statusSince: '{status} since {date}',
  publish: 'Publish',
  withdraw: 'Withdraw',
  publishNamed: 'Publish: {title}',
  withdrawNamed: 'Withdraw: {title}',
  onlyMunicipalityPublishes: 'The municipality decides on publishing and withdrawing.',
};

export const STORIES_MESSAGES: PageMessages<StoriesMessageKey> = { nl, en };

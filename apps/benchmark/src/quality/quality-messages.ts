import type { Locale } from '../i18n/locale';
import { fillPlaceholders } from '../i18n/messages';

/** The data-quality page's texts, Dutch first; the English dictionary has the same keys. */
const nl = {
  title: 'Datakwaliteit',
  intro:
    'Hoe volledig de registratie is. Een verschil tussen gemeenten kan een verschil in registratie zijn in plaats van een verschil in de praktijk; deze aandelen laten zien waar dat speelt.',
  period: 'Periode',
  own: 'Registratie van uw gemeente in {period}',
  measure: 'Onderdeel',
  count: 'Aantal',
  total: 'Van',
  share: 'Aandeel',
  intakeZrm: 'Plannen met een intakemeting (ZRM)',
  closureZrm: 'Afgesloten plannen met een afsluitmeting (ZRM)',
  intakeAndClosureZrm: 'Afgesloten plannen met intake- én afsluitmeting',
  plansWithoutLead: 'Lopende plannen zonder regievoerder',
  assessmentsOverdue3Months: 'Lopende plannen: meting meer dan 3 maanden oud',
  assessmentsOverdue6Months: 'Lopende plannen: meting meer dan 6 maanden oud',
  householdsWithoutDistrictTeam: 'Huishoudens in een wijk zonder wijkteam',
  flagged:
    'Onvolledig geregistreerd: {share} van de in {period} afgesloten plannen heeft een intake- én een afsluitmeting, minder dan de drempel van {threshold}. De ZRM-uitkomstcijfers van deze periode dragen daarom een waarschuwing in de benchmark.',
  complete:
    'De ZRM-uitkomstcijfers van {period} rusten op voldoende metingen: {share} van de afgesloten plannen heeft een intake- én een afsluitmeting (drempel {threshold}).',
  nothingClosed:
    'In {period} is geen plan afgesloten; er is geen ZRM-uitkomstcijfer om te beoordelen.',
  deliveries: 'Laatste aanlevering per soort bestand',
  kind: 'Soort bestand',
  quarter: 'Kwartaal',
  deliveredAt: 'Tijdstip',
  noDeliveries: 'er is nog niets aangeleverd',
  noDeliveredAt: 'alleen het kwartaal is openbaar',
  publishers: 'Publicerende gemeenten in {period}',
  publishersIntro:
    'Van gemeenten die publiceren ziet u de aandelen, zonder aantallen; achter minder dan {threshold} plannen of huishoudens blijft een aandeel weg.',
  sharesPerMunicipality: 'Aandelen per gemeente',
  noPublishers: 'geen gemeente publiceert',
  municipality: 'Gemeente',
  withheldSMALL_NUMBER: 'kleine aantallen',
  withheldNO_DATA: 'geen gegevens',
  noOwnQuality: 'Van uw gemeente is in deze periode geen registratie gevonden.',
  signIn: 'Log in om de datakwaliteit te zien.',
};

export type QualityMessageKey = keyof typeof nl;

const en: Record<QualityMessageKey, string> = {
  title: 'Data quality',
  intro:
    'How complete the registration is. A difference between municipalities can be a difference in registration rather than in practice; these shares show where that is at play.',
  period: 'Period',
  own: 'Your municipality’s registration in {period}',
  measure: 'Item',
  count: 'Count',
  total: 'Of',
  share: 'Share',
  intakeZrm: 'Plans with an intake assessment (ZRM)',
  closureZrm: 'Closed plans with a closure assessment (ZRM)',
  intakeAndClosureZrm: 'Closed plans with both intake and closure assessment',
  plansWithoutLead: 'Open plans without a lead worker',
  assessmentsOverdue3Months: 'Open plans: assessment over 3 months old',
  assessmentsOverdue6Months: 'Open plans: assessment over 6 months old',
  householdsWithoutDistrictTeam: 'Households in a district without a team',
  flagged:
    'Incompletely registered: {share} of the plans closed in {period} have both an intake and a closure assessment, below the threshold of {threshold}. The ZRM outcome figures of this period therefore carry a warning in the benchmark.',
  complete:
    'The ZRM outcome figures of {period} rest on enough assessments: {share} of the closed plans have both an intake and a closure assessment (threshold {threshold}).',
  nothingClosed: 'No plan was closed in {period}; there is no ZRM outcome figure to judge.',
  deliveries: 'Latest delivery per kind of file',
  kind: 'Kind of file',
  quarter: 'Quarter',
  deliveredAt: 'When',
  noDeliveries: 'nothing has been delivered yet',
  noDeliveredAt: 'only the quarter is public',
  publishers: 'Publishing municipalities in {period}',
  publishersIntro:
    'Of municipalities that publish you see the shares, without counts; behind fewer than {threshold} plans or households a share is withheld.',
  sharesPerMunicipality: 'Shares per municipality',
  noPublishers: 'no municipality publishes',
  municipality: 'Municipality',
  withheldSMALL_NUMBER: 'small numbers',
  withheldNO_DATA: 'no data',
  noOwnQuality: 'No registration of your municipality was found in this period.',
  signIn: 'Sign in to see the data quality.',
};

const MESSAGES: Record<Locale, Record<QualityMessageKey, string>> = { nl, en };

/** A text of the data-quality page with its {placeholders} filled in. */
export function qualityText(
  locale: Locale,
  key: QualityMessageKey,
  values: Record<string, string | number> = {},
): string {
  return fillPlaceholders(MESSAGES[locale][key], values);
}

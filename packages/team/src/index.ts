export { BASIC_MODEL, HOURS_PER_FTE } from './basic-model.js';
export {
  type CheckCompositionOptions,
  COMPOSITION_CHECKS,
  type CompositionCheck,
  type CompositionCheckResult,
  checkComposition,
  type Verdict,
} from './composition-checks.js';
export {
  DISCIPLINES,
  type Discipline,
  disciplineLabel,
  GENERALIST_DOMAINS,
  type GeneralistDomain,
  generalistDomainLabel,
  generalistDomainOf,
  isLeadDiscipline,
} from './disciplines.js';
export { type DistrictPopulation, districtPopulationSchema } from './district-population.js';
export { MANDATES, type Mandate, mandateLabel } from './mandates.js';
export { type Member, memberSchema, parseMember } from './member.js';
export { isMemberOn, membersOn } from './membership.js';
export { RINGS, type Ring, ringLabel } from './rings.js';
export { parseTeam, type Team, teamSchema } from './team.js';
export { computeTeamAge, type SettlingPhase, type TeamAge, teamAgeInYears } from './team-age.js';
export { TEAM_ERROR_CODES, TeamError, type TeamErrorCode } from './team-error.js';
export {
  type ComputeTeamFiguresOptions,
  computeTeamFigures,
  type DisciplineShare,
  type HoursInWijkFigures,
  type TeamFigures,
} from './team-figures.js';
export { TEAM_KINDS, type TeamKind, teamKindLabel } from './team-kinds.js';

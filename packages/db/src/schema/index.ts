export * from './access.js';
export * from './delivery.js';
export * from './geography.js';
export * from './household.js';
export * from './outcome.js';
export * from './plan.js';
export { appRole } from './policies.js';
export * from './rollup.js';
export * from './team.js';

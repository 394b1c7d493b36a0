// The roles are outcome-monitoring's, since they decide which benchmark figures a viewer sees.
export { ROLES, type Role } from '@wijknet/outcome-monitoring';

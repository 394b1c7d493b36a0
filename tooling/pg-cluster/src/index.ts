export { findPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';
export {
  DEFAULT_CLUSTER_PORT,
  type StopMode,
  startThrowawayCluster,
  type ThrowawayCluster,
  type ThrowawayClusterOptions,
} from './throwaway-cluster.js';

import type { UserConfig } from 'vitest/config';
export declare function defineWijknetConfig(
  overrides?: UserConfig,
  reportName?: string,
): UserConfig;

import { cpus, platform, release, totalmem } from 'node:os';
import { postgresVersion } from './database.js';
import type { MachineInfo } from './results.js';

/** What the numbers were measured on: they mean little without it. */
export async function describeMachine(): Promise<MachineInfo> {
  const processors = cpus();
  return {
    cores: processors.length,
    cpu: processors[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres: await postgresVersion().catch(() => 'unknown'),
    platform: `${platform()} ${release()}`,
  };
}

import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_JWT_SECRET, loadEnv, loadSigningSecret } from '../src/env.js';

describe('gateway environment', () => {
  it('listens on loopback unless told otherwise', () => {
    expect(loadEnv({}).host).toBe('127.0.0.1');
    expect(loadEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('refuses an empty HOST with a message that says what to set', () => {
    expect(() => loadEnv({ HOST: '' })).toThrow(/HOST must name an address/);
  });

  it('refuses production without its own secrets, naming each one', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(
      /WIJKNET_JWT_SECRET is required[\s\S]*WIJKNET_PSEUDONYM_KEY is required/,
    );
  });

  it('signs tokens in production with the JWT secret alone, not the pseudonym key', () => {
    const secret = 'a-production-secret-of-at-least-32-characters';
    expect(loadSigningSecret({ NODE_ENV: 'production', WIJKNET_JWT_SECRET: secret })).toBe(secret);
    expect(() => loadSigningSecret({ NODE_ENV: 'production' })).toThrow(
      /WIJKNET_JWT_SECRET is required/,
    );
    expect(loadSigningSecret({})).toBe(DEVELOPMENT_JWT_SECRET);
  });

  it('sizes the kept public answers in megabytes, 64 unless told, and refuses a size that is none', () => {
    expect(loadEnv({}).answerCacheMb).toBe(64);
    expect(loadEnv({ WIJKNET_ANSWER_CACHE_MB: '256' }).answerCacheMb).toBe(256);
    expect(() => loadEnv({ WIJKNET_ANSWER_CACHE_MB: 'lots' })).toThrow(
      /WIJKNET_ANSWER_CACHE_MB must be a number of megabytes/,
    );
    expect(() => loadEnv({ WIJKNET_ANSWER_CACHE_MB: '0' })).toThrow(/between 1 and 4096/);
  });

  it('reads the replicas as a list of Postgres URLs that follow DATABASE_URL, and says what is wrong', () => {
    const primary = 'postgres://wijknet@db-primary:5432/wijknet';
    expect(loadEnv({}).replicaUrls).toEqual([]);
    expect(
      loadEnv({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS: 'postgres://r1:5432/wijknet, postgresql://r2:5432/wijknet',
      }).replicaUrls,
    ).toEqual(['postgres://r1:5432/wijknet', 'postgresql://r2:5432/wijknet']);
    expect(() =>
      loadEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'mysql://user:secret@r1/wijknet' }),
    ).toThrow(/"mysql:\/\/…@r1\/wijknet", which does not start with postgres:\/\//);
    expect(() => loadEnv({ DATABASE_REPLICA_URLS: 'postgres://r1:5432/wijknet' })).toThrow(
      /DATABASE_REPLICA_URLS needs DATABASE_URL/,
    );
  });
});

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

  it('reads each identity provider from its own variables and names every one that is missing', () => {
    const providers = loadEnv({
      WIJKNET_OIDC_PROVIDERS: 'leeuwarden, kennisinstituut',
      WIJKNET_OIDC_LEEUWARDEN_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
      WIJKNET_OIDC_LEEUWARDEN_CLIENT_ID: 'client',
      WIJKNET_OIDC_LEEUWARDEN_CLIENT_SECRET: 'secret',
      WIJKNET_OIDC_LEEUWARDEN_LABEL: 'Gemeente Leeuwarden',
      WIJKNET_OIDC_KENNISINSTITUUT_ISSUER: 'https://keycloak.example/realms/ki',
      WIJKNET_OIDC_KENNISINSTITUUT_CLIENT_ID: 'wijknet',
      WIJKNET_OIDC_KENNISINSTITUUT_CLIENT_SECRET: 'secret',
      WIJKNET_OIDC_KENNISINSTITUUT_GROUPS_CLAIM: 'roles',
    }).signIn.providers;
    expect(providers.map(({ name, label, groupsClaim }) => ({ name, label, groupsClaim }))).toEqual(
      [
        { name: 'leeuwarden', label: 'Gemeente Leeuwarden', groupsClaim: 'groups' },
        { name: 'kennisinstituut', label: 'kennisinstituut', groupsClaim: 'roles' },
      ],
    );
    expect(() =>
      loadEnv({
        WIJKNET_OIDC_PROVIDERS: 'leeuwarden',
        WIJKNET_OIDC_LEEUWARDEN_ISSUER: 'http://idp.example.nl',
      }),
    ).toThrow(
      /WIJKNET_OIDC_LEEUWARDEN_ISSUER must be an https URL[\s\S]*WIJKNET_OIDC_LEEUWARDEN_CLIENT_ID is required[\s\S]*WIJKNET_OIDC_LEEUWARDEN_CLIENT_SECRET is required/,
    );
  });

  it('runs the demo identity provider in development only, never in production', () => {
    expect(loadEnv({}).signIn.isDemoIdentityProvider).toBe(true);
    expect(loadEnv({ NODE_ENV: 'test' }).signIn.isDemoIdentityProvider).toBe(false);
    const production = {
      NODE_ENV: 'production',
      WIJKNET_JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      WIJKNET_PSEUDONYM_KEY: 'a-production-pseudonym-key',
    };
    expect(loadEnv(production).signIn.isDemoIdentityProvider).toBe(false);
    expect(() => loadEnv({ ...production, WIJKNET_DEMO_IDP: 'on' })).toThrow(
      /WIJKNET_DEMO_IDP cannot be on when NODE_ENV is production/,
    );
  });

  it('makes session cookies Secure over https, and refuses plain http in production', () => {
    expect(loadEnv({ PORT: '4106' }).signIn).toMatchObject({
      publicUrl: 'http://localhost:4106',
      isSecure: false,
    });
    expect(loadEnv({ WIJKNET_PUBLIC_URL: 'https://wijknet.example.nl/' }).signIn).toMatchObject({
      publicUrl: 'https://wijknet.example.nl',
      isSecure: true,
    });
    expect(() =>
      loadEnv({
        NODE_ENV: 'production',
        WIJKNET_JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
        WIJKNET_PSEUDONYM_KEY: 'a-production-pseudonym-key',
        WIJKNET_PUBLIC_URL: 'http://wijknet.example.nl',
      }),
    ).toThrow(/WIJKNET_PUBLIC_URL must be an https URL in production/);
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** An account the server runs under: PostgreSQL refuses to run as root. */
export interface ClusterAccount {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/** The account a cluster runs as: ourselves, or the given system user when we are root. */
export async function clusterAccount(systemUser: string): Promise<ClusterAccount | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) =>
    Number((await execFileAsync('id', [flag, systemUser])).stdout.trim());
  try {
    return { name: systemUser, uid: await id('-u'), gid: await id('-g') };
  } catch {
    throw new Error(
      `We run as root and PostgreSQL will not; create the system user "${systemUser}" (adduser --system ${systemUser}) or run the tests as another user.`,
    );
  }
}

/** Runs a program, as `account` through runuser when one is given; rejects with its output. */
export async function runAs(
  account: ClusterAccount | undefined,
  program: string,
  args: readonly string[],
  timeoutMs = 60_000,
): Promise<string> {
  const [file, argv] = account
    ? ['runuser', ['-u', account.name, '--', program, ...args]]
    : [program, [...args]];
  try {
    const { stdout } = await execFileAsync(file, argv, { timeout: timeoutMs });
    return stdout;
  } catch (error) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(
      `${program} ${args.join(' ')} failed: ${failure.stderr || failure.stdout || failure.message}`,
      { cause: error },
    );
  }
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EnvironmentError, parseDeploymentEnv, parseEnvText } from '../../auth/auth-config-env';
import type { DeploymentEnvironment } from '../../auth/auth-config-env';
import type { ParsedArgs } from '../args';
import { CliError } from '../io';

// Where `package` and `validate` find a deployment environment, the icons the pages serve, and the build output.

export const ENV_DIR = 'env';
export const ICON_DIR = path.join('manifest', 'icons');
export const BUILD_DIR = path.join('appPackage', 'build');

const ENV_NAME = /^[a-z0-9][a-z0-9-]*$/;

export const packageFile = (name: string) => `referral-card-${name}.zip`;
export const xmlFile = (name: string) => `referral-card-${name}-outlook.xml`;

/** The environments named with --env, or every env/.env.<name> there is. */
export async function environmentNames(cwd: string, args: ParsedArgs): Promise<string[]> {
  const named = args.options.get('env') ?? [];
  for (const name of named)
    if (!ENV_NAME.test(name))
      throw new CliError(`--env ${name}: expected a name such as "example" (env/.env.example).`);
  if (named.length > 0) return [...new Set(named)];
  const files = await readdir(path.join(cwd, ENV_DIR)).catch(() => [] as string[]);
  const names = files.map((f) => /^\.env\.(.+)$/.exec(f)?.[1]).filter((n): n is string => !!n && ENV_NAME.test(n));
  if (names.length === 0) throw new CliError(`There is no environment in ${ENV_DIR}/: add ${ENV_DIR}/.env.<name>.`);
  return names.sort();
}

/** env/.env.<name>, checked against the deployment schema; every value at fault is named. */
export async function loadEnvironment(cwd: string, name: string): Promise<DeploymentEnvironment> {
  const file = `${ENV_DIR}/.env.${name}`;
  let text: string;
  try {
    text = await readFile(path.join(cwd, file), 'utf8');
  } catch {
    throw new CliError(`Cannot read ${file}: is "${name}" the right environment?`);
  }
  try {
    return parseDeploymentEnv(parseEnvText(text, file), file);
  } catch (e) {
    if (e instanceof EnvironmentError) throw new CliError(e.message);
    throw e;
  }
}

/** The PNG icons the web build serves under /assets/, by file name. */
export async function readIcons(cwd: string): Promise<Map<string, Buffer>> {
  const dir = path.join(cwd, ICON_DIR);
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.png'));
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f))] as const)));
}

/** Problems as one message: a heading per file, a line per problem. */
export function problemReport(sections: readonly { title: string; problems: readonly string[] }[]): string | undefined {
  const failing = sections.filter((s) => s.problems.length > 0);
  if (failing.length === 0) return undefined;
  return failing.map((s) => `${s.title}:\n${s.problems.map((p) => `  ${p}`).join('\n')}`).join('\n');
}

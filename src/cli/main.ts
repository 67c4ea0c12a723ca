import { catalogue } from '../catalogues';
import { catalogueCommand, CATALOGUE_USAGE } from './commands/catalogue';
import { eligibilityCommand, ELIGIBILITY_USAGE } from './commands/eligibility';
import { packageCommand, PACKAGE_USAGE } from './commands/package';
import { schemaCommand, SCHEMA_USAGE } from './commands/schema';
import { validateCommand, VALIDATE_USAGE } from './commands/validate';
import { CliError } from './io';
import type { Io } from './io';

const USAGE = `Referral Card command line

Usage: ${ELIGIBILITY_USAGE}
       ${CATALOGUE_USAGE}
       ${SCHEMA_USAGE}
       ${PACKAGE_USAGE}
       ${VALIDATE_USAGE}
`;

/** Runs one command; returns the exit code. Never throws: failures are told in words on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'eligibility':
        return await eligibilityCommand(rest, io, catalogue);
      case 'catalogue':
        return await catalogueCommand(rest, io, catalogue);
      case 'schema':
        return await schemaCommand(rest, io);
      case 'package':
        return await packageCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`${e.message}\n`);
      return e.exitCode;
    }
    // Not expected: say so plainly, without a stack trace or the input's contents.
    io.stderr(
      `referral-card failed unexpectedly (${e instanceof Error ? e.name : 'error'}). Please report this with the command you ran.\n`,
    );
    return 1;
  }
}

export function main(argv: readonly string[]): Promise<number> {
  return run(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    now: () => new Date(),
    cwd: process.cwd(),
  });
}

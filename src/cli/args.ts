import { CliError } from './io';

export type ParsedArgs = {
  readonly positional: string[];
  readonly options: Map<string, string[]>;
  readonly flags: Set<string>;
};

/** Splits `a b --opt v --flag` given which options take a value; unknown options are an error, not ignored. */
export function parseArgs(
  argv: readonly string[],
  spec: { options?: readonly string[]; flags?: readonly string[] },
): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.flags?.includes(name)) {
      flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value.`);
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      throw new CliError(`Unknown option --${name}.`);
    }
  }
  return { positional, options, flags };
}

import { run } from '../../../src/cli/main';

/** Runs the command line in-process from a folder, capturing what it prints and its exit code. */
export function cliIn(cwd: string) {
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      now: () => new Date('2026-11-23T10:00:00Z'),
      cwd,
    });
    return { code, stdout, stderr };
  };
}

/**
 * Files handed to Loopscope from outside: `loopscope file.js` on the command line, a second
 * launch (which the first instance receives), and macOS's open-file event.
 */
import path from 'node:path';

/**
 * The file arguments of an Electron command line. `argv[0]` is the executable; in development
 * (`electron . file.js`, `process.defaultApp`) `argv[1]` is the app folder. Switches (Chromium
 * adds its own to a second instance's argv) are skipped; everything after `--` is a file.
 */
export function filesFromArgv(
  argv: readonly string[],
  options: { cwd: string; defaultApp: boolean },
): string[] {
  const files: string[] = [];
  let afterSeparator = false;
  for (const arg of argv.slice(options.defaultApp ? 2 : 1)) {
    if (!afterSeparator && arg === '--') {
      afterSeparator = true;
      continue;
    }
    if (!afterSeparator && arg.startsWith('-')) continue;
    if (arg === '' || arg.includes('\0')) continue;
    files.push(path.resolve(options.cwd, arg));
  }
  return files;
}

/** What a second launch passes to the first through requestSingleInstanceLock. */
export interface SecondInstanceData {
  files: string[];
}

/** The files a second instance sent, trusting its additionalData only when it is well formed. */
export function filesFromSecondInstance(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
  defaultApp: boolean,
): string[] {
  const files = (additionalData as Partial<SecondInstanceData> | null)?.files;
  if (Array.isArray(files) && files.every((f) => typeof f === 'string' && path.isAbsolute(f))) {
    return files;
  }
  return filesFromArgv(argv, { cwd: workingDirectory, defaultApp });
}

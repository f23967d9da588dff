export type ElectronBinary =
  { ok: true; path: string; version: string } | { ok: false; reason: string };

export interface FindElectronBinaryOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  probe?: (file: string) => { status: number | null; stdout: string; error?: Error };
}

/** A runnable Electron binary already on disk (never downloads one), or why there is none. */
export function findElectronBinary(options?: FindElectronBinaryOptions): ElectronBinary;

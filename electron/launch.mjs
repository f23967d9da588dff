// `npm start`: the desktop app where Electron can run; otherwise the same UI as a web app.
//
//   npm start                  build (electron-vite) and open the Loopscope window
//   npm start -- file.js       ...with file.js open in it
//
// Where no Electron binary can run (it was never downloaded, as on machines without internet,
// or there is no display), this says so in one sentence and serves the web build instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts in the package folder; file arguments are relative to where `npm start` ran.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const files = process.argv
  .slice(2)
  .map((arg) => (arg.startsWith('-') ? arg : path.resolve(callerDir, arg)));

const electron = findElectronBinary();
try {
  if (electron.ok) await startDesktopApp(electron.path);
  else await serveWebApp(electron.reason);
} catch (error) {
  console.error(`Loopscope could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

async function startDesktopApp(binary) {
  const { build } = await import('electron-vite');
  await build({ root, configFile: path.join(root, 'electron.vite.config.ts'), logLevel: 'warn' });
  const child = spawn(binary, [root, ...files], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveWebApp(reason) {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: path.join(root, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
  console.log(
    `Loopscope cannot open its desktop window because ${reason}, so it is serving the same UI as a web app at ${url} instead.`,
  );
  if (files.length > 0) console.log(`Open ${files.join(', ')} from the page (File > Open).`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

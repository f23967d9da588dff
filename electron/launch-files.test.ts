import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, filesFromSecondInstance } from './launch-files';

const cwd = path.resolve('/home/ada/talks');

describe('files from the command line', () => {
  it('takes file arguments of the packaged app, resolved against the working folder', () => {
    expect(
      filesFromArgv(['/opt/Loopscope/loopscope', 'loop.js', '../x.loopscope'], {
        cwd,
        defaultApp: false,
      }),
    ).toEqual([path.resolve(cwd, 'loop.js'), path.resolve('/home/ada/x.loopscope')]);
  });

  it('skips the app folder in development (electron . file.js)', () => {
    expect(filesFromArgv(['/x/electron', '.', 'loop.js'], { cwd, defaultApp: true })).toEqual([
      path.resolve(cwd, 'loop.js'),
    ]);
  });

  it('skips switches, Chromium’s included, but not files after --', () => {
    const argv = [
      '/opt/Loopscope/loopscope',
      '--no-sandbox',
      '--original-process-start-time=1',
      'a.js',
      '--',
      '-odd.js',
    ];
    expect(filesFromArgv(argv, { cwd, defaultApp: false })).toEqual([
      path.resolve(cwd, 'a.js'),
      path.resolve(cwd, '-odd.js'),
    ]);
  });

  it('has no files when none were given', () => {
    expect(filesFromArgv(['/opt/Loopscope/loopscope'], { cwd, defaultApp: false })).toEqual([]);
  });
});

describe('files from a second launch', () => {
  it('uses the files the second instance sent', () => {
    expect(
      filesFromSecondInstance(['/opt/loopscope', '--flag'], cwd, { files: ['/w/a.js'] }, false),
    ).toEqual(['/w/a.js']);
  });

  it('falls back to its command line when what it sent is malformed', () => {
    for (const data of [null, {}, { files: 'a.js' }, { files: ['relative.js'] }]) {
      expect(filesFromSecondInstance(['/opt/loopscope', 'b.js'], cwd, data, false)).toEqual([
        path.resolve(cwd, 'b.js'),
      ]);
    }
  });
});

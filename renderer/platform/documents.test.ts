import { describe, expect, it } from 'vitest';
import { documentKindOf, MAX_DOCUMENT_BYTES, readFileObject, withExtension } from './documents';

describe('files read in the page', () => {
  it('open programs and sessions', async () => {
    expect(await readFileObject(new File(['let a = 1;'], 'a.js'))).toEqual({
      status: 'opened',
      file: { name: 'a.js', kind: 'script', text: 'let a = 1;', handle: null },
    });
    const opened = await readFileObject(new File(['{}'], 'talk.loopscope'));
    expect(opened).toMatchObject({ status: 'opened', file: { kind: 'session' } });
  });

  it('refuse other types, binary files and files too large', async () => {
    expect(await readFileObject(new File(['x'], 'notes.txt'))).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/not a JavaScript file/),
    });
    expect(
      await readFileObject(new File([new Uint8Array([0xff, 0xfe, 0x00])], 'a.js')),
    ).toMatchObject({
      status: 'refused',
      reason: 'a.js is not a text file (it is not valid UTF-8)',
    });
    expect(await readFileObject(new File(['a\0b'], 'a.js'))).toMatchObject({ status: 'refused' });
    const big = new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], 'big.js');
    expect(await readFileObject(big)).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/up to 4.0 MB/),
    });
  });

  it('name files by kind', () => {
    expect(documentKindOf('A.MJS')).toBe('script');
    expect(documentKindOf('a.loopscope')).toBe('session');
    expect(documentKindOf('loopscope')).toBeNull();
    expect(withExtension('loop.js', 'session')).toBe('loop.loopscope');
    expect(withExtension('talk.loopscope', 'script')).toBe('talk.js');
    expect(withExtension('untitled', 'script')).toBe('untitled.js');
    expect(withExtension('a.cjs', 'script')).toBe('a.cjs');
  });
});

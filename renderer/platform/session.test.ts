import { describe, expect, it } from 'vitest';
import { documentContents, parseSession, type Session, serializeSession } from './session';

const session: Session = {
  code: 'setTimeout(() => console.log("timeout"), 0);\nPromise.resolve().then(() => console.log("micro"));\n',
  model: 'node',
  options: { stepLimit: 50_000, granularity: 'fine' },
  step: 17,
};

describe('session files', () => {
  it('read back what was written', () => {
    expect(parseSession(serializeSession(session))).toEqual({ ok: true, session });
  });

  it('are versioned JSON a person can read', () => {
    const file = JSON.parse(serializeSession(session));
    expect(file).toMatchObject({
      format: 'loopscope-session',
      version: 1,
      model: 'node',
      step: 17,
    });
    expect(serializeSession(session)).toContain('\n  "code": ');
  });

  it('default missing options to none', () => {
    const text = JSON.stringify({
      format: 'loopscope-session',
      version: 1,
      code: '',
      model: 'browser',
      step: 0,
    });
    expect(parseSession(text)).toEqual({
      ok: true,
      session: { code: '', model: 'browser', options: {}, step: 0 },
    });
  });

  const valid = JSON.parse(serializeSession(session)) as Record<string, unknown>;
  const edit = (changes: Record<string, unknown>) => JSON.stringify({ ...valid, ...changes });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a cut-off file', serializeSession(session).slice(0, 60), /not valid JSON/],
    ['a program', 'console.log("hi")', /not valid JSON/],
    ['a JSON array', '[1,2,3]', /holds no JSON object/],
    [
      'some other JSON (package.json)',
      '{"name":"x","version":"1.0.0"}',
      /no "format": "loopscope-session"/,
    ],
    [
      'a Loopscope trace',
      '{"version":1,"model":"node","steps":[]}',
      /no "format": "loopscope-session"/,
    ],
    [
      'a newer version',
      edit({ version: 2 }),
      /saved by a newer Loopscope \(session version 2; this one reads version 1\)/,
    ],
    ['a broken version', edit({ version: '1' }), /no valid "version"/],
    ['missing code', edit({ code: undefined }), /no "code" text/],
    ['code that is not text', edit({ code: 42 }), /no "code" text/],
    [
      'an unknown model',
      edit({ model: 'deno' }),
      /"model" must be "browser" or "node", not "deno"/,
    ],
    ['a negative step', edit({ step: -1 }), /"step" must be a whole number/],
    ['a fractional step', edit({ step: 1.5 }), /"step" must be a whole number/],
    ['options that are not an object', edit({ options: 'fast' }), /"options" must be an object/],
    ['a zero step limit', edit({ options: { stepLimit: 0 } }), /options.stepLimit/],
    ['an unknown granularity', edit({ options: { granularity: 'coarse' } }), /options.granularity/],
  ])('refuse %s, saying why', (_what, text, reason) => {
    const read = parseSession(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(reason);
  });

  it('give an editor its code: a program as it is, a session unpacked', () => {
    expect(documentContents('script', 'let a;')).toEqual({
      ok: true,
      code: 'let a;',
      session: null,
    });
    expect(documentContents('session', serializeSession(session))).toEqual({
      ok: true,
      code: session.code,
      session,
    });
    expect(documentContents('session', 'let a;')).toMatchObject({ ok: false });
  });
});

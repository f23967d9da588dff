import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  type GuardedContents,
  type GuardedSession,
  hardenSession,
  hardenWebContents,
  isSafeExternalUrl,
  secureWebPreferences,
} from './security';

const isAppUrl = (url: string) => url.startsWith('app://loopscope/') || url === 'app://loopscope';

describe('webPreferences', () => {
  it('isolate and sandbox the window, with no Node, no webviews and web security on', () => {
    expect(secureWebPreferences('/app/out/preload/preload.cjs')).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('Content-Security-Policy', () => {
  it('is the policy renderer/index.html declares', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows scripts from the app only: no inline script, no eval, no remote code', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'none'"])
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

type Listener = (event: { preventDefault(): void; url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  } as GuardedContents;
  const emit = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, emit, open: (url: string) => openHandler!({ url }) };
}

describe('web contents guards', () => {
  function setUp() {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(fake.contents, { isAppUrl, openExternal });
    return { ...fake, openExternal };
  }

  it('let the app reload itself', () => {
    const { emit, openExternal } = setUp();
    expect(emit('will-navigate', 'app://loopscope/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('deny navigation away; an https: link opens in the system browser instead', () => {
    const { emit, openExternal } = setUp();
    expect(emit('will-navigate', 'https://developer.mozilla.org/docs/Web/API')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://developer.mozilla.org/docs/Web/API');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'https://user:pw@example.com/',
  ])('deny %s and do not open it anywhere', (url) => {
    const { emit, open, openExternal } = setUp();
    expect(emit('will-navigate', url)).toBe(true);
    expect(emit('will-redirect', url)).toBe(true);
    expect(open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('deny every new window; https: ones go to the system browser', () => {
    const { open, openExternal } = setUp();
    expect(open('https://tc39.es/ecma262/')).toEqual({ action: 'deny' });
    expect(open('app://loopscope/index.html')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('never attach a webview', () => {
    const { emit } = setUp();
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('accept only https: URLs without credentials as external links', () => {
    expect(isSafeExternalUrl('https://nodejs.org/')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://nodejs.org/')).toBe(true);
    expect(isSafeExternalUrl('http://nodejs.org/')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
  });
});

describe('session guards', () => {
  function setUp() {
    let request: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<GuardedSession['setPermissionCheckHandler']>[0] | undefined;
    let headers: Parameters<GuardedSession['webRequest']['onHeadersReceived']>[0] | undefined;
    const session: GuardedSession = {
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      webRequest: { onHeadersReceived: (h) => (headers = h) },
    };
    hardenSession(session, isAppUrl);
    const ask = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      request!({}, permission, callback, { requestingUrl });
      return callback.mock.calls[0]![0] as boolean;
    };
    return { ask, check: check!, headers: headers! };
  }

  it('deny permission requests: camera, microphone, geolocation, notifications…', () => {
    const { ask, check } = setUp();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'openExternal',
      'fullscreen',
    ]) {
      expect(ask(permission, 'app://loopscope/index.html')).toBe(false);
      expect(check({}, permission, 'app://loopscope')).toBe(false);
    }
  });

  it('allow the app page alone to write to the clipboard', () => {
    const { ask } = setUp();
    expect(ask('clipboard-sanitized-write', 'app://loopscope/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
  });

  it('add the policy header to the app responses', () => {
    const { headers } = setUp();
    const callback = vi.fn();
    headers({ url: 'app://loopscope/index.html', responseHeaders: { 'X-A': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

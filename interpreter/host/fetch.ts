/**
 * The browser model's simulated fetch. Nothing leaves the interpreter: each URL answers from a
 * table, after a latency in virtual milliseconds. The table comes from comment pragmas in the
 * program and from RunOptions.fetch (the UI), the latter winning:
 *
 *   // @fetch URL [LATENCYms] [STATUS] [error] [BODY…]
 *
 *   // @fetch /api/user 300ms {"name":"Ada"}      200 after 300 ms, JSON body
 *   // @fetch /api/missing 50ms 404 not here      404 after 50 ms, text body "not here"
 *   // @fetch /api/down 20ms error                the request fails: TypeError: Failed to fetch
 *
 * LATENCY defaults to 100 ms, STATUS to 200, BODY to empty. A URL without an entry answers
 * 404 Not Found after the default latency. A URL matches its entry exactly, or by its path when
 * the program writes it absolute (http://host/api/user matches /api/user).
 *
 * In real Chromium, reading a body (text(), json()) takes a few tasks whose order against other
 * tasks is not fixed; the model reads it in one networking task queued when text()/json() is
 * called, and the trace says the fetch is simulated.
 */
import { createPromise, rejectPromise, resolvePromise, type PromiseObject } from '../realm/promise';
import { defineGetter, defineMethod } from '../realm/builtins/define';
import { get, toString } from '../realm/operations';
import { JSObject, ThrowSignal, type Value } from '../realm/values';
import type { HostWorkView } from '../trace/types';
import type { WebHost } from './messaging';

export const DEFAULT_FETCH_LATENCY = 100;

/** What one URL answers. */
export interface SimulatedResponse {
  /** Virtual milliseconds between the request and its response. */
  latency?: number;
  status?: number;
  body?: string;
  /** The request fails as a network error does (fetch rejects with TypeError: Failed to fetch). */
  error?: boolean;
}

export type FetchTable = Record<string, SimulatedResponse>;

const PRAGMA = /^\s*\/\/\s*@fetch\s+(\S+)(.*)$/;

/** The `// @fetch` lines of a program. */
export function parseFetchPragmas(source: string): FetchTable {
  const table: FetchTable = {};
  for (const line of source.split('\n')) {
    const m = PRAGMA.exec(line);
    if (!m) continue;
    const response: SimulatedResponse = {};
    let rest = m[2].trim();
    const latency = /^(\d+(?:\.\d+)?)ms\b\s*/.exec(rest);
    if (latency) {
      response.latency = Number(latency[1]);
      rest = rest.slice(latency[0].length);
    }
    const status = /^([1-5]\d\d)\b\s*/.exec(rest);
    if (status) {
      response.status = Number(status[1]);
      rest = rest.slice(status[0].length);
    }
    if (/^error\s*$/.test(rest)) {
      response.error = true;
      rest = '';
    }
    response.body = rest;
    table[m[1]] = response;
  }
  return table;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  418: "I'm a Teapot",
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? '';
}

/** The entry for a URL: exact, or by path when the URL is absolute. */
export function lookupResponse(table: FetchTable, url: string): SimulatedResponse | null {
  if (table[url]) return table[url];
  const m = /^[a-z]+:\/\/[^/]*(\/[^#]*)?/i.exec(url);
  if (m) return table[m[1] ?? '/'] ?? null;
  return null;
}

/** What the browser loop lends to fetch: host work that becomes a task when it is due. */
export interface FetchHost extends WebHost {
  addHostWork(
    view: Omit<HostWorkView, 'id' | 'dueAt'>,
    id: number,
    delay: number,
    ripen: () => void,
  ): void;
  /** Says once, with the trace, a true but surprising fact about the run. */
  notice(text: string): void;
}

export function installFetch(host: FetchHost, table: FetchTable): void {
  const a = host.agent;
  const responsePrototype = new JSObject(a.intrinsics.ObjectPrototype);
  responsePrototype.defineOwnProperty(Symbol.toStringTag, {
    value: 'Response',
    writable: false,
    enumerable: false,
    configurable: true,
  });
  const headersPrototype = new JSObject(a.intrinsics.ObjectPrototype);
  const bodies = new WeakMap<
    JSObject,
    { body: string; used: boolean; url: string; contentType: string }
  >();

  const thisResponse = (t: Value) => {
    const state = t instanceof JSObject ? bodies.get(t) : undefined;
    if (!state) throw a.typeError('Illegal invocation');
    return state;
  };
  /** text() and json(): the body is read in a networking task of its own. */
  const readBody = (method: 'text' | 'json') =>
    defineMethod(a, responsePrototype, method, 0, (t) => {
      const state = thisResponse(t);
      const promise = createPromise(a, `response.${method}()`);
      if (state.used) {
        rejectPromise(
          a,
          promise,
          a.makeError(
            'TypeError',
            `Failed to execute '${method}' on 'Response': body stream already read`,
          ),
        );
        return promise;
      }
      state.used = true;
      host.queueTask(
        'networking',
        `body of ${state.url}`,
        `the body of ${state.url} has been read: response.${method}() settles`,
        () => {
          if (method === 'text') return resolvePromise(a, promise, state.body);
          try {
            const JSONObject = get(a, a.globalObject, 'JSON');
            resolvePromise(
              a,
              promise,
              a.call(get(a, JSONObject as JSObject, 'parse'), JSONObject, [state.body]),
            );
          } catch (e) {
            if (!(e instanceof ThrowSignal)) throw e;
            rejectPromise(a, promise, e.value);
          }
        },
      );
      a.recorder.step(
        a.currentRange,
        `response.${method}() starts reading the body of ${state.url}`,
      );
      return promise;
    });
  readBody('text');
  readBody('json');
  defineGetter(a, responsePrototype, 'bodyUsed', (t) => thisResponse(t).used);
  defineMethod(a, headersPrototype, 'get', 1, (t, args) => {
    const owner = t instanceof JSObject ? headerOwners.get(t) : undefined;
    if (!owner) return null;
    return toString(a, args[0]).toLowerCase() === 'content-type' ? owner.contentType : null;
  });
  const headerOwners = new WeakMap<JSObject, { contentType: string }>();

  const makeResponse = (url: string, status: number, body: string): JSObject => {
    const r = new JSObject(responsePrototype);
    r.className = 'Response';
    const contentType = isJSON(body) ? 'application/json' : 'text/plain;charset=UTF-8';
    const state = { body, used: false, url, contentType };
    bodies.set(r, state);
    const headers = new JSObject(headersPrototype);
    headers.className = 'Headers';
    headerOwners.set(headers, state);
    r.setOwn('status', status);
    r.setOwn('ok', status >= 200 && status < 300);
    r.setOwn('statusText', statusText(status));
    r.setOwn('url', url);
    r.setOwn('redirected', false);
    r.setOwn('type', 'basic');
    r.setOwn('headers', headers);
    return r;
  };

  defineMethod(a, a.globalObject, 'fetch', 1, (_t, args) => {
    const url = toString(a, args[0]);
    const entry = lookupResponse(table, url);
    const latency = entry?.latency ?? DEFAULT_FETCH_LATENCY;
    const status = entry?.status ?? (entry ? 200 : 404);
    const promise: PromiseObject = createPromise(a, `fetch(${url})`);
    const id = a.newId();
    host.notice(
      entry
        ? `fetch is simulated: ${url} ${entry.error ? 'fails (network error)' : `answers ${status} ${statusText(status)}`} after ${latency} ms of virtual time.`
        : `fetch is simulated: ${url} has no @fetch entry, so it answers 404 Not Found after ${latency} ms of virtual time.`,
    );
    host.addHostWork({ kind: 'fetch', label: url, delay: latency }, id, latency, () =>
      host.queueTask(
        'networking',
        `response for ${url}`,
        `the response for ${url} arrives: fetch's promise #${promise.id} settles`,
        () => {
          if (entry?.error) rejectPromise(a, promise, a.makeError('TypeError', 'Failed to fetch'));
          else resolvePromise(a, promise, makeResponse(url, status, entry?.body ?? ''));
        },
      ),
    );
    a.recorder.step(
      a.currentRange,
      `fetch(${url}) sends a request; the response comes in ${latency} ms (simulated)`,
    );
    return promise;
  });
}

function isJSON(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

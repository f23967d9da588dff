/**
 * The browser model's messaging: a small EventTarget (for `message` events), MessageChannel and
 * MessagePort (https://html.spec.whatwg.org/multipage/web-messaging.html#message-channels), and
 * window.postMessage (https://html.spec.whatwg.org/multipage/web-messaging.html#posting-messages).
 *
 * How Chromium delivers port messages, measured (interpreter/conformance/programs/ordering/
 * browser-message-*.js prove it against Chromium at test time): a port has at most one dispatch
 * task queued. The first message after a quiet spell gets a task of its own; a dispatch task that
 * ends with messages waiting queues one task for exactly those, at the back of the queue. So
 * tasks queued meanwhile run between the first message and the rest. window.postMessage queues
 * one task per message.
 */
import type { Agent } from '../agent';
import { MapObject, SetObject } from '../realm/builtins/collections';
import { defineMethod, defineValue, makeBuiltin } from '../realm/builtins/define';
import { ErrorObject } from '../realm/builtins/error';
import { get, toString } from '../realm/operations';
import {
  isObject,
  JSArray,
  JSFunction,
  JSObject,
  ThrowSignal,
  type Value,
  HOLE,
} from '../realm/values';
import type { TaskSource } from '../trace/types';

/** What the browser loop lends to the objects here. */
export interface WebHost {
  readonly agent: Agent;
  queueTask(source: TaskSource, label: string, caption: string, run: () => void): void;
  /** Invokes an event listener as the UA does: on an empty stack, a microtask checkpoint after. */
  invokeListener(f: JSFunction, thisArg: Value, args: Value[]): void;
  /** Says once, with the trace, a true but surprising fact about the run. */
  notice(text: string): void;
}

/** Listeners of one EventTarget; an `on<type>` handler holds the place of its first assignment. */
export class EventListeners {
  private readonly entries: { type: string; callback: JSFunction; handler: boolean }[] = [];

  add(type: string, callback: JSFunction): void {
    if (this.entries.some((e) => e.type === type && e.callback === callback && !e.handler)) return;
    this.entries.push({ type, callback, handler: false });
  }

  remove(type: string, callback: Value): void {
    const i = this.entries.findIndex(
      (e) => e.type === type && e.callback === callback && !e.handler,
    );
    if (i >= 0) this.entries.splice(i, 1);
  }

  setHandler(type: string, callback: Value): void {
    const i = this.entries.findIndex((e) => e.type === type && e.handler);
    if (!(callback instanceof JSFunction)) {
      if (i >= 0) this.entries.splice(i, 1);
      return;
    }
    if (i >= 0) this.entries[i] = { type, callback, handler: true };
    else this.entries.push({ type, callback, handler: true });
  }

  handler(type: string): Value {
    return this.entries.find((e) => e.type === type && e.handler)?.callback ?? null;
  }

  listenersFor(type: string): JSFunction[] {
    return this.entries.filter((e) => e.type === type).map((e) => e.callback);
  }
}

export function installEventTarget(
  a: Agent,
  target: JSObject,
  listeners: EventListeners,
  onAdd?: (type: string) => void,
): void {
  defineMethod(a, target, 'addEventListener', 2, (_t, args) => {
    if (args[1] instanceof JSFunction) {
      const type = toString(a, args[0]);
      listeners.add(type, args[1]);
      onAdd?.(type);
    }
    return undefined;
  });
  defineMethod(a, target, 'removeEventListener', 2, (_t, args) => {
    listeners.remove(toString(a, args[0]), args[1]);
    return undefined;
  });
}

/** An `on<type>` attribute: an accessor whose setter (un)registers the handler. */
export function defineHandlerAttribute(
  a: Agent,
  target: JSObject,
  type: string,
  read: (thisArg: Value) => Value,
  write: (thisArg: Value, handler: Value) => void,
): void {
  const name = `on${type}`;
  const getter = makeBuiltin(a, `get ${name}`, 0, (t) => read(t));
  const setter = makeBuiltin(a, `set ${name}`, 1, (t, args) => {
    write(t, args[0]);
    return undefined;
  });
  target.defineOwnProperty(name, {
    get: getter,
    set: setter,
    enumerable: true,
    configurable: true,
  });
}

/** A MessageEvent with the fields programs read. */
function messageEvent(
  a: Agent,
  data: Value,
  target: JSObject,
  source: Value,
  origin: string,
): JSObject {
  const e = new JSObject(a.intrinsics.ObjectPrototype);
  e.className = 'MessageEvent';
  e.setOwn('type', 'message');
  e.setOwn('data', data);
  e.setOwn('origin', origin);
  e.setOwn('lastEventId', '');
  e.setOwn('source', source);
  e.setOwn('ports', new JSArray(a.intrinsics.ArrayPrototype, []));
  e.setOwn('target', target);
  e.setOwn('currentTarget', target);
  return e;
}

/** Fires `message` at a target: each listener in order, each followed by a microtask checkpoint. */
function fireMessage(
  host: WebHost,
  target: JSObject,
  listeners: EventListeners,
  event: JSObject,
): void {
  for (const listener of listeners.listenersFor('message'))
    host.invokeListener(listener, target, [event]);
}

// ---- structured clone -----------------------------------------------------------------------

/**
 * StructuredSerialize + Deserialize for the values programs post: primitives, arrays, plain
 * objects, Maps, Sets and errors; a function or a symbol cannot be cloned (DataCloneError).
 * https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal
 */
export function structuredClone(
  a: Agent,
  v: Value,
  what: string,
  memory = new Map<JSObject, JSObject>(),
): Value {
  if (typeof v === 'symbol') throw dataCloneError(a, `${v.toString()} could not be cloned.`, what);
  if (!isObject(v)) return v;
  const seen = memory.get(v);
  if (seen) return seen;
  if (v instanceof JSFunction) {
    throw dataCloneError(
      a,
      `${v.debugName() === '(anonymous)' ? '() => {}' : `function ${v.debugName()}`} could not be cloned.`,
      what,
    );
  }
  const I = a.intrinsics;
  if (v instanceof JSArray) {
    const copy = new JSArray(I.ArrayPrototype, []);
    memory.set(v, copy);
    copy.items = v.items.map((x) => (x === HOLE ? HOLE : structuredClone(a, x, what, memory)));
    return copy;
  }
  if (v instanceof MapObject || v instanceof SetObject) {
    const ctor = get(a, a.globalObject, v instanceof MapObject ? 'Map' : 'Set');
    const copy = a.construct(ctor, []);
    memory.set(v, copy);
    const entries = (v as MapObject | SetObject).entries;
    const adder = get(a, copy, v instanceof MapObject ? 'set' : 'add');
    for (const [key, value] of entries instanceof Map
      ? entries
      : [...entries].map((x) => [x, x] as const)) {
      const k = structuredClone(a, key, what, memory);
      a.call(
        adder,
        copy,
        v instanceof MapObject ? [k, structuredClone(a, value, what, memory)] : [k],
      );
    }
    return copy;
  }
  if (v instanceof ErrorObject) {
    const copy = a.makeError('Error', toString(a, get(a, v, 'message')));
    memory.set(v, copy);
    return copy;
  }
  const copy = new JSObject(I.ObjectPrototype);
  memory.set(v, copy);
  for (const key of v.ownKeys()) {
    if (typeof key !== 'string') continue;
    const p = v.getOwnProperty(key);
    if (!p || !p.enumerable) continue;
    copy.setOwn(key, structuredClone(a, get(a, v, key), what, memory));
  }
  return copy;
}

function dataCloneError(a: Agent, message: string, what: string): ThrowSignal {
  const e = a.makeError('Error', `Failed to execute 'postMessage' on '${what}': ${message}`);
  e.defineOwnProperty('name', {
    value: 'DataCloneError',
    writable: true,
    enumerable: false,
    configurable: true,
  });
  return new ThrowSignal(e);
}

// ---- MessageChannel / MessagePort -----------------------------------------------------------

class MessagePortObject extends JSObject {
  override className = 'MessagePort';
  entangled: MessagePortObject | null = null;
  started = false;
  closed = false;
  readonly messages: Value[] = [];
  dispatchQueued = false;
  readonly listeners = new EventListeners();
  constructor(
    proto: JSObject,
    readonly portId: number,
    readonly channelId: number,
  ) {
    super(proto);
  }
}

export function installMessaging(host: WebHost, windowOrigin: string): void {
  const a = host.agent;
  const g = a.globalObject;
  const I = a.intrinsics;

  const portPrototype = new JSObject(I.ObjectPrototype);
  let nextChannel = 1;
  let nextPort = 1;
  const portName = (p: MessagePortObject) => `port${p.portId}`;

  /**
   * Chromium's delivery, as measured: the first message after a quiet spell gets a task of its
   * own; when a dispatch task ends with messages waiting, one task is queued for exactly those
   * (messages arriving after it was queued wait for the next one).
   */
  const queueDispatch = (port: MessagePortObject, batch: number) => {
    port.dispatchQueued = true;
    const what = batch === 1 ? 'a message event fires' : `${batch} message events fire`;
    host.queueTask(
      'messaging',
      `message to ${portName(port)}`,
      `${what} at ${portName(port)} (MessageChannel #${port.channelId})`,
      () => {
        for (let i = 0; i < batch && !port.closed && port.messages.length > 0; i++) {
          const data = port.messages.shift();
          fireMessage(host, port, port.listeners, messageEvent(a, data, port, null, ''));
        }
        // Messages that arrived while this task was queued or running wait for the next one.
        port.dispatchQueued = false;
        if (!port.closed && port.messages.length > 0) queueDispatch(port, port.messages.length);
      },
    );
  };
  const scheduleDispatch = (port: MessagePortObject) => {
    if (!port.started || port.closed || port.dispatchQueued || port.messages.length === 0) return;
    queueDispatch(port, 1);
  };

  const thisPort = (t: Value): MessagePortObject => {
    if (t instanceof MessagePortObject) return t;
    throw a.typeError('Illegal invocation');
  };
  defineMethod(a, portPrototype, 'postMessage', 1, (t, args) => {
    const port = thisPort(t);
    const data = structuredClone(a, args[0], 'MessagePort');
    const target = port.entangled;
    if (!target || port.closed || target.closed) return undefined;
    target.messages.push(data);
    a.recorder.step(a.currentRange, `postMessage sends a message to ${portName(target)}`);
    scheduleDispatch(target);
    return undefined;
  });
  defineMethod(a, portPrototype, 'start', 0, (t) => {
    const port = thisPort(t);
    port.started = true;
    scheduleDispatch(port);
    return undefined;
  });
  defineMethod(a, portPrototype, 'close', 0, (t) => {
    const port = thisPort(t);
    port.closed = true;
    if (port.entangled) port.entangled.entangled = null;
    port.entangled = null;
    return undefined;
  });
  defineMethod(a, portPrototype, 'addEventListener', 2, (t, args) => {
    if (args[1] instanceof JSFunction) thisPort(t).listeners.add(toString(a, args[0]), args[1]);
    return undefined;
  });
  defineMethod(a, portPrototype, 'removeEventListener', 2, (t, args) => {
    thisPort(t).listeners.remove(toString(a, args[0]), args[1]);
    return undefined;
  });
  // Setting onmessage starts the port (HTML: "the first time a MessagePort's onmessage is set").
  defineHandlerAttribute(
    a,
    portPrototype,
    'message',
    (t) => thisPort(t).listeners.handler('message'),
    (t, handler) => {
      const port = thisPort(t);
      port.listeners.setHandler('message', handler);
      port.started = true;
      scheduleDispatch(port);
    },
  );
  portPrototype.defineOwnProperty(Symbol.toStringTag, {
    value: 'MessagePort',
    writable: false,
    enumerable: false,
    configurable: true,
  });

  const channelPrototype = new JSObject(I.ObjectPrototype);
  const MessageChannel = makeBuiltin(
    a,
    'MessageChannel',
    0,
    (_t, _args, newTarget) => {
      if (!newTarget)
        throw a.typeError(
          "Failed to construct 'MessageChannel': Please use the 'new' operator, this DOM object constructor cannot be called as a function.",
        );
      const channelId = nextChannel++;
      const port1 = new MessagePortObject(portPrototype, nextPort++, channelId);
      const port2 = new MessagePortObject(portPrototype, nextPort++, channelId);
      port1.entangled = port2;
      port2.entangled = port1;
      const channel = new JSObject(channelPrototype);
      channel.className = 'MessageChannel';
      channel.defineOwnProperty('port1', {
        value: port1,
        writable: false,
        enumerable: true,
        configurable: true,
      });
      channel.defineOwnProperty('port2', {
        value: port2,
        writable: false,
        enumerable: true,
        configurable: true,
      });
      return channel;
    },
    true,
  );
  defineValue(g, 'MessageChannel', MessageChannel);
  MessageChannel.defineOwnProperty('prototype', {
    value: channelPrototype,
    writable: false,
    enumerable: false,
    configurable: false,
  });
  channelPrototype.defineOwnProperty('constructor', {
    value: MessageChannel,
    writable: true,
    enumerable: false,
    configurable: true,
  });

  // ---- window as an EventTarget, and window.postMessage ----
  const windowListeners = new EventListeners();
  installEventTarget(a, g, windowListeners, (type) => {
    // Only message events exist in the model; say so rather than show a listener that never runs.
    if (type === 'message') return;
    host.notice(
      `The browser model fires no '${type}' events: only 'message' events reach window listeners.`,
    );
  });
  defineHandlerAttribute(
    a,
    g,
    'message',
    () => windowListeners.handler('message'),
    (_t, handler) => windowListeners.setHandler('message', handler),
  );
  defineMethod(a, g, 'postMessage', 1, (_t, args) => {
    const data = structuredClone(a, args[0], 'Window');
    a.recorder.step(a.currentRange, 'window.postMessage queues a message event for the window');
    host.queueTask(
      'messaging',
      'message to window',
      'a message event fires at the window (window.postMessage)',
      () => fireMessage(host, g, windowListeners, messageEvent(a, data, g, g, windowOrigin)),
    );
    return undefined;
  });
}

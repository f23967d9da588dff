/** Scene inputs for tests: a quiet moment and a busy one. */
import type { SceneInput } from './sceneInput';
import { emptySceneInput } from './sceneInput';

export function busyInput(model: 'browser' | 'node' = 'browser'): SceneInput {
  const input = emptySceneInput(model);
  input.phase = 'microtasks';
  input.time = 12;
  input.caption =
    'run microtask: a rather long caption that explains why this step happened in plain words';
  input.stack = Array.from({ length: 9 }, (_, i) => ({
    key: `frame:${i + 1}`,
    name: i === 0 ? '<script>' : `functionNumber${i}`,
    site: i === 0 ? 'main script' : `called at line ${i * 3}`,
    kind: i === 0 ? ('script' as const) : ('call' as const),
  }));
  input.suspended = [
    {
      key: 'suspended:90',
      name: 'async1',
      kind: 'async-function',
      reason: 'await',
      site: 'line 9',
      waitingOn: 205,
      origin: 'frame:5',
    },
    {
      key: 'suspended:91',
      name: 'aGeneratorWithAVeryLongNameIndeed',
      kind: 'generator',
      reason: 'yield',
      site: 'line 120',
      waitingOn: null,
    },
    {
      key: 'suspended:92',
      name: 'fetchEverything',
      kind: 'async-generator',
      reason: 'await',
      site: 'line 31',
      waitingOn: 1234,
    },
  ];
  input.microtasks = Array.from({ length: 14 }, (_, i) => ({
    key: `job:${100 + i}`,
    kind:
      i % 3 === 0
        ? ('await-continuation' as const)
        : i % 3 === 1
          ? ('promise-reaction' as const)
          : ('nextTick' as const),
    label: i % 3 === 0 ? `worker${i} (after await)` : `then onFulfilled${i}`,
    origin: `promise:${200 + i}`,
  }));
  input.tasks = Array.from({ length: 6 }, (_, i) => ({
    key: `task:${-(300 + i)}`,
    source: i % 2 === 0 ? ('timer' as const) : ('immediate' as const),
    label: `callback${i}`,
    origin: `host:${300 + i}`,
  }));
  input.hostWork = Array.from({ length: 7 }, (_, i) => ({
    key: `host:${400 + i}`,
    kind: i % 2 === 0 ? ('timeout' as const) : ('interval' as const),
    label: `timerCallback${i}`,
    delay: 100 * (i + 1),
    remaining: 50 * i,
  }));
  input.promises = Array.from({ length: 24 }, (_, i) => ({
    key: `promise:${200 + i}`,
    id: 200 + i,
    state:
      i % 3 === 0
        ? ('pending' as const)
        : i % 3 === 1
          ? ('fulfilled' as const)
          : ('rejected' as const),
    value: i % 3 === 0 ? null : `{ value: ${i}, extra: 'a long value that does not fit' }`,
    reactions: i % 4,
    origin: i % 2 ? 'then' : 'new Promise',
  }));
  input.console = Array.from({ length: 40 }, (_, i) => ({
    key: `console:${i}`,
    index: i,
    level: i === 39 ? ('error' as const) : ('log' as const),
    text: `line ${i} ${'x'.repeat(i)}`,
    step: i * 10,
    current: i === 39,
  }));
  input.consoleCount = 40;
  input.picked = { key: 'job:99', label: 'async1 (after await)', job: 'await-continuation' };
  return input;
}

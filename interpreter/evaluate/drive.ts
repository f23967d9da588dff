/**
 * Drivers of evaluation generators. An interpreted call made by interpreted code does not recurse
 * on the host stack: the caller yields a `call` request and the trampoline runs the callee's body
 * on an explicit stack of generators. So recursion depth is bounded by MAX_CALL_DEPTH (agent.ts),
 * not by how much host stack one interpreted frame happens to take. (The exception, for speed:
 * up to MAX_PLAIN_CALL_DEPTH calls of ordinary functions whose bodies run plainly go on the host
 * stack, without generators; see callPlain in functions.ts.)
 */
import type { ActiveFrame, Agent } from '../agent';
import type { Value } from '../realm/values';
import {
  callPlain,
  callsPlainly,
  forwardedCall,
  isTrampolined,
  startCall,
  startConstruct,
} from './functions';
import type { Gen, Resume, Suspend } from './types';

/**
 * Runs an evaluation that cannot suspend (the body of an ordinary function, a builtin's
 * callback) to its end. A suspension here would be an interpreter bug: `await` and `yield` only
 * appear inside the bodies that have drivers of their own.
 */
export function runToEnd<T>(gen: Gen<T>): T {
  const r = gen.next();
  if (!r.done)
    throw new Error(`internal: '${r.value.kind}' outside an async function or generator`);
  return r.value;
}

interface Activation {
  body: Gen<Value>;
  frame: ActiveFrame | null;
  finish: ((result: Value) => Value) | null;
}

const NOTHING = Symbol('nothing');

/**
 * Runs `body` and every interpreted call it makes on one explicit stack. `await` and `yield`
 * suspensions of `body` itself pass through to whoever drives it (runToEnd, a generator object,
 * an async function), so the trampoline is invisible to them.
 */
export function* trampoline(a: Agent, body: Gen<Value>): Gen<Value> {
  const stack: Activation[] = [{ body, frame: null, finish: null }];
  let resume: Resume = { type: 'normal', value: undefined };
  let thrown: unknown = NOTHING;
  for (;;) {
    const top = stack[stack.length - 1];
    let r: IteratorResult<Suspend, Value>;
    try {
      if (thrown !== NOTHING) {
        const e = thrown;
        thrown = NOTHING;
        r = top.body.throw(e);
      } else r = top.body.next(resume);
    } catch (e) {
      if (stack.length === 1) throw e;
      stack.pop();
      a.popFrame(top.frame!);
      thrown = e;
      continue;
    }
    if (r.done) {
      if (stack.length === 1) return r.value;
      stack.pop();
      a.popFrame(top.frame!);
      try {
        resume = { type: 'normal', value: top.finish ? top.finish(r.value) : r.value };
      } catch (e) {
        thrown = e;
      }
      continue;
    }
    const request = r.value;
    if (request.kind === 'call' || request.kind === 'construct') {
      try {
        let f = request.callee;
        if (request.kind === 'call') {
          let { thisArg, args } = request;
          // `fn.call(…)`, `fn.apply(…)` and bound functions: the call they forward is made here.
          for (let forwarded = forwardedCall(f, thisArg, args); forwarded !== null;) {
            ({ callee: f, thisArg, args } = forwarded);
            forwarded = forwardedCall(f, thisArg, args);
          }
          if (isTrampolined(f) && callsPlainly(a, f))
            resume = { type: 'normal', value: callPlain(a, f, thisArg, args, request.callSite) };
          else if (isTrampolined(f))
            stack.push(startCall(a, f, thisArg, args, request.callSite, 'call'));
          else resume = { type: 'normal', value: a.call(f, thisArg, args, request.callSite) };
        } else if (isTrampolined(f)) {
          stack.push(startConstruct(a, f, request.args, request.newTarget, request.callSite));
        } else {
          resume = {
            type: 'normal',
            value: a.construct(f, request.args, request.newTarget, request.callSite),
          };
        }
        if (stack[stack.length - 1] !== top) resume = { type: 'normal', value: undefined };
      } catch (e) {
        thrown = e;
      }
      continue;
    }
    // `await` or `yield`: only the bottom body can suspend (callees are ordinary functions).
    if (stack.length !== 1) throw new Error(`internal: '${request.kind}' in a trampolined call`);
    resume = yield request;
  }
}

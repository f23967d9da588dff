/** https://tc39.es/ecma262/#sec-try-statement-runtime-semantics-evaluation */
import type * as ESTree from 'estree';
import { ThrowSignal, type Value } from '../../realm/values';
import { bindPattern } from '../patterns';
import type { Scope } from '../scope';
import { executeStatements } from '../statements';
import { type Completion, type Gen, NORMAL, ReturnSignal } from '../types';

export function* executeTry(node: ESTree.TryStatement, scope: Scope): Gen<Completion> {
  let completion: Completion = NORMAL;
  let pending: ThrowSignal | ReturnSignal | null = null;
  try {
    completion = yield* executeStatements(node.block.body, scope.child());
  } catch (e) {
    if (e instanceof ThrowSignal && node.handler) {
      try {
        completion = yield* executeCatch(node.handler, e.value, scope);
      } catch (inner) {
        if (!(inner instanceof ThrowSignal || inner instanceof ReturnSignal) || !node.finalizer)
          throw inner;
        pending = inner;
      }
    } else if ((e instanceof ThrowSignal || e instanceof ReturnSignal) && node.finalizer) {
      pending = e;
    } else {
      throw e; // the step limit and interpreter faults run no interpreted finally
    }
  }
  if (node.finalizer) {
    const f = yield* executeStatements(node.finalizer.body, scope.child());
    if (f.type !== 'normal') return f;
    if (pending) throw pending;
  }
  return completion;
}

function* executeCatch(handler: ESTree.CatchClause, thrown: Value, scope: Scope): Gen<Completion> {
  const catchScope = scope.child();
  if (handler.param) yield* bindPattern(handler.param, thrown, catchScope, 'let', null);
  return yield* executeStatements(handler.body.body, catchScope);
}

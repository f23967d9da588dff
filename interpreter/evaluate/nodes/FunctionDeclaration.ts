/** https://tc39.es/ecma262/#sec-function-definitions-runtime-semantics-evaluation (declarations) */
import type * as ESTree from 'estree';
import { annexBFunctions, setAnnexBVar } from '../hoisting';
import type { Scope } from '../scope';
import { type Completion, NORMAL } from '../types';

export function executeFunctionDeclaration(
  node: ESTree.FunctionDeclaration,
  scope: Scope,
): Completion {
  // Instantiated when its scope was entered; a sloppy block function also sets its var.
  if (annexBFunctions.has(node)) setAnnexBVar(scope, node.id!.name);
  return NORMAL;
}

/**
 * Expressions: https://tc39.es/ecma262/#sec-ecmascript-language-expressions. One dispatcher; each
 * node type is evaluated in nodes/<Type>.ts. The `default` branch is an exhaustiveness check (the
 * parser's support check refuses the rest). A subtree that evaluates plainly (suspends.ts:
 * evaluatesPlainly) goes to the second dispatcher, `evaluatePlain`: plain calls instead of a
 * host generator per node.
 */
import type * as ESTree from 'estree';
import type { Value } from '../realm/values';
import { evaluateArrayExpression, evaluateArrayExpressionPlain } from './nodes/ArrayExpression';
import { evaluateArrowFunctionExpression } from './nodes/ArrowFunctionExpression';
import { evaluateAssignment, evaluateAssignmentPlain } from './nodes/AssignmentExpression';
import { evaluateAwaitExpression } from './nodes/AwaitExpression';
import { evaluateBinaryExpression, evaluateBinaryExpressionPlain } from './nodes/BinaryExpression';
import { evaluateCall, evaluateCallPlain } from './nodes/CallExpression';
import { evaluateChainExpression } from './nodes/ChainExpression';
import { evaluateClassExpression } from './nodes/ClassExpression';
import {
  evaluateConditionalExpression,
  evaluateConditionalExpressionPlain,
} from './nodes/ConditionalExpression';
import { evaluateFunctionExpression } from './nodes/FunctionExpression';
import { evaluateIdentifier } from './nodes/Identifier';
import { evaluateLiteral } from './nodes/Literal';
import {
  evaluateLogicalExpression,
  evaluateLogicalExpressionPlain,
} from './nodes/LogicalExpression';
import { evaluateMemberExpression, evaluateMemberExpressionPlain } from './nodes/MemberExpression';
import { evaluateMetaProperty } from './nodes/MetaProperty';
import { evaluateNewExpression } from './nodes/NewExpression';
import { evaluateObject } from './nodes/ObjectExpression';
import {
  evaluateSequenceExpression,
  evaluateSequenceExpressionPlain,
} from './nodes/SequenceExpression';
import { evaluateTaggedTemplate } from './nodes/TaggedTemplateExpression';
import { evaluateTemplateLiteral, evaluateTemplateLiteralPlain } from './nodes/TemplateLiteral';
import { evaluateThisExpression } from './nodes/ThisExpression';
import { evaluateUnary, evaluateUnaryPlain } from './nodes/UnaryExpression';
import { evaluateUpdate, evaluateUpdatePlain } from './nodes/UpdateExpression';
import { evaluateYield } from './nodes/YieldExpression';
import type { Scope } from './scope';
import { evaluatesPlainly } from './suspends';
import { finished, type Gen } from './types';

export function evaluate(node: ESTree.Node, scope: Scope, nameHint?: string): Gen<Value> {
  if (evaluatesPlainly(scope.agent, node)) return finished(evaluatePlain(node, scope, nameHint));
  switch (node.type) {
    case 'Literal':
      return finished(evaluateLiteral(node, scope));
    case 'Identifier':
      return finished(evaluateIdentifier(node, scope));
    case 'ThisExpression':
      return finished(evaluateThisExpression(node, scope));
    case 'TemplateLiteral':
      return evaluateTemplateLiteral(node, scope);
    case 'TaggedTemplateExpression':
      return evaluateTaggedTemplate(node, scope);
    case 'ArrayExpression':
      return evaluateArrayExpression(node, scope);
    case 'ObjectExpression':
      return evaluateObject(node, scope);
    case 'FunctionExpression':
      return finished(evaluateFunctionExpression(node, scope, nameHint));
    case 'ArrowFunctionExpression':
      return finished(evaluateArrowFunctionExpression(node, scope, nameHint));
    case 'ClassExpression':
      return evaluateClassExpression(node, scope, nameHint);
    case 'UnaryExpression':
      return evaluateUnary(node, scope);
    case 'UpdateExpression':
      return evaluateUpdate(node, scope);
    case 'BinaryExpression':
      return evaluateBinaryExpression(node, scope);
    case 'LogicalExpression':
      return evaluateLogicalExpression(node, scope);
    case 'ConditionalExpression':
      return evaluateConditionalExpression(node, scope);
    case 'AssignmentExpression':
      return evaluateAssignment(node, scope);
    case 'SequenceExpression':
      return evaluateSequenceExpression(node, scope);
    case 'MemberExpression':
      return evaluateMemberExpression(node, scope);
    case 'ChainExpression':
      return evaluateChainExpression(node, scope);
    case 'CallExpression':
      return evaluateCall(node, scope);
    case 'NewExpression':
      return evaluateNewExpression(node, scope);
    case 'MetaProperty':
      return finished(evaluateMetaProperty(node, scope));
    case 'AwaitExpression':
      return evaluateAwaitExpression(node, scope);
    case 'YieldExpression':
      return evaluateYield(node, scope);
    default:
      throw new Error(`internal: no evaluator for expression ${node.type}`);
  }
}

/**
 * Evaluates an expression without generators (`evaluatesPlainly(node)`, see suspends.ts). The
 * cases go most frequent first: a switch on strings tests them in order.
 */
export function evaluatePlain(node: ESTree.Node, scope: Scope, nameHint?: string): Value {
  switch (node.type) {
    case 'Identifier':
      return evaluateIdentifier(node, scope);
    case 'Literal':
      return evaluateLiteral(node, scope);
    case 'BinaryExpression':
      return evaluateBinaryExpressionPlain(node, scope);
    case 'MemberExpression':
      return evaluateMemberExpressionPlain(node, scope);
    case 'CallExpression':
      return evaluateCallPlain(node, scope);
    case 'AssignmentExpression':
      return evaluateAssignmentPlain(node, scope);
    case 'UpdateExpression':
      return evaluateUpdatePlain(node, scope);
    case 'LogicalExpression':
      return evaluateLogicalExpressionPlain(node, scope);
    case 'ConditionalExpression':
      return evaluateConditionalExpressionPlain(node, scope);
    case 'UnaryExpression':
      return evaluateUnaryPlain(node, scope);
    case 'ThisExpression':
      return evaluateThisExpression(node, scope);
    case 'TemplateLiteral':
      return evaluateTemplateLiteralPlain(node, scope);
    case 'ArrowFunctionExpression':
      return evaluateArrowFunctionExpression(node, scope, nameHint);
    case 'FunctionExpression':
      return evaluateFunctionExpression(node, scope, nameHint);
    case 'ArrayExpression':
      return evaluateArrayExpressionPlain(node, scope);
    case 'SequenceExpression':
      return evaluateSequenceExpressionPlain(node, scope);
    case 'MetaProperty':
      return evaluateMetaProperty(node, scope);
    default:
      throw new Error(`internal: no plain evaluator for expression ${node.type}`);
  }
}

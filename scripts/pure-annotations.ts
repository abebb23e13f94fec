/**
 * Lets a bundler drop what a module builds while it loads when an application does not use it.
 *
 * A module of core builds values as it loads: schemas (`Schema.Struct(...)`), error classes
 * (`class … extends Data.TaggedError(...)`), parameter definitions, rules. A bundler must keep
 * any such expression it cannot prove free of effects (a call, a property read that might run a
 * getter, a spread), even when nothing uses the value. This build step wraps each of them in a
 * function called on the spot and marked `/* @__PURE__ *\/`, which esbuild, Rollup, Rolldown and
 * terser read as "drop this call if its result is unused". The value, and when it is built, do not
 * change.
 *
 * Applied by the packages' builds (`scripts/library-build.ts`) to their sources before compiling: the sources stay free of
 * annotations, and code added later is covered without anyone remembering to annotate it. Only
 * what runs at load time is wrapped: the initialisers of top-level declarations, the `extends`
 * clause of top-level classes and `export default` expressions. A top-level statement that is a
 * bare call (done for its effect) is left alone: `scripts/check-tree-shaking.ts` reports it.
 */
import ts from "typescript"

/**
 * True when a bundler can already drop the expression unused: functions, literals, names, and
 * arrays and objects of those. Wrapping them would only add noise to the output.
 */
const isInert = (node: ts.Expression): boolean => {
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node)
  ) {
    return isInert(node.expression)
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isIdentifier(node)) return true
  if (ts.isLiteralExpression(node)) return true
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true
  }
  if (ts.isPrefixUnaryExpression(node)) return ts.isNumericLiteral(node.operand)
  if (ts.isArrayLiteralExpression(node))
    return node.elements.every((e) => !ts.isSpreadElement(e) && isInert(e))
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (p) =>
        ts.isShorthandPropertyAssignment(p) ||
        (ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isInert(p.initializer))
    )
  }
  return false
}

/** The expressions evaluated while the module loads that a bundler could not drop unused. */
const loadTimeExpressions = (file: ts.SourceFile): ReadonlyArray<ts.Expression> => {
  const found: Array<ts.Expression> = []
  const add = (expression: ts.Expression | undefined): void => {
    if (expression !== undefined && !isInert(expression)) found.push(expression)
  }
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) add(declaration.initializer)
    } else if (ts.isClassDeclaration(statement)) {
      for (const clause of statement.heritageClauses ?? []) {
        if (clause.token === ts.SyntaxKind.ExtendsKeyword)
          for (const type of clause.types) add(type.expression)
      }
    } else if (ts.isExportAssignment(statement)) {
      add(statement.expression)
    }
  }
  return found
}

/**
 * The module's TypeScript text with each expression it evaluates while loading wrapped as
 * `/* @__PURE__ *\/ (() => (expression))()`. No line is added or removed, so positions in stack
 * traces and source maps keep their line; only columns move on the lines of a wrapped expression.
 */
export const annotatePure = (fileName: string, text: string): string => {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  let out = ""
  let from = 0
  for (const expression of loadTimeExpressions(file)) {
    const start = expression.getStart(file)
    out += `${text.slice(from, start)}/* @__PURE__ */ (() => (${text.slice(start, expression.end)}))()`
    from = expression.end
  }
  return out + text.slice(from)
}

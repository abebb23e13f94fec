/**
 * Checks the documentation rule of the public API: every export reachable from a package entry
 * point has a TSDoc comment with a summary and an `@example` holding a ```ts block, and every
 * such block type-checks against the sources.
 *
 * The examples are extracted into `.artifacts/doc-examples/<module>__<export>__<n>.ts` (recreated
 * on each run) and type-checked together in one program; a diagnostic is reported against the
 * export and the source line it comes from.
 *
 * Usage (from the repository root):
 *
 *   node --conditions=@gip-sante/source --import tsx scripts/check-doc-examples.ts [--skip Contract,Pay]
 *
 * `--skip` leaves out the namespaces (or entry-level exports) with those names, e.g. modules that
 * are still being written. Exits with code 1 on any problem.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import ts from "typescript"

const root = fileURLToPath(new URL("../", import.meta.url))
const outDir = join(root, ".artifacts/doc-examples")

/** The public entry points, with the label used for their direct exports. */
const entryPoints: ReadonlyArray<{ readonly label: string; readonly file: string }> = [
  { label: "core", file: "packages/core/src/index.ts" },
  { label: "testing", file: "packages/core/src/testing.ts" },
  { label: "report", file: "packages/report/src/index.ts" },
  { label: "occitanie", file: "packages/occitanie/src/index.ts" },
  { label: "centre-val-de-loire", file: "packages/centre-val-de-loire/src/index.ts" },
  { label: "duckdb", file: "packages/duckdb/src/index.ts" },
  { label: "cli", file: "packages/cli/src/index.ts" }
]

const { values: flags } = parseArgs({
  options: { skip: { type: "string", multiple: true, default: [] } }
})
const skip = new Set(
  (flags.skip ?? [])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter((s) => s !== "")
)

// -----------------------------------------------------------------------------
// compiler options
// -----------------------------------------------------------------------------

const formatHost: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => "\n"
}

const fail = (diagnostics: ReadonlyArray<ts.Diagnostic>): never => {
  console.error(ts.formatDiagnostics(diagnostics, formatHost))
  process.exit(1)
}

const configPath = join(root, "tsconfig.docs.json")
const configFile = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p))
if (configFile.error !== undefined) fail([configFile.error])
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root, undefined, configPath)
if (parsed.errors.length > 0) fail(parsed.errors)
const options: ts.CompilerOptions = { ...parsed.options, noEmit: true }

/**
 * `@gip-sante/*` specifiers mapped to their sources, read from each package's `exports` (the
 * `@gip-sante/source` condition): the extracted examples live outside the packages, where the
 * workspace packages are not installed.
 */
const workspacePaths = (): Record<string, Array<string>> => {
  const paths: Record<string, Array<string>> = {}
  for (const dir of readdirSync(join(root, "packages"))) {
    let manifest: { name?: string; exports?: Record<string, unknown> }
    try {
      manifest = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"))
    } catch {
      continue
    }
    if (manifest.name === undefined || manifest.exports === undefined) continue
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target !== "object" || target === null) continue
      const source = (target as Record<string, unknown>)["@gip-sante/source"]
      if (typeof source !== "string") continue
      paths[manifest.name + subpath.slice(1)] = [join(root, "packages", dir, source)]
    }
  }
  return paths
}

// -----------------------------------------------------------------------------
// enumerating the exports
// -----------------------------------------------------------------------------

interface Export {
  /** The namespace (`Money`) or entry-point label (`occitanie`) the export belongs to. */
  readonly module: string
  /** The exported name, or `@module` for a module's own documentation. */
  readonly name: string
  readonly sourceFile: ts.SourceFile
  /** The declaration (or module file) that is documented. */
  readonly node: ts.Node
  /** The JSDoc comment that documents it, if any. */
  readonly doc: ts.JSDoc | undefined
}

const hasTag = (doc: ts.JSDoc, name: string): boolean =>
  (doc.tags ?? []).some((tag) => tag.tagName.text === name)

/** The file-level comment of a module: the JSDoc with a `@module` tag on its first statement. */
const moduleDoc = (sourceFile: ts.SourceFile): ts.JSDoc | undefined => {
  const first = sourceFile.statements[0]
  if (first === undefined) return undefined
  return ts
    .getJSDocCommentsAndTags(first)
    .filter(ts.isJSDoc)
    .find((doc) => hasTag(doc, "module"))
}

/** The JSDoc comment right before a declaration, ignoring a file-level `@module` comment. */
const declarationDoc = (declaration: ts.Declaration): ts.JSDoc | undefined => {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc)
  const own = docs.at(-1)
  return own === undefined || hasTag(own, "module") ? undefined : own
}

const program = ts.createProgram(
  entryPoints.map((e) => join(root, e.file)),
  options
)
const checker = program.getTypeChecker()
const exports: Array<Export> = []
const seen = new Set<ts.Node>()
const skipped = new Set<string>()

const isModuleSymbol = (symbol: ts.Symbol): boolean =>
  (symbol.flags & ts.SymbolFlags.ValueModule) !== 0 &&
  (symbol.declarations ?? []).some((d) => ts.isSourceFile(d))

const collect = (moduleSymbol: ts.Symbol, label: string): void => {
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      (exported.flags & ts.SymbolFlags.Alias) !== 0 ? checker.getAliasedSymbol(exported) : exported
    const name = exported.getName()
    if (skip.has(name)) {
      skipped.add(name)
      continue
    }
    if (isModuleSymbol(symbol)) {
      // `export * as Money from "./Money.js"`: the namespace is documented by its module comment.
      const sourceFile = symbol.declarations!.find(ts.isSourceFile)!
      if (seen.has(sourceFile)) continue
      seen.add(sourceFile)
      exports.push({ module: label, name, sourceFile, node: sourceFile, doc: moduleDoc(sourceFile) })
      collect(symbol, name)
      continue
    }
    const declarations = (symbol.declarations ?? []).filter((d) => !seen.has(d))
    declarations.forEach((d) => {
      seen.add(d)
    })
    if (declarations.length === 0) continue
    // Overloads are documented once: by the first signature that has a comment.
    const units = declarations.every(ts.isFunctionDeclaration)
      ? [declarations.find((d) => declarationDoc(d) !== undefined) ?? declarations[0]!]
      : declarations
    for (const declaration of units) {
      exports.push({
        module: label,
        name,
        sourceFile: declaration.getSourceFile(),
        node: declaration,
        doc: declarationDoc(declaration)
      })
    }
  }
}

for (const entry of entryPoints) {
  const sourceFile = program.getSourceFile(join(root, entry.file))
  const moduleSymbol = sourceFile === undefined ? undefined : checker.getSymbolAtLocation(sourceFile)
  if (sourceFile === undefined || moduleSymbol === undefined) {
    console.error(`${entry.file}: cannot load this entry point`)
    process.exit(1)
  }
  seen.add(sourceFile)
  exports.push({
    module: entry.label,
    name: "@module",
    sourceFile,
    node: sourceFile,
    doc: moduleDoc(sourceFile)
  })
  collect(moduleSymbol, entry.label)
}

// -----------------------------------------------------------------------------
// reading the comments and extracting the examples
// -----------------------------------------------------------------------------

interface Example {
  readonly id: string
  readonly n: number
  readonly file: string
  /** Where the first line of code is in the source (1-based line). */
  readonly source: string
  readonly line: number
}

const problems: Array<string> = []
const examples: Array<Example> = []
const headerLines = 1

const location = (sourceFile: ts.SourceFile, line: number): string =>
  `${relative(root, sourceFile.fileName)}:${line}`

/** The lines of a JSDoc tag as written, without the leading ` * `. */
const tagLines = (sourceFile: ts.SourceFile, tag: ts.JSDocTag): Array<string> =>
  sourceFile.text
    .slice(tag.getStart(sourceFile), tag.end)
    .replace(/\*\/\s*$/, "")
    .split("\n")
    .map((line, i) => (i === 0 ? line : line.replace(/^\s*\*(?: |$)/, "")))

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

/**
 * The file name stem of an export's examples. `Money.Cents` and `Money.cents` would be the same
 * file on a case-insensitive file system (and TypeScript rejects names differing only in case),
 * so the second one gets a `-2` suffix.
 */
const stems = new Map<string, string>()
const stemOf = (id: string, module: string, name: string): string => {
  const known = stems.get(id)
  if (known !== undefined) return known
  const base = `${module}__${name === "@module" ? "module" : name}`
  const taken = new Set([...stems.values()].map((s) => s.toLowerCase()))
  let stem = base
  for (let k = 2; taken.has(stem.toLowerCase()); k++) stem = `${base}-${k}`
  stems.set(id, stem)
  return stem
}

for (const { module, name, sourceFile, node, doc } of exports) {
  const id = name === "@module" ? `${module} (module)` : `${module}.${name}`
  if (doc === undefined) {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
    problems.push(`${id} (${location(sourceFile, line)}): no TSDoc comment`)
    continue
  }
  const where = location(
    sourceFile,
    sourceFile.getLineAndCharacterOfPosition(doc.getStart(sourceFile)).line + 1
  )
  if ((ts.getTextOfJSDocComment(doc.comment) ?? "").trim() === "") {
    problems.push(`${id} (${where}): the comment has no summary`)
  }
  const tags = (doc.tags ?? []).filter((tag) => tag.tagName.text === "example")
  if (tags.length === 0) {
    problems.push(`${id} (${where}): no @example`)
    continue
  }
  for (const tag of tags) {
    const lines = tagLines(sourceFile, tag)
    const tagLine = sourceFile.getLineAndCharacterOfPosition(tag.getStart(sourceFile)).line + 1
    let blocks = 0
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() !== "```ts") continue
      const end = lines.findIndex((line, j) => j > i && line.trim() === "```")
      if (end === -1) {
        problems.push(`${id} (${location(sourceFile, tagLine + i)}): unclosed \`\`\`ts block`)
        break
      }
      blocks++
      const n = examples.filter((e) => e.id === id).length + 1
      const file = join(outDir, `${stemOf(id, module, name)}__${n}.ts`)
      const code = lines.slice(i + 1, end).join("\n")
      const line = tagLine + i + 1
      writeFileSync(file, `// ${id} example ${n}, from ${location(sourceFile, line)}\n${code}\nexport {}\n`)
      examples.push({ id, n, file, source: relative(root, sourceFile.fileName), line })
      i = end
    }
    if (blocks === 0)
      problems.push(`${id} (${location(sourceFile, tagLine)}): the @example has no \`\`\`ts block`)
  }
}

// -----------------------------------------------------------------------------
// type-checking the examples
// -----------------------------------------------------------------------------

const exampleOptions: ts.CompilerOptions = {
  ...options,
  noUnusedLocals: false,
  paths: { ...options.paths, ...workspacePaths() }
}
// Reuse the parsed sources (library declarations, our sources) of the first program.
const host = ts.createCompilerHost(exampleOptions)
const getSourceFile = host.getSourceFile
host.getSourceFile = (fileName, languageVersion, ...rest) =>
  program.getSourceFile(fileName) ?? getSourceFile.call(host, fileName, languageVersion, ...rest)
const exampleProgram = ts.createProgram(
  examples.map((e) => e.file),
  exampleOptions,
  host
)
const byFile = new Map(examples.map((e) => [ts.sys.resolvePath(e.file), e]))

const message = (d: ts.Diagnostic): string =>
  `error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n    ")}`

for (const d of [...exampleProgram.getOptionsDiagnostics(), ...exampleProgram.getGlobalDiagnostics()]) {
  problems.push(message(d))
}
for (const sourceFile of exampleProgram.getSourceFiles()) {
  const example = byFile.get(ts.sys.resolvePath(sourceFile.fileName))
  if (example === undefined) continue
  const diagnostics = [
    ...exampleProgram.getSyntacticDiagnostics(sourceFile),
    ...exampleProgram.getSemanticDiagnostics(sourceFile)
  ]
  for (const d of diagnostics) {
    const line =
      d.start === undefined ? 0 : sourceFile.getLineAndCharacterOfPosition(d.start).line - headerLines
    problems.push(
      `${example.id} example ${example.n} (${example.source}:${example.line + Math.max(line, 0)}): ${message(d)}`
    )
  }
}

// -----------------------------------------------------------------------------
// report
// -----------------------------------------------------------------------------

for (const problem of problems) console.error(problem)
if (skipped.size > 0) console.log(`skipped: ${[...skipped].join(", ")}`)
console.log(`${examples.length} examples type-checked, ${exports.length} exports checked`)
if (problems.length > 0) {
  console.error(`${problems.length} problem(s)`)
  process.exit(1)
}

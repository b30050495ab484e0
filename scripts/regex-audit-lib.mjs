// The regular-expression audit (docs/regex-audit.md): finds every regex that src/ builds — regex literals and
// `new RegExp(...)`/`RegExp(...)` calls, read with the TypeScript compiler's parser so that only real regexes are
// found — works out the pattern of each constructed one where it is a constant (strings, templates, String.raw,
// `.source`, `.join` of constant arrays, constants imported from other files), and asks recheck whether each can
// take super-linear time. Used by scripts/audit-regex.mjs and tests/regex-audit.test.ts.
//
// Allow-list: a comment `// regex-safe: <why>` on the line before a regex (or ending the regex's own line) marks it
// as proven safe by something recheck does not see (typically a bound on the input it runs on). It turns
// `vulnerable`, `unknown` and `dynamic` into `allowed`; a marker without a reason, or one that no regex follows, is
// reported as a problem, so that the list stays honest.
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, relative, resolve, sep} from 'node:path'
import ts from 'typescript'

const require = createRequire(import.meta.url)

/** The marker of the allow-list, and the shortest reason accepted after it. */
export const allowMarker = 'regex-safe:'
const shortestReason = 10

/**
 * recheck's parameters for each regex. Its fuzzer stops on counts of steps, not on time (`…Timeout: null`), so that a
 * verdict does not depend on the machine's load (with time limits it found lookbehind fixes quadratic on one run and
 * safe on the next); `timeout` still bounds each regex (a time-out is `unknown`).
 */
export const defaultParams = {timeout: 30000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: -1}

/** Every `.ts` file under `root`, sorted, as absolute paths. */
export function sourceFiles(root) {
  const out = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path)
    }
  }
  walk(resolve(root))
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Constant evaluation of the arguments of `new RegExp(...)`.

const unknown = Symbol('unknown')

class Evaluator {
  constructor() {
    /** @type {Map<string, ts.SourceFile>} */
    this.files = new Map()
    this.depth = 0
  }

  file(path) {
    let file = this.files.get(path)
    if (file === undefined) {
      file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
      this.files.set(path, file)
    }
    return file
  }

  /** The value of an expression: a string, number, boolean, {regex: {source, flags}}, array or object of those, or `unknown`. */
  value(node) {
    if (this.depth > 200) return unknown
    this.depth++
    try {
      return this.evaluate(node)
    } finally {
      this.depth--
    }
  }

  evaluate(node) {
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return node.text
      case ts.SyntaxKind.NumericLiteral:
        return Number(node.text)
      case ts.SyntaxKind.TrueKeyword:
        return true
      case ts.SyntaxKind.FalseKeyword:
        return false
      case ts.SyntaxKind.RegularExpressionLiteral:
        return {regex: splitLiteral(node.text)}
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.SatisfiesExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.TypeAssertionExpression:
        return this.value(node.expression)
      case ts.SyntaxKind.TemplateExpression:
        return this.template(node, false)
      case ts.SyntaxKind.TaggedTemplateExpression: {
        const tag = node.tag
        const isRaw = ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === 'String' && tag.name.text === 'raw'
        if (!isRaw) return unknown
        if (ts.isNoSubstitutionTemplateLiteral(node.template)) return node.template.rawText ?? unknown
        return this.template(node.template, true)
      }
      case ts.SyntaxKind.BinaryExpression: {
        if (node.operatorToken.kind !== ts.SyntaxKind.PlusToken) return unknown
        const left = this.value(node.left)
        const right = this.value(node.right)
        if (!isPrimitive(left) || !isPrimitive(right)) return unknown
        return typeof left === 'number' && typeof right === 'number' ? left + right : String(left) + String(right)
      }
      case ts.SyntaxKind.ArrayLiteralExpression: {
        const out = []
        for (const element of node.elements) {
          if (ts.isSpreadElement(element)) {
            const spread = this.value(element.expression)
            if (!Array.isArray(spread)) return unknown
            out.push(...spread)
          } else {
            const value = this.value(element)
            if (value === unknown) return unknown
            out.push(value)
          }
        }
        return out
      }
      case ts.SyntaxKind.ObjectLiteralExpression: {
        const out = {}
        for (const property of node.properties) {
          if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
            out[property.name.text] = property.initializer
          } else if (ts.isShorthandPropertyAssignment(property)) {
            out[property.name.text] = property.name
          } else {
            return unknown
          }
        }
        // Properties are evaluated lazily (an object may hold functions next to the strings a regex uses).
        return {object: out}
      }
      case ts.SyntaxKind.Identifier:
        return this.identifier(node)
      case ts.SyntaxKind.PropertyAccessExpression: {
        const target = this.value(node.expression)
        const name = node.name.text
        if (target !== null && typeof target === 'object' && 'regex' in target) {
          if (name === 'source') return target.regex.source
          if (name === 'flags') return target.regex.flags
          return unknown
        }
        if (target !== null && typeof target === 'object' && 'object' in target) {
          const property = target.object[name]
          return property === undefined ? unknown : this.value(property)
        }
        if (Array.isArray(target) && name === 'length') return target.length
        return unknown
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const target = this.value(node.expression)
        const key = this.value(node.argumentExpression)
        if (Array.isArray(target) && typeof key === 'number') return target[key] ?? unknown
        if (target !== null && typeof target === 'object' && 'object' in target && typeof key === 'string') {
          const property = target.object[key]
          return property === undefined ? unknown : this.value(property)
        }
        return unknown
      }
      case ts.SyntaxKind.CallExpression:
        return this.call(node)
      default:
        return unknown
    }
  }

  template(node, raw) {
    let out = raw ? node.head.rawText : node.head.text
    if (out === undefined) return unknown
    for (const span of node.templateSpans) {
      const value = this.value(span.expression)
      if (!isPrimitive(value)) return unknown
      const literal = raw ? span.literal.rawText : span.literal.text
      if (literal === undefined) return unknown
      out += String(value) + literal
    }
    return out
  }

  call(node) {
    const callee = node.expression
    if (!ts.isPropertyAccessExpression(callee)) return unknown
    const method = callee.name.text
    const target = this.value(callee.expression)
    const args = node.arguments.map((argument) => this.value(argument))
    if (args.some((argument) => argument === unknown)) return unknown
    if (Array.isArray(target)) {
      if (method === 'join' && args.length <= 1) {
        if (!target.every(isPrimitive)) return unknown
        return target.join(args.length === 0 ? ',' : String(args[0]))
      }
      if (method === 'concat') return args.every(Array.isArray) ? target.concat(...args) : unknown
      return unknown
    }
    if (typeof target === 'string') {
      if (method === 'slice' || method === 'toLowerCase' || method === 'toUpperCase' || method === 'trim') {
        return String.prototype[method].apply(target, args)
      }
      if (method === 'replace' || method === 'replaceAll') {
        const [pattern, replacement] = args
        if (typeof replacement !== 'string') return unknown
        if (typeof pattern === 'string') return target[method](pattern, replacement)
        if (pattern !== null && typeof pattern === 'object' && 'regex' in pattern) {
          return target[method](new RegExp(pattern.regex.source, pattern.regex.flags), replacement)
        }
      }
    }
    return unknown
  }

  /** The value of the constant an identifier names, looked up through the scopes around it and across imports. */
  identifier(node) {
    const declaration = findDeclaration(node, node.text)
    if (declaration === null) return unknown
    if (declaration.kind === 'const') return declaration.initializer === undefined ? unknown : this.value(declaration.initializer)
    if (declaration.kind === 'import') {
      const from = node.getSourceFile().fileName
      const target = resolveImport(from, declaration.module)
      if (target === null) return unknown
      const file = this.file(target)
      const exported = findExport(file, declaration.name, (path) => this.file(path))
      return exported === null ? unknown : this.value(exported)
    }
    return unknown
  }
}

function isPrimitive(value) {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

/** The `{source, flags}` of a regex literal's text `/source/flags`. */
export function splitLiteral(text) {
  const end = text.lastIndexOf('/')
  return {source: text.slice(1, end), flags: text.slice(end + 1)}
}

function declaredNames(name, out = []) {
  if (ts.isIdentifier(name)) out.push(name.text)
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) declaredNames(element.name, out)
  return out
}

/** What binds `name` at `node`: {kind: 'const', initializer} | {kind: 'import', module, name} | {kind: 'other'} | null. */
function findDeclaration(node, name) {
  for (let scope = node.parent; scope !== undefined; scope = scope.parent) {
    if (ts.isFunctionLike(scope)) {
      for (const parameter of scope.parameters ?? []) if (declaredNames(parameter.name).includes(name)) return {kind: 'other'}
    }
    if (ts.isForOfStatement(scope) || ts.isForInStatement(scope) || ts.isForStatement(scope)) {
      const init = scope.initializer
      if (init !== undefined && ts.isVariableDeclarationList(init) && init.declarations.some((d) => declaredNames(d.name).includes(name))) {
        return {kind: 'other'}
      }
    }
    if (ts.isCatchClause(scope) && scope.variableDeclaration !== undefined && declaredNames(scope.variableDeclaration.name).includes(name)) {
      return {kind: 'other'}
    }
    const statements =
      ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) ? scope.statements : ts.isCaseClause(scope) ? scope.statements : null
    if (statements === null) continue
    for (const statement of statements) {
      if (ts.isVariableStatement(statement)) {
        const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0
        for (const declaration of statement.declarationList.declarations) {
          if (!declaredNames(declaration.name).includes(name)) continue
          if (isConst && ts.isIdentifier(declaration.name)) return {kind: 'const', initializer: declaration.initializer}
          return {kind: 'other'}
        }
      } else if (
        (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
        statement.name?.text === name
      ) {
        return {kind: 'other'}
      } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const bindings = statement.importClause?.namedBindings
        if (bindings !== undefined && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            if (element.name.text === name) return {kind: 'import', module: statement.moduleSpecifier.text, name: (element.propertyName ?? element.name).text}
          }
        }
        if (statement.importClause?.name?.text === name || (bindings !== undefined && ts.isNamespaceImport(bindings) && bindings.name.text === name)) {
          return {kind: 'other'}
        }
      }
    }
  }
  return null
}

function resolveImport(from, module) {
  if (!module.startsWith('.')) return null
  const base = resolve(dirname(from), module)
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate
  }
  return null
}

/** The initializer of the `export const name = ...` of a file, following `export {x as name} from` and re-exports. */
function findExport(file, name, load, seen = new Set()) {
  if (seen.has(file.fileName)) return null
  seen.add(file.fileName)
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration.initializer ?? null
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause !== undefined && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (element.name.text !== name) continue
        const local = (element.propertyName ?? element.name).text
        if (statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)) {
          const target = resolveImport(file.fileName, statement.moduleSpecifier.text)
          if (target === null) return null
          return findExport(load(target), local, load, seen)
        }
        // `export {local as name}` of a declaration in this file.
        const found = findDeclaration(file.statements[0] ?? file, local)
        return found?.kind === 'const' ? (found.initializer ?? null) : null
      }
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------------------------
// Finding the regexes.

function isRegExpCallee(expression) {
  return ts.isIdentifier(expression) && expression.text === 'RegExp'
}

/** The allow-list marker that covers the line `line` (0-based) of `lines`, or null: the comment line just above, or the same line. */
function allowMarkerAt(lines, line) {
  const own = lines[line] ?? ''
  const ownAt = own.indexOf(`// ${allowMarker}`)
  if (ownAt >= 0) return {line, text: own.slice(ownAt + 3 + allowMarker.length).trim()}
  // The block of `//` comment lines right above the regex's line.
  for (let above = line - 1; above >= 0; above--) {
    const text = (lines[above] ?? '').trim()
    if (!text.startsWith('//')) break
    const at = text.indexOf(allowMarker)
    if (at >= 0) {
      // A reason may go on over the following comment lines.
      let reason = text.slice(at + allowMarker.length).trim()
      for (let next = above + 1; next < line; next++) reason += ` ${(lines[next] ?? '').trim().replace(/^\/\/\s?/, '')}`
      return {line: above, text: reason.trim()}
    }
  }
  return null
}

/**
 * Every regex that the files build: {file, line, column, kind, source, flags, expression, allow}, where `source` is
 * null for a pattern that is not a constant, and `allow` the allow-list marker that covers it ({line, text}) or null.
 * Also the markers that cover no regex (`stale`). Paths are relative to `cwd`.
 */
export function findRegexes(files, {cwd = process.cwd()} = {}) {
  const evaluator = new Evaluator()
  const found = []
  const markers = []
  for (const path of files) {
    const file = evaluator.file(resolve(path))
    const text = file.getFullText()
    const lines = text.split('\n')
    const name = relative(cwd, file.fileName).split(sep).join('/')
    lines.forEach((content, index) => {
      const at = content.indexOf(allowMarker)
      if (at >= 0 && /\/\/\s*regex-safe:/.test(content)) markers.push({file: name, line: index, used: false})
    })
    const place = (node) => {
      const {line, character} = file.getLineAndCharacterOfPosition(node.getStart(file))
      // Where a marker may stand: above the regex's own line, or above the statement that holds it (a table of regexes).
      const markerLines = [line]
      for (let at = node; at.parent !== undefined; at = at.parent) {
        const holder = at.parent
        if (ts.isSourceFile(holder) || ts.isBlock(holder) || ts.isModuleBlock(holder) || ts.isCaseClause(holder)) {
          markerLines.push(file.getLineAndCharacterOfPosition(at.getStart(file)).line)
          break
        }
      }
      return {line, column: character, markerLines}
    }
    const visit = (node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const parent = node.parent
        // A literal whose only use is its `.source` is a fragment of another regex, audited there.
        const isFragment = ts.isPropertyAccessExpression(parent) && parent.expression === node && parent.name.text === 'source'
        const isCopied = (ts.isNewExpression(parent) || ts.isCallExpression(parent)) && isRegExpCallee(parent.expression)
        if (!isFragment && !isCopied) {
          const {source, flags} = splitLiteral(node.text)
          found.push({file: name, ...place(node), kind: 'literal', source, flags, expression: node.text})
        }
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
        const args = node.arguments ?? []
        const expression = node.getText(file)
        let source = null
        let flags = ''
        const first = args[0] === undefined ? '' : evaluator.value(args[0])
        const second = args[1] === undefined ? undefined : evaluator.value(args[1])
        if (first !== null && typeof first === 'object' && 'regex' in first) {
          source = first.regex.source
          flags = first.regex.flags
        } else if (typeof first === 'string') {
          source = first
        }
        if (second !== undefined) {
          if (typeof second === 'string') flags = second
          else source = null
        }
        found.push({file: name, ...place(node), kind: 'constructor', source, flags, expression})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
    for (const regex of found) {
      if (regex.file !== name) continue
      let allow = null
      for (const line of regex.markerLines) {
        allow = allowMarkerAt(lines, line)
        if (allow !== null) break
      }
      delete regex.markerLines
      regex.allow = allow
      if (allow !== null) {
        const marker = markers.find((m) => m.file === name && m.line === allow.line)
        if (marker !== undefined) marker.used = true
      }
    }
  }
  return {regexes: found, stale: markers.filter((m) => !m.used).map(({file, line}) => ({file, line: line + 1}))}
}

// ---------------------------------------------------------------------------------------------------------------
// Checking them with recheck.

function cacheKey(source, flags, params, version) {
  return createHash('sha256')
    .update(JSON.stringify([version, source, flags, params]))
    .digest('hex')
}

function loadCache(path) {
  if (path === null || !existsSync(path)) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return {}
  }
}

/**
 * The cache of recheck's verdicts, kept with the sources (recheck takes about a minute over src/, a cached audit a
 * second): keyed by recheck's version, the parameters and the pattern, so that a new or changed regex is checked
 * again (an `unknown` verdict, a time-out, is kept too: `--fresh` asks again). `node scripts/audit-regex.mjs` rewrites
 * it with the verdicts of the regexes it found; `--fresh` asks recheck again about every regex.
 */
export function defaultCachePath(cwd = process.cwd()) {
  return join(cwd, 'scripts', 'regex-audit-cache.json')
}

/**
 * Audits the `.ts` files under `root`: one row per regex, {file, line, column, kind, source, flags, expression,
 * status, complexity, attack, reason}, with status one of `safe`, `vulnerable`, `allowed` (an allow-list marker
 * covers it and names why), `unknown` (recheck could not tell, e.g. it timed out) and `dynamic` (the pattern is
 * built at run time: review by hand). `problems` lists what makes the audit fail: vulnerable regexes, markers without
 * a reason, markers that cover no regex. `warnings`: unknown and dynamic regexes without a marker, needless markers.
 */
export function auditRegexes({
  root = 'src',
  cwd = process.cwd(),
  params = defaultParams,
  cache = defaultCachePath(cwd),
  fresh: ignoreCache = false,
  writeCache = true,
  check,
} = {}) {
  const started = Date.now()
  const checkSync = check ?? require('recheck').checkSync
  const version = require('recheck/package.json').version
  const verdicts = ignoreCache ? {} : loadCache(cache)
  const used = {}
  let fresh = 0
  const {regexes, stale} = findRegexes(sourceFiles(resolve(cwd, root)), {cwd})
  const rows = []
  for (const regex of regexes) {
    const row = {...regex, line: regex.line + 1, column: regex.column + 1, status: 'dynamic', complexity: '-', attack: null, reason: regex.allow?.text ?? null}
    delete row.allow
    if (regex.source !== null) {
      const key = cacheKey(regex.source, regex.flags, params, version)
      let verdict = verdicts[key]
      if (verdict === undefined) {
        const diagnostics = checkSync(regex.source, regex.flags, params)
        verdict = {
          pattern: `/${regex.source}/${regex.flags}`,
          status: diagnostics.status,
          complexity: diagnostics.status === 'unknown' ? `error: ${diagnostics.error.kind}` : diagnostics.complexity.summary,
          attack: diagnostics.status === 'vulnerable' ? diagnostics.attack.pattern : null,
        }
        fresh++
        verdicts[key] = verdict
      }
      used[key] = verdict
      row.status = verdict.status
      row.complexity = verdict.complexity
      row.attack = verdict.attack
    }
    row.allowLine = regex.allow === null ? null : regex.allow.line + 1
    if (regex.allow !== null && row.status !== 'safe') row.status = 'allowed'
    rows.push(row)
  }
  if (cache !== null && writeCache) {
    // Only the verdicts of the regexes found now: those of regexes changed or removed since go.
    const sorted = Object.fromEntries(Object.entries(used).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    const text = `${JSON.stringify(sorted, null, 2)}\n`
    if (!existsSync(cache) || readFileSync(cache, 'utf8') !== text) {
      mkdirSync(dirname(cache), {recursive: true})
      writeFileSync(cache, text)
    }
  }
  const problems = []
  const warnings = []
  for (const row of rows) {
    const where = `${row.file}:${row.line}`
    if (row.status === 'vulnerable') problems.push(`${where}: vulnerable (${row.complexity}), attack ${row.attack}`)
    if (row.reason !== null && row.reason.length < shortestReason) problems.push(`${where}: '${allowMarker}' needs a reason`)
    if (row.status === 'unknown') warnings.push(`${where}: recheck could not tell (${row.complexity})`)
    if (row.status === 'dynamic') warnings.push(`${where}: pattern built at run time, not checked: ${row.expression.replace(/\s+/g, ' ').slice(0, 120)}`)
  }
  // A marker whose regexes recheck all finds safe is not needed.
  const byMarker = new Map()
  for (const row of rows) {
    if (row.allowLine === null) continue
    const key = `${row.file}:${row.allowLine}`
    byMarker.set(key, (byMarker.get(key) ?? true) && row.status === 'safe')
  }
  for (const [key, allSafe] of byMarker) if (allSafe) warnings.push(`${key}: '${allowMarker}' covers only regexes recheck finds safe`)
  for (const marker of stale) problems.push(`${marker.file}:${marker.line}: '${allowMarker}' covers no regex`)
  return {rows, problems, warnings, checked: fresh, milliseconds: Date.now() - started}
}

/** The table `file:line  status  complexity  pattern`, one row a regex. */
export function formatTable(rows) {
  const cells = rows.map((row) => [
    `${row.file}:${row.line}`,
    row.status,
    row.complexity,
    row.source === null ? `(dynamic) ${row.expression.replace(/\s+/g, ' ')}` : `/${row.source}/${row.flags}`,
  ])
  const header = ['file:line', 'status', 'complexity', 'pattern']
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...cells.map((c) => c[i].length)))
  const line = (c) => [c[0].padEnd(widths[0]), c[1].padEnd(widths[1]), c[2].padEnd(widths[2]), c[3]].join('  ')
  return [line(header), ...cells.map(line)].join('\n')
}

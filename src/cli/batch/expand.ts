import {readdirSync, statSync} from 'node:fs'
import {hasDocumentExtension, isSkippedSegment} from './pair-files.js'

/** What `expandInputs` needs of a file entry. */
export interface EntryLike {
  isFile(): boolean
  isDirectory(): boolean
}

/** What `expandInputs` needs of a directory entry. */
export interface DirentLike extends EntryLike {
  name: string
  isSymbolicLink(): boolean
}

/** The part of `node:fs` that `expandInputs` uses, replaceable in tests. */
export interface ExpandFileSystem {
  statSync(path: string, options: {throwIfNoEntry: false}): EntryLike | undefined
  readdirSync(path: string, options: {withFileTypes: true}): DirentLike[]
}

/** The files a batch checks, and the inputs that named nothing. */
export interface ExpandedInputs {
  /** Sorted, without duplicates, with `/` between a folder or pattern and what was found in it. */
  files: string[]
  /** The inputs, as given, that matched no file. */
  missing: string[]
}

/**
 * Turns command-line inputs into files: a file stays as given, a folder gives
 * its documents at any depth, a pattern with `*`, `**` or `?` gives the
 * documents it matches. Hidden entries and `node_modules` are skipped.
 */
export function expandInputs(inputs: readonly string[], fs: ExpandFileSystem = {statSync, readdirSync}): ExpandedInputs {
  const files = new Set<string>()
  const missing: string[] = []
  for (const input of inputs) {
    const found = expandOne(input, fs)
    if (found.length === 0 && !missing.includes(input)) missing.push(input)
    for (const file of found) files.add(file)
  }
  return {files: [...files].sort(compare), missing}
}

function expandOne(input: string, fs: ExpandFileSystem): string[] {
  // What exists is taken literally, even a name with `*` or `?` in it.
  const entry = fs.statSync(input, {throwIfNoEntry: false})
  if (entry?.isFile()) return [input]
  if (entry?.isDirectory()) return walk(trimSeparator(input), Number.POSITIVE_INFINITY, fs)
  if (isGlob(input)) return expandGlob(input, fs)
  return []
}

/** Whether an input is a pattern rather than a name. */
export function isGlob(input: string): boolean {
  return /[*?]/.test(input)
}

/**
 * A glob as an anchored regular expression over `/`-separated paths: `*` any
 * characters but `/`, `?` one of them, `**` as a whole segment any number of
 * folders. Built without nested quantifiers, so matching stays fast.
 */
export function globToRegExp(pattern: string): RegExp {
  // `**/**` means no more than `**`, and would nest the search for folders.
  const segments = pattern
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment, index, all) => segment !== '**' || all[index - 1] !== '**')
  let source = ''
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') source += last ? '.*' : '(?:.*/)?'
    else source += segmentSource(segment) + (last ? '' : '/')
  })
  return new RegExp(`^${source}$`)
}

/** One segment of a glob: `*` (a run of them counts as one) and `?` within a name, the rest literal. */
function segmentSource(segment: string): string {
  return segment
    .replace(/\*+/g, '*')
    .split('')
    .map((char) => (char === '*' ? '[^/]*' : char === '?' ? '[^/]' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
}

/** Walks from the longest folder of the pattern without wildcards, no deeper than the pattern can reach. */
function expandGlob(pattern: string, fs: ExpandFileSystem): string[] {
  const segments = pattern.replace(/\\/g, '/').split('/')
  const firstWild = segments.findIndex(isGlob)
  const literal = segments.slice(0, firstWild)
  const rest = segments.slice(firstWild)
  const base = literal.length === 0 ? '' : literal.join('/') || '/'
  const start = base === '' ? '.' : base
  const entry = fs.statSync(start, {throwIfNoEntry: false})
  if (!entry?.isDirectory()) return []
  const depth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.length
  const matcher = globToRegExp(segments.join('/'))
  return walk(base, depth, fs).filter((file) => matcher.test(file))
}

/** The documents below a folder (`''` for the current one), as `folder/sub/name`, at most `depth` levels down. */
function walk(folder: string, depth: number, fs: ExpandFileSystem): string[] {
  if (depth < 1) return []
  const found: string[] = []
  for (const entry of fs.readdirSync(folder === '' ? '.' : folder, {withFileTypes: true})) {
    if (isSkippedSegment(entry.name)) continue
    const path = folder === '' ? entry.name : folder.endsWith('/') ? folder + entry.name : `${folder}/${entry.name}`
    const kind = entry.isSymbolicLink() ? fs.statSync(path, {throwIfNoEntry: false}) : entry
    // Linked folders are not followed: a link to a parent would never end.
    if (kind?.isFile()) {
      if (hasDocumentExtension(entry.name)) found.push(path)
    } else if (kind?.isDirectory() && !entry.isSymbolicLink()) {
      found.push(...walk(path, depth - 1, fs))
    }
  }
  return found
}

/** `docs/` and `docs\` walk as `docs`, so that found files read `docs/a.md`; `.` gives bare `a.md`; a root stays a root. */
function trimSeparator(folder: string): string {
  const trimmed = folder.replace(/(?<![\\/])[\\/]+$/, '')
  if (trimmed === '.') return ''
  return trimmed === '' ? folder.slice(0, 1) : trimmed
}

/** Code-unit order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

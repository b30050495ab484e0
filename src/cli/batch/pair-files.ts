/**
 * Pairs the English and French files of a folder by their names, so that a
 * batch check knows which files make one document.
 *
 * Pure: works on path strings only, the same on every machine and whatever
 * the order of the input.
 */

import {extensionOf} from '../../read/registry.js'

/** One document of a batch: an English and French pair, or a single bilingual file. */
export interface BatchDocument {
  /** Unique within the plan: the shared path with the language marker and the extension removed (`docs/report`), or the path of a single file. */
  id: string
  /** `[en, fr]` for a pair, `[file]` for a single bilingual file, as given. */
  files: [string] | [string, string]
  kind: 'pair' | 'single'
}

/** A file that names a language but has no counterpart to be checked against. */
export interface UnpairedFile {
  /** The file as given. */
  file: string
  /** One specific sentence, such as `no French counterpart: expected report-fr.md next to it`. */
  reason: string
}

/** What a batch checks, and what it cannot. */
export interface BatchPlan {
  /** Sorted by id. */
  documents: BatchDocument[]
  /** Sorted by file. */
  unpaired: UnpairedFile[]
}

/** The extensions of the files a batch considers; anything else is not a document. */
export const documentExtensions: readonly string[] = [
  '.md',
  '.markdown',
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.docx',
  '.pdf',
  '.xlf',
  '.xliff',
  '.sdlxliff',
  '.mqxliff',
  '.tmx',
]

/**
 * Formats that hold both languages in one file, whatever their name says:
 * Angular's `messages.fr.xlf` is the English source with its French target.
 */
export const bilingualExtensions: readonly string[] = ['.xlf', '.xliff', '.sdlxliff', '.mqxliff', '.tmx']

/** The extension of a file name, lower case, with its dot ('' when none): `.md`. */
function dottedExtension(name: string): string {
  const extension = extensionOf(name)
  return extension === '' ? '' : `.${extension}`
}

/** Whether a file name has one of the `documentExtensions`. */
export function hasDocumentExtension(name: string): boolean {
  return documentExtensions.includes(dottedExtension(name))
}

/** Whether a path segment is one a batch never looks into: hidden (`.git`, `.DS_Store`) or `node_modules`. */
export function isSkippedSegment(segment: string): boolean {
  return segment === 'node_modules' || (segment.startsWith('.') && segment !== '.' && segment !== '..')
}

/** Whether a path is a document a batch considers: a document extension, and no hidden or `node_modules` segment. */
export function isDocumentPath(path: string): boolean {
  return hasDocumentExtension(path) && !path.split(/[\\/]/).some(isSkippedSegment)
}

/**
 * Sorts files into documents: `report-en.md` with `report-fr.md`, `docs/en/guide.md`
 * with `docs/fr/guide.md`, a file without a language marker alone; and lists the
 * files whose counterpart is missing or ambiguous, with the reason.
 */
export function pairFiles(paths: readonly string[]): BatchPlan {
  const files = uniqueDocuments(paths).map(parseFile)
  const drafts: Draft[] = files.filter((file) => file.language === undefined).map(singleDraft)
  const leftovers = new Map<ParsedFile, Leftover[]>()
  let pending = files.filter((file) => file.language !== undefined)
  // Names first, so that `en/report-en.md` beside `en/report-fr.md` is one pair; then language folders.
  for (const convention of ['name', 'folder'] as const) {
    const stillAlone = new Set<ParsedFile>()
    for (const group of groupBy(candidatesOf(pending, convention), (candidate) => candidate.view.key)) {
      const matched = matchGroup(group)
      drafts.push(...matched.pairs.map(pairDraft))
      for (const leftover of matched.leftovers) {
        leftovers.set(leftover.candidate.file, [...(leftovers.get(leftover.candidate.file) ?? []), leftover])
        stillAlone.add(leftover.candidate.file)
      }
    }
    pending = pending.filter((file) => file.views[convention] === undefined || stillAlone.has(file))
  }
  const unpaired = pending.map((file) => ({file: file.file, reason: explain(file, leftovers.get(file) ?? [])}))
  return {
    documents: withUniqueIds(drafts).sort((a, b) => compare(a.id, b.id)),
    unpaired: unpaired.sort((a, b) => compare(a.file, b.file) || compare(a.reason, b.reason)),
  }
}

type Language = 'en' | 'fr'

type Convention = 'name' | 'folder'

/** A language marker found in a path: where it is in the string as given, and what it says. */
interface Marker {
  /** Where the language code is. */
  start: number
  end: number
  /** What goes with it when the marker is dropped: the `-` before a name code, the `/` after a folder. */
  dropStart: number
  dropEnd: number
  text: string
  language: Language
  /** The naming convention, so that `-en` pairs with `-fr` but not with `_fr`. */
  family: string
}

interface ParsedFile {
  /** As given. */
  file: string
  /** Separators as `/`, no `.` segments nor doubled slashes. */
  normal: string
  extension: string
  /** None for a single bilingual file. */
  language?: Language
  /** How the file reads by its name marker, and by its language folder; a file may have both, one or none. */
  views: Partial<Record<Convention, View>>
}

/** A file as one convention reads it. */
interface View {
  /** Files with the same key are candidates for one another. */
  key: string
  /** The id of the pair the file would make. */
  pairId: string
  /** Which name marker a file in a language folder carries (`-2`, `_1`…), `''` for none: the tie-break between candidates. */
  shape: string
  /** The path its counterpart would have with the same extension, written as this one is. */
  counterpart: string
}

interface Candidate {
  file: ParsedFile
  view: View
}

/** A file a convention could not pair, with a reason when it is more than a missing counterpart. */
interface Leftover {
  candidate: Candidate
  reason?: string
}

/** The name markers, longest first so that `-eng` is not read as `-en` plus `g`. */
const nameMarkers: readonly {suffix: string; language: Language; family: string}[] = [
  {suffix: '-eng', language: 'en', family: '-3'},
  {suffix: '-fra', language: 'fr', family: '-3'},
  {suffix: '_eng', language: 'en', family: '_3'},
  {suffix: '_fra', language: 'fr', family: '_3'},
  {suffix: '-en', language: 'en', family: '-2'},
  {suffix: '-fr', language: 'fr', family: '-2'},
  {suffix: '_en', language: 'en', family: '_2'},
  {suffix: '_fr', language: 'fr', family: '_2'},
  {suffix: '.en', language: 'en', family: '.2'},
  {suffix: '.fr', language: 'fr', family: '.2'},
  // Government of Canada style, report_e.html and report_f.html; no `-e`/`-f`, too common in ordinary names.
  {suffix: '_e', language: 'en', family: '_1'},
  {suffix: '_f', language: 'fr', family: '_1'},
]

const folderMarkers: Readonly<Record<string, {language: Language; family: string}>> = {
  en: {language: 'en', family: 'dir2'},
  fr: {language: 'fr', family: 'dir2'},
  eng: {language: 'en', family: 'dir3'},
  fra: {language: 'fr', family: 'dir3'},
}

const otherCode: Readonly<Record<string, string>> = {en: 'fr', fr: 'en', eng: 'fra', fra: 'eng', e: 'f', f: 'e'}

/** Stands for the language folder in a key, so that its position still counts. */
const folderPlaceholder = '\u0000'

/** Drops ignored paths and duplicates (`a\b.md` and `./a/b.md` are one file), keeping the smallest spelling. */
function uniqueDocuments(paths: readonly string[]): string[] {
  const byNormal = new Map<string, string>()
  for (const path of paths) {
    if (!isDocumentPath(path)) continue
    const normal = normalize(path)
    const known = byNormal.get(normal)
    if (known === undefined || compare(path, known) < 0) byNormal.set(normal, path)
  }
  return [...byNormal.values()].sort(compare)
}

function parseFile(file: string): ParsedFile {
  const normal = normalize(file)
  const extension = dottedExtension(file)
  const plain: ParsedFile = {file, normal, extension, views: {}}
  if (bilingualExtensions.includes(extension)) return plain
  const nameStart = baseStart(file)
  const stemEnd = file.length - extension.length
  const name = nameMarker(file, nameStart, stemEnd)
  const folder = folderMarker(file, nameStart)
  // A French name in an `en` folder: the name wins, and the folder is an ordinary one.
  const agreeing = folder !== undefined && (name === undefined || name.language === folder.language) ? folder : undefined
  const language = name?.language ?? agreeing?.language
  if (language === undefined) return plain
  const views: Partial<Record<Convention, View>> = {}
  if (name !== undefined) views.name = viewOf(file, stemEnd, [name], name.family, '')
  if (agreeing !== undefined) views.folder = viewOf(file, stemEnd, name === undefined ? [agreeing] : [agreeing, name], agreeing.family, name?.family ?? '')
  return {...plain, language, views}
}

/** How a file reads with some of its markers: the folder one, if any, stays as a placeholder in the key. */
function viewOf(file: string, stemEnd: number, markers: readonly Marker[], family: string, shape: string): View {
  const stem = file.slice(0, stemEnd)
  return {
    key: `${normalize(dropAt(stem, markers, folderPlaceholder))}\u0001${family}`,
    pairId: normalize(dropAt(stem, markers)),
    shape,
    counterpart: replaceAt(file, markers, (marker) => mirrorCase(marker.text, otherCode[marker.text.toLowerCase()] ?? marker.text)),
  }
}

function candidatesOf(files: readonly ParsedFile[], convention: Convention): Candidate[] {
  return files.flatMap((file) => {
    const view = file.views[convention]
    return view === undefined ? [] : [{file, view}]
  })
}

/** A language suffix at the end of the name without its extension (`report-en`, `guide.en`, `rapport_f`). */
function nameMarker(file: string, nameStart: number, stemEnd: number): Marker | undefined {
  const stem = file.slice(nameStart, stemEnd).toLowerCase()
  for (const {suffix, language, family} of nameMarkers) {
    // Something must come before the marker: `_e.md` is a name, not a marker.
    if (stem.length > suffix.length && stem.endsWith(suffix)) {
      const start = stemEnd - suffix.length + 1
      return {start, end: stemEnd, dropStart: start - 1, dropEnd: stemEnd, text: file.slice(start, stemEnd), language, family}
    }
  }
  return undefined
}

/** The deepest folder of the path named for a language (`en`, `fr`, `eng`, `fra`, any case). */
function folderMarker(file: string, nameStart: number): Marker | undefined {
  let end = nameStart - 1
  while (end > 0) {
    const start = Math.max(file.lastIndexOf('/', end - 1), file.lastIndexOf('\\', end - 1)) + 1
    const text = file.slice(start, end)
    const known = folderMarkers[text.toLowerCase()]
    if (known !== undefined) return {start, end, dropStart: start, dropEnd: end + 1, text, ...known}
    end = start - 1
  }
  return undefined
}

/** Replaces the language code of each marker in a string. */
function replaceAt(text: string, markers: readonly Marker[], by: (marker: Marker) => string): string {
  return edit(
    text,
    markers.map((marker) => ({start: marker.start, end: marker.end, by: by(marker)})),
  )
}

/** Removes each marker from a string with its separator, or leaves a folder's in place as a placeholder. */
function dropAt(text: string, markers: readonly Marker[], folderBy = ''): string {
  return edit(
    text,
    markers.map((marker) =>
      isFolderMarker(marker) && folderBy !== '' ? {start: marker.start, end: marker.end, by: folderBy} : {start: marker.dropStart, end: marker.dropEnd, by: ''},
    ),
  )
}

/** Applies replacements that do not overlap, from the last so that earlier positions hold. */
function edit(text: string, edits: readonly {start: number; end: number; by: string}[]): string {
  let result = text
  for (const {start, end, by} of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, start) + by + result.slice(end)
  return result
}

function isFolderMarker(marker: Marker): boolean {
  return marker.family.startsWith('dir')
}

/** `EN` → `FR`, `En` → `Fr`, `en` → `fr`: the counterpart written like the original. */
function mirrorCase(original: string, replacement: string): string {
  if (original === original.toUpperCase()) return replacement.toUpperCase()
  if (original.charAt(0) === original.charAt(0).toUpperCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}

interface GroupResult {
  pairs: [Candidate, Candidate][]
  leftovers: Leftover[]
}

/**
 * Pairs the English and French files that answer one another: first those with
 * the same extension and the same name shape, then the same extension, then a
 * last English and a last French file whatever their extensions.
 */
function matchGroup(group: readonly Candidate[]): GroupResult {
  const leftEnglish = group.filter((candidate) => candidate.file.language === 'en')
  const leftFrench = group.filter((candidate) => candidate.file.language === 'fr')
  const pairs: [Candidate, Candidate][] = []
  const sameExtension = (a: Candidate, b: Candidate) => a.file.extension === b.file.extension
  const sameExtensionAndShape = (a: Candidate, b: Candidate) => sameExtension(a, b) && a.view.shape === b.view.shape
  for (const fits of [sameExtensionAndShape, sameExtension]) {
    for (const english of [...leftEnglish]) {
      const french = leftFrench.find((other) => fits(english, other))
      if (french === undefined) continue
      pairs.push([english, french])
      remove(leftEnglish, english)
      remove(leftFrench, french)
    }
  }
  const [lastEnglish] = leftEnglish
  const [lastFrench] = leftFrench
  if (leftEnglish.length === 1 && leftFrench.length === 1 && lastEnglish !== undefined && lastFrench !== undefined) {
    return {pairs: [...pairs, [lastEnglish, lastFrench]], leftovers: []}
  }
  const show = namer(group)
  if (leftEnglish.length > 0 && leftFrench.length > 0) {
    const reason = `ambiguous: ${listed(leftEnglish.map(show))} (English) and ${listed(leftFrench.map(show))} (French) share a name but not an extension, so none was paired`
    return {pairs, leftovers: [...leftEnglish, ...leftFrench].map((candidate) => ({candidate, reason}))}
  }
  const leftovers = [...leftEnglish, ...leftFrench].map((candidate) => withReason(candidate, takenReason(candidate, pairs, show)))
  return {pairs, leftovers}
}

function withReason(candidate: Candidate, reason: string | undefined): Leftover {
  return reason === undefined ? {candidate} : {candidate, reason}
}

/** Why a file is left over when its group's counterparts are all paired with others; none when it had no counterpart at all. */
function takenReason(candidate: Candidate, pairs: readonly [Candidate, Candidate][], show: (candidate: Candidate) => string): string | undefined {
  const isEnglish = candidate.file.language === 'en'
  const taken = pairs.map(([english, french]) => (isEnglish ? french : english))
  const rivals = pairs.map(([english, french]) => (isEnglish ? english : french))
  const [onlyTaken] = taken
  const [onlyRival] = rivals
  if (onlyTaken === undefined || onlyRival === undefined) return undefined
  if (taken.length === 1) return `both ${show(candidate)} and ${show(onlyRival)} answer ${show(onlyTaken)}; paired ${show(onlyRival)}`
  return `no ${otherLanguage(candidate.file)} counterpart left: ${listed(taken.map(show))} are already paired with ${listed(rivals.map(show))}`
}

/** The reason a file stays unpaired: the first specific one, else the counterparts each convention expected. */
function explain(file: ParsedFile, leftovers: readonly Leftover[]): string {
  const specific = leftovers.find((leftover) => leftover.reason !== undefined)?.reason
  if (specific !== undefined) return specific
  const expected = leftovers.map(({candidate}) =>
    sameFolder(candidate.view.counterpart, file.file) ? `${baseName(candidate.view.counterpart)} next to it` : candidate.view.counterpart,
  )
  return `no ${otherLanguage(file)} counterpart: expected ${[...new Set(expected)].join(' or ')}`
}

function otherLanguage(file: ParsedFile): string {
  return file.language === 'en' ? 'French' : 'English'
}

/** Names files by their base name when they share a folder, else by their path as given. */
function namer(group: readonly Candidate[]): (candidate: Candidate) => string {
  const first = group[0]
  const together = first !== undefined && group.every((candidate) => sameFolder(candidate.file.file, first.file.file))
  return (candidate) => (together ? baseName(candidate.file.file) : candidate.file.file)
}

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

interface Draft {
  preferredId: string
  /** Used when another document wants the same preferred id: a pair's English path, a single's own path. */
  fallbackId: string
  files: [string] | [string, string]
  kind: 'pair' | 'single'
}

/** Gives each document its preferred id unless another wants it too; then the fallback, numbered if even that clashes. */
function withUniqueIds(drafts: readonly Draft[]): BatchDocument[] {
  const wanted = countBy(drafts.map((draft) => draft.preferredId))
  const ids = drafts.map((draft) => ((wanted.get(draft.preferredId) ?? 0) > 1 ? draft.fallbackId : draft.preferredId))
  const order = drafts.map((_, index) => index).sort((a, b) => compare(drafts[a]?.files.join('\n') ?? '', drafts[b]?.files.join('\n') ?? ''))
  const seen = new Set<string>()
  const unique: string[] = []
  for (const index of order) {
    let id = ids[index] ?? ''
    for (let n = 2; seen.has(id); n++) id = `${ids[index]} (${n})`
    seen.add(id)
    unique[index] = id
  }
  return drafts.map((draft, index) => ({id: unique[index] ?? draft.fallbackId, files: draft.files, kind: draft.kind}))
}

function singleDraft(file: ParsedFile): Draft {
  return {preferredId: file.normal, fallbackId: file.normal, files: [file.file], kind: 'single'}
}

function pairDraft([english, french]: [Candidate, Candidate]): Draft {
  return {preferredId: english.view.pairId, fallbackId: english.file.normal, files: [english.file.file, french.file.file], kind: 'pair'}
}

/** Groups in the order of first appearance, which is sorted order here. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item])
  return [...groups.values()]
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

function remove<T>(list: T[], item: T): void {
  list.splice(list.indexOf(item), 1)
}

/** Separators as `/`, without `.` segments or doubled slashes, so that ids are the same on every machine. */
function normalize(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/')
  const absolute = parts.length > 1 && parts[0] === ''
  return (absolute ? '/' : '') + parts.filter((part) => part !== '' && part !== '.').join('/')
}

function baseStart(path: string): number {
  return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1
}

function baseName(path: string): string {
  return path.slice(baseStart(path))
}

function sameFolder(a: string, b: string): boolean {
  return normalize(a.slice(0, baseStart(a))) === normalize(b.slice(0, baseStart(b)))
}

/** Code-unit order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

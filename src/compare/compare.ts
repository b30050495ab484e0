import {joinSpans, spansOverlap} from '../check/spans.js'
import {analyse, type CheckInput, type CheckOptions} from '../pipeline.js'
import type {Block, BlockPair, Finding, Lang, Severity, Span} from '../types.js'
import {tool} from '../version.js'
import {blocksOf, type Draft, draftOf, part, sameTextIn, sentenceAround, sideOf, spanIn, texts, touches} from './draft.js'
import {textEdits, type TextEdit} from './edits.js'
import {type BlockFate, lowerWords, matchBlocks} from './match-blocks.js'
import {fillCompareMessage} from './messages.js'
import type {DraftChange, DraftComparison} from './types.js'

/** Options of a comparison: those of the check each draft goes through. */
export type CompareOptions = Omit<CheckOptions, 'ruleSet'>

/**
 * Compares two drafts of a bilingual document: checks each, matches the old paragraphs of each language to the new
 * ones, diffs each language word by word, and reports what changed in one version and not the other, edits on
 * both sides that do not say the same thing, and paragraphs added to or removed from one version only, with their
 * places in the four texts. Pure: no I/O.
 */
export function compareDrafts(oldInput: CheckInput, newInput: CheckInput, options: CompareOptions = {}): DraftComparison {
  const old = draftOf(analyse(oldInput, options))
  const now = draftOf(analyse(newInput, options))
  const fates = {en: matchBlocks(texts(old.sequence.en), texts(now.sequence.en)), fr: matchBlocks(texts(old.sequence.fr), texts(now.sequence.fr))}
  const own = ownFindings(old, now)
  const changes: DraftChange[] = []
  const counts = {unchanged: 0, edited: 0, added: 0, removed: 0}
  for (const pair of now.analysis.report.pairs) {
    const edits = {en: pairEdits(pair, 'en', old, now, fates), fr: pairEdits(pair, 'fr', old, now, fates)}
    const added = {en: addedBlocks(pair, 'en', now, fates), fr: addedBlocks(pair, 'fr', now, fates)}
    counts[added.en.length + added.fr.length > 0 ? 'added' : edits.en.length + edits.fr.length > 0 ? 'edited' : 'unchanged']++
    changes.push(...editChanges(pair, edits, old, now, own))
    for (const lang of ['en', 'fr'] as const) {
      const other = otherLang(lang)
      // A paragraph new on both sides is a new pair: `pareil check` judges it.
      if (added[lang].length === 0 || added[other].length > 0) continue
      changes.push(addedChange(pair, lang, added[lang], old, now, fates))
    }
  }
  for (const lang of ['en', 'fr'] as const) {
    const removed = old.sequence[lang].filter((_, index) => fates[lang].old[index]?.kind === 'gone')
    counts.removed += removed.length
    for (const block of removed) {
      const change = removedChange(block, lang, old, now, fates)
      if (change !== undefined) changes.push(change)
    }
  }
  for (const change of changes) change.context = contextOf(change, old, now)
  changes.sort((a, b) => placeOf(a) - placeOf(b))
  const locale = options.locale ?? 'en'
  if (locale !== 'en') for (const change of changes) change.message = fillCompareMessage(change.messageId, change.data, locale)
  return {
    schemaVersion: 1,
    tool: {name: tool.name, version: tool.version},
    old: sideOf(old),
    new: sideOf(now),
    changes,
    summary: {
      errors: changes.filter((change) => change.severity === 'error').length,
      warnings: changes.filter((change) => change.severity === 'warning').length,
      infos: changes.filter((change) => change.severity === 'info').length,
    },
    pairs: counts,
  }
}

type Fates = Record<Lang, ReturnType<typeof matchBlocks>>

/** One word edit of one block, placed in both drafts. */
interface PlacedEdit {
  lang: Lang
  edit: TextEdit
  oldBlock: Block
  newBlock: Block
  oldSpan: Span
  newSpan: Span
}

function pairEdits(pair: BlockPair, lang: Lang, old: Draft, now: Draft, fates: Fates): PlacedEdit[] {
  return blocksOf(pair, lang, now).flatMap((newBlock) => {
    const fate = fates[lang].new[now.index[lang].get(newBlock) ?? -1]
    const oldBlock = fate?.kind === 'changed' ? old.sequence[lang][fate.other] : undefined
    if (oldBlock === undefined) return []
    return textEdits(oldBlock.text, newBlock.text).map((edit) => ({
      lang,
      edit,
      oldBlock,
      newBlock,
      oldSpan: spanIn(old, oldBlock, edit.old.start, edit.old.end),
      newSpan: spanIn(now, newBlock, edit.new.start, edit.new.end),
    }))
  })
}

function addedBlocks(pair: BlockPair, lang: Lang, now: Draft, fates: Fates): Block[] {
  return blocksOf(pair, lang, now).filter((block) => fates[lang].new[now.index[lang].get(block) ?? -1]?.kind === 'gone')
}

/** The sentence around each of a change's places, in its draft. */
function contextOf(change: DraftChange, old: Draft, now: Draft): DraftChange['context'] {
  return {
    old: {en: sentenceAround(old, change.old.en, 'en'), fr: sentenceAround(old, change.old.fr, 'fr')},
    new: {en: sentenceAround(now, change.new.en, 'en'), fr: sentenceAround(now, change.new.fr, 'fr')},
  }
}

/** What rules of `pareil check` say that two versions disagree (not layout, draft or typography findings). */
const disagreement = new Set(['omission', 'addition', 'meaning', 'number', 'date', 'name', 'term', 'untranslated'])

/** The edits of one pair: each one the other version did not follow, and each two that followed each other but disagree. */
function editChanges(pair: BlockPair, edits: Record<Lang, PlacedEdit[]>, old: Draft, now: Draft, own: OwnFindings): DraftChange[] {
  const changes: DraftChange[] = []
  const answered = new Set<PlacedEdit>()
  for (const edit of [...edits.en, ...edits.fr]) {
    if (answered.has(edit)) continue
    const other = otherLang(edit.lang)
    const counterpart = counterpartSpans(pair, edit.lang, edit.newSpan, now)
    const follower = edits[other].find((candidate) => !answered.has(candidate) && counterpart.some((span) => spansOverlap(span, candidate.newSpan)))
    if (follower !== undefined) {
      answered.add(edit)
      answered.add(follower)
      const finding = findingAt(own.now, [edit, follower], 'newSpan')
      if (finding !== undefined) changes.push(disagreeing(edit, follower, finding))
      continue
    }
    const change = unfollowed(edit, counterpart, old, now, own)
    if (change !== undefined) changes.push(change)
  }
  return changes
}

/** An edit whose counterpart in the other version stayed as it was. */
function unfollowed(edit: PlacedEdit, counterpart: Span[], old: Draft, now: Draft, own: OwnFindings): DraftChange | undefined {
  const oldText = edit.oldBlock.text.slice(edit.edit.old.start, edit.edit.old.end)
  const newText = edit.newBlock.text.slice(edit.edit.new.start, edit.edit.new.end)
  // Case, punctuation and spacing: the other version has its own.
  if (lowerWords(oldText).join(' ') === lowerWords(newText).join(' ')) return undefined
  const other = otherLang(edit.lang)
  const sentence = joinSpans(counterpart)
  const oldSentence = sentence === null ? null : sameTextIn(old, now, sentence, other)
  // A number the edit changed, found once in the other version's sentence: the exact place that did not follow.
  const value = sentence === null ? undefined : soleNumber(oldText, sentence.text)
  const newOther = sentence !== null && value !== undefined ? (part(now, sentence, value.start, value.end) ?? sentence) : sentence
  const oldOther = oldSentence !== null && value !== undefined ? (part(old, oldSentence, value.start, value.end) ?? oldSentence) : oldSentence
  const nowSays = findingAt(own.now, [edit], 'newSpan')
  const thenSaid = findingAt(own.old, [edit], 'oldSpan')
  const otherText = sentence === null ? '' : short(sentence.text)
  const messageId =
    thenSaid !== undefined && nowSays === undefined ? 'nowAgrees' : oldText === '' ? 'addedWords' : newText === '' ? 'droppedWords' : 'changedWords'
  let severity: Severity = /\p{N}/u.test(oldText + newText) ? 'error' : 'warning'
  let confidence = severity === 'error' ? 0.85 : 0.7
  if (messageId === 'nowAgrees') {
    severity = 'info'
    confidence = 0.5
  } else if (nowSays !== undefined) {
    severity = nowSays.severity === 'error' ? 'error' : severity
    confidence = Math.max(confidence, nowSays.confidence)
  }
  const data = {changedLang: edit.lang, otherLang: other, oldText: short(oldText), newText: short(newText), otherText}
  return {
    kind: 'edited-one-version',
    lang: edit.lang,
    severity,
    confidence,
    messageId: newOther === null ? `${messageId}Unpaired` : messageId,
    data,
    message: fillCompareMessage(newOther === null ? `${messageId}Unpaired` : messageId, data),
    old: byLang(edit.lang, edit.oldSpan, oldOther),
    new: byLang(edit.lang, edit.newSpan, newOther),
    context: noContext(),
    ...(nowSays === undefined ? {} : {finding: nowSays}),
  }
}

function disagreeing(edit: PlacedEdit, follower: PlacedEdit, finding: Finding): DraftChange {
  const [en, fr] = edit.lang === 'en' ? [edit, follower] : [follower, edit]
  const [enOld, enNew] = shownEdit(en)
  const [frOld, frNew] = shownEdit(fr)
  const data = {
    enOld,
    enNew,
    frOld,
    frNew,
    finding: finding.message,
  }
  return {
    kind: 'edits-disagree',
    lang: edit.lang,
    severity: finding.severity === 'info' ? 'warning' : finding.severity,
    confidence: finding.confidence,
    messageId: 'editsDisagree',
    data,
    message: fillCompareMessage('editsDisagree', data),
    old: {en: en.oldSpan, fr: fr.oldSpan},
    new: {en: en.newSpan, fr: fr.newSpan},
    context: noContext(),
    finding,
  }
}

/**
 * An edit's old and new words as a message shows them: an insertion or a removal with the word before it (the
 * same in both drafts), so that neither side is empty ("to" → "to any").
 */
function shownEdit(edit: PlacedEdit): [string, string] {
  const {old, new: now} = edit.edit
  if (old.end > old.start && now.end > now.start)
    return [short(edit.oldBlock.text.slice(old.start, old.end)), short(edit.newBlock.text.slice(now.start, now.end))]
  // The word before, in each draft's text (the spaces around an edit may differ).
  const back = (text: string, at: number) => {
    let start = at
    while (start > 0 && !wordCharacter.test(text[start - 1] ?? '')) start--
    while (start > 0 && wordCharacter.test(text[start - 1] ?? '')) start--
    return at - start
  }
  return [
    short(edit.oldBlock.text.slice(old.start - back(edit.oldBlock.text, old.start), old.end)),
    short(edit.newBlock.text.slice(now.start - back(edit.newBlock.text, now.start), now.end)),
  ]
}

function addedChange(pair: BlockPair, lang: Lang, added: Block[], old: Draft, now: Draft, fates: Fates): DraftChange {
  const other = otherLang(lang)
  const first = added[0] as Block
  const last = added.at(-1) as Block
  const newSpan = joinSpans(first === last ? [spanIn(now, first)] : [spanIn(now, first), spanIn(now, last)]) as Span
  const newOther = joinSpans(blocksOf(pair, other, now).map((block) => spanIn(now, block)))
  const oldOther = joinSpans(
    blocksOf(pair, other, now).flatMap((block) => {
      const fate = fates[other].new[now.index[other].get(block) ?? -1]
      const oldBlock = fate === undefined || fate.kind === 'gone' ? undefined : old.sequence[other][fate.other]
      return oldBlock === undefined ? [] : [spanIn(old, oldBlock)]
    }),
  )
  const data = {changedLang: lang, otherLang: other, text: short(newSpan.text), blocks: added.length}
  const messageId = newOther === null ? 'addedParagraph' : 'addedParagraphBeside'
  return {
    kind: 'added-one-version',
    lang,
    severity: 'warning',
    confidence: 0.75,
    messageId,
    data: newOther === null ? data : {...data, otherText: short(newOther.text)},
    message: fillCompareMessage(messageId, newOther === null ? data : {...data, otherText: short(newOther.text)}),
    old: byLang(lang, null, oldOther),
    new: byLang(lang, newSpan, newOther),
    context: noContext(),
  }
}

function removedChange(block: Block, lang: Lang, old: Draft, now: Draft, fates: Fates): DraftChange | undefined {
  const other = otherLang(lang)
  const pair = old.pairOf.get(block.id)
  if (pair === undefined) return undefined
  // Its counterpart in the other version: still in the new draft? (Removed from both, or never paired: no divergence.)
  const kept = blocksOf(pair, other, old).flatMap((oldBlock) => {
    const fate: BlockFate | undefined = fates[other].old[old.index[other].get(oldBlock) ?? -1]
    const newBlock = fate === undefined || fate.kind === 'gone' ? undefined : now.sequence[other][fate.other]
    return newBlock === undefined ? [] : [{oldBlock, newBlock}]
  })
  if (kept.length === 0) return undefined
  const oldSpan = spanIn(old, block)
  const oldOther = joinSpans(kept.map(({oldBlock}) => spanIn(old, oldBlock)))
  const newOther = joinSpans(kept.map(({newBlock}) => spanIn(now, newBlock)))
  const data = {changedLang: lang, otherLang: other, text: short(block.text), otherText: short(newOther?.text ?? '')}
  return {
    kind: 'removed-one-version',
    lang,
    severity: 'warning',
    confidence: 0.75,
    messageId: 'removedParagraph',
    data,
    message: fillCompareMessage('removedParagraph', data),
    old: byLang(lang, oldSpan, oldOther),
    new: byLang(lang, null, newOther),
    context: noContext(),
  }
}

/** The other version's sentences paired with a span of this one in a pair of the new draft (its whole side if none). */
function counterpartSpans(pair: BlockPair, lang: Lang, span: Span, now: Draft): Span[] {
  const other = otherLang(lang)
  const beads = pair.sentences.filter((bead) => bead[lang].some((sentence) => spansOverlap(sentence, span) || touches(sentence, span)))
  const spans = beads.flatMap((bead) => bead[other])
  return spans.length > 0 ? spans : blocksOf(pair, other, now).map((block) => spanIn(now, block))
}

/**
 * What each draft's check found that the other's did not (by rule and message): in the new draft, what the edits
 * brought; in the old, what they took away. A divergence both drafts have, near an edit, is not the edit's doing.
 */
interface OwnFindings {
  old: readonly Finding[]
  now: readonly Finding[]
}

function ownFindings(old: Draft, now: Draft): OwnFindings {
  const key = (finding: Finding) => `${finding.rule}\u0000${finding.message}`
  const onlyIn = (draft: Draft, other: Draft) => {
    const known = new Set(other.analysis.report.findings.map(key))
    return draft.analysis.report.findings.filter((finding) => !known.has(key(finding)))
  }
  return {old: onlyIn(old, now), now: onlyIn(now, old)}
}

/** The finding of a check at one of the edits' places (on the edit's own side), among those that say the versions disagree. */
function findingAt(findings: readonly Finding[], edits: readonly PlacedEdit[], side: 'oldSpan' | 'newSpan'): Finding | undefined {
  return findings.find(
    (finding) =>
      disagreement.has(finding.category) && edits.some((edit) => finding[edit.lang] !== null && spansOverlap(finding[edit.lang] as Span, edit[side])),
  )
}

/** Where a number of the old text stands, alone of its value, in a sentence of the other version. */
function soleNumber(oldText: string, sentence: string): {start: number; end: number} | undefined {
  const numbers = oldText.match(numberPattern) ?? []
  if (numbers.length !== 1) return undefined
  // "1,5" and "1.5" are one value written two ways.
  const value = (numbers[0] as string).replace(/[.,]/g, '.')
  const places = [...sentence.matchAll(numberPattern)].filter((match) => match[0].replace(/[.,]/g, '.') === value)
  const [place, ...others] = places
  return place === undefined || others.length > 0 ? undefined : {start: place.index, end: place.index + place[0].length}
}

/** A letter or a digit (one UTF-16 unit: enough to find where a word starts). */
const wordCharacter = /[\p{L}\p{N}]/u

/** A number as written: digits, with decimal or thousands separators between them. */
const numberPattern = /\p{N}+(?:[.,]\p{N}+)*/gu

function byLang(lang: Lang, mine: Span | null, theirs: Span | null): {en: Span | null; fr: Span | null} {
  return lang === 'en' ? {en: mine, fr: theirs} : {en: theirs, fr: mine}
}

/** Filled in once the change is made (`contextOf`). */
function noContext(): DraftChange['context'] {
  return {old: {en: null, fr: null}, new: {en: null, fr: null}}
}

function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en'
}

/** A text as a message quotes it: one line, cut at 80 characters. */
function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 77).trimEnd()}…` : line
}

/** New-draft order: by the place in the new draft (English first), else the old. */
function placeOf(change: DraftChange): number {
  const span = change.new.en ?? change.new.fr ?? change.old.en ?? change.old.fr
  if (span === null) return -1
  const inOld = change.new.en === null && change.new.fr === null ? 2 ** 41 : 0
  return inOld + span.source * 2 ** 40 + span.position.start.offset
}

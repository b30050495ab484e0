import {diffWordsWithSpace} from 'diff'

/** One edit between an old and a new text: the ranges `[start, end)` it replaces in each (one may be empty). */
export interface TextEdit {
  old: {start: number; end: number}
  new: {start: number; end: number}
}

/** Unchanged words between two edits that still make them one edit ("30 days" → "45 business days"). */
const joiningWords = 2

/**
 * The edits that turn one text into another, word by word (`diff`'s word diff, spaces kept so that offsets add
 * up), with edits separated by a word or two joined into one, as a reader sees them.
 */
export function textEdits(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = []
  let oldAt = 0
  let newAt = 0
  let gap: {old: number; new: number; words: number} | undefined
  for (const part of diffWordsWithSpace(before, after)) {
    const length = part.value.length
    if (!part.added && !part.removed) {
      gap = {old: oldAt, new: newAt, words: (part.value.match(/[\p{L}\p{N}]+/gu) ?? []).length}
      oldAt += length
      newAt += length
      continue
    }
    const last = edits.at(-1)
    const joins = last !== undefined && (gap === undefined || (gap.words <= joiningWords && last.old.end === gap.old && last.new.end === gap.new))
    const edit = joins && last !== undefined ? last : {old: {start: oldAt, end: oldAt}, new: {start: newAt, end: newAt}}
    if (part.removed) oldAt += length
    else newAt += length
    edit.old.end = oldAt
    edit.new.end = newAt
    if (edit !== last) edits.push(edit)
    gap = undefined
  }
  return edits.map(trim(before, after)).filter((edit) => edit.old.end > edit.old.start || edit.new.end > edit.new.start)
}

/** An edit without the spaces at its ends, which a reader does not count as changed. */
function trim(before: string, after: string): (edit: TextEdit) => TextEdit {
  const inner = (text: string, range: {start: number; end: number}) => {
    let {start, end} = range
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    return {start, end}
  }
  return (edit) => ({old: inner(before, edit.old), new: inner(after, edit.new)})
}

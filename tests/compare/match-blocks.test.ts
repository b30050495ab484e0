import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {textEdits} from '../../src/compare/edits.js'
import {matchBlocks} from '../../src/compare/match-blocks.js'

const paragraph = fc
  .array(fc.constantFrom('the', 'office', 'will', 'close', 'on', 'Monday', '30', 'days', 'le', 'bureau', 'fermera', 'lundi'), {minLength: 1, maxLength: 12})
  .map((words) => words.join(' '))

describe('matchBlocks', () => {
  it('matches equal paragraphs, an edited one with its new text, and leaves the removed and the added', () => {
    const fates = matchBlocks(
      ['The office will close on Monday.', 'Applications are due in 30 days.', 'Staff will work from home.'],
      ['The office will close on Monday.', 'Applications are due in 45 days.', 'Parking stays open.', 'Staff will work from home.'],
    )
    expect(fates.old).toEqual([
      {kind: 'same', other: 0},
      {kind: 'changed', other: 1},
      {kind: 'same', other: 3},
    ])
    expect(fates.new[2]).toEqual({kind: 'gone'})
  })

  it('takes one paragraph replaced by one between unchanged neighbours for that paragraph edited, however short', () => {
    expect(matchBlocks(['Limits', '50', 'Per day'], ['Limits', '57', 'Per day']).old[1]).toEqual({kind: 'changed', other: 1})
  })

  it('gives a one-to-one, order-keeping matching whose same blocks have the same text, for any drafts', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {maxLength: 12}), fc.array(paragraph, {maxLength: 12}), (before, after) => {
        const fates = matchBlocks(before, after)
        let last = -1
        fates.old.forEach((fate, index) => {
          if (fate.kind === 'gone') return
          expect(fates.new[fate.other]).toEqual({kind: fate.kind, other: index})
          expect(fate.other).toBeGreaterThan(last)
          last = fate.other
          if (fate.kind === 'same') expect(after[fate.other]).toBe(before[index])
        })
      }),
    )
  })

  it('stays linear on a draft rewritten throughout, matching each paragraph at its place', () => {
    const before = Array.from({length: 400}, (_, index) => `Paragraph ${index} says the office will close on Monday.`)
    const after = before.map((text) => text.replace('Monday', 'Tuesday'))
    const fates = matchBlocks(before, after)
    expect(fates.old.every((fate, index) => fate.kind === 'changed' && fate.other === index)).toBe(true)
  })
})

describe('textEdits', () => {
  it('joins edits a word apart and trims the spaces at their ends', () => {
    const before = 'Apply within 30 days of the notice.'
    const after = 'Apply within 45 business days of the notice.'
    expect(textEdits(before, after).map((edit) => [before.slice(edit.old.start, edit.old.end), after.slice(edit.new.start, edit.new.end)])).toEqual([
      ['30', '45 business'],
    ])
  })

  it('gives edits that rebuild the new text from the old, in order, for any texts', () => {
    fc.assert(
      fc.property(paragraph, paragraph, (before, after) => {
        let rebuilt = ''
        let at = 0
        let lastNew = 0
        for (const edit of textEdits(before, after)) {
          expect(edit.old.start).toBeGreaterThanOrEqual(at)
          expect(edit.new.start).toBeGreaterThanOrEqual(lastNew)
          rebuilt += `${before.slice(at, edit.old.start)} ${after.slice(edit.new.start, edit.new.end)} `
          at = edit.old.end
          lastNew = edit.new.end
        }
        rebuilt += before.slice(at)
        // Spaces aside (an edit is trimmed of its own, so words go back in with a space around them), the edits turn the
        // old text into the new.
        expect(rebuilt.replace(/\s+/g, ' ').trim()).toBe(after.replace(/\s+/g, ' ').trim())
      }),
    )
  })
})

// A toy reader, in one file as a third party would write it: `.strings` resource files with `[en]` and `[fr]`
// sections of `key = value` lines. Each value is a paragraph; its place is its `section.key`.
import {lineColumn, type BlockDraft, type Reader} from '../../src/index.js'

const entry = /^([A-Za-z][\w.-]*)[ \t]*=[ \t]*(.*\S)[ \t]*$/

export const stringsReader: Reader = {
  id: 'strings',
  name: 'string resources',
  extensions: ['strings'],
  sniff: (head) => /^\s*\[(?:en|fr)\]\s*$/m.test(head) && /^\s*\w[\w.-]*\s*=/m.test(head),
  input: 'text',
  read({source}) {
    const blocks: BlockDraft[] = []
    let offset = 0
    for (const line of source.text.split('\n')) {
      const match = entry.exec(line.replace(/\r$/, ''))
      if (match !== null) {
        const value = match[2] as string
        const start = offset + line.indexOf(value, (match[1] as string).length)
        const end = start + value.length
        blocks.push({
          source: source.index,
          kind: 'paragraph',
          text: value,
          marks: [],
          position: {start: source.pointAt(start), end: source.pointAt(end)},
          prose: true,
          map: [{text: 0, source: start, textLength: value.length, sourceLength: value.length}],
        })
      }
      offset += line.length + 1
    }
    return {blocks}
  },
  place(source, start, end) {
    const lines = source.text.split('\n')
    let section = ''
    for (let k = 0; k < start.line; k++) section = /^\s*\[(\w+)\]/.exec(lines[k] ?? '')?.[1] ?? section
    const key = entry.exec(lines[start.line - 1] ?? '')?.[1]
    return key === undefined ? lineColumn(source, start, end) : `${section}.${key}`
  },
}

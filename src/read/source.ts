import {location} from 'vfile-location'
import type {Point, Source} from '../types.js'
import type {Reader} from './reader.js'

/** Wraps a text as a `Source`, with an index to turn offsets into lines and columns, and the reader's places. */
export function createSource(input: {path: string; text: string}, index: number, reader: Pick<Reader, 'id' | 'place'>): Source {
  const lines = location(input.text)
  const end = input.text.length
  const source: Source = {
    index,
    path: input.path,
    text: input.text,
    format: reader.id,
    pointAt(offset: number): Point {
      const clamped = Math.min(Math.max(0, offset), end)
      const point = lines.toPoint(clamped)
      if (point?.line !== undefined && point.column !== undefined) {
        return {line: point.line, column: point.column, offset: clamped}
      }
      // Unreachable for a clamped offset; kept so that a Point is always whole.
      return {line: 1, column: 1, offset: clamped}
    },
    place: (start, finish) => reader.place(source, source.pointAt(start), source.pointAt(finish)),
  }
  return source
}

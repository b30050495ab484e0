import {location} from 'vfile-location'
import type {InputFormat, Point, Source, SourceInput} from '../types.js'

/** Wraps an input as a `Source`, with an index to turn offsets into lines and columns. */
export function createSource(input: SourceInput, index: number): Source {
  const format = input.format ?? formatFromPath(input.path)
  const lines = location(input.text)
  const end = input.text.length
  return {
    index,
    path: input.path,
    text: input.text,
    format,
    pointAt(offset: number): Point {
      const clamped = Math.min(Math.max(0, offset), end)
      const point = lines.toPoint(clamped)
      if (point?.line !== undefined && point.column !== undefined) {
        return {line: point.line, column: point.column, offset: clamped}
      }
      // Unreachable for a clamped offset; kept so that a Point is always whole.
      return {line: 1, column: 1, offset: clamped}
    },
  }
}

/** `.txt` and `.text` files are plain text; everything else is read as Markdown. */
export function formatFromPath(path: string): InputFormat {
  return /\.(?:txt|text)$/i.test(path) ? 'text' : 'markdown'
}

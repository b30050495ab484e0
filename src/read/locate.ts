import type {Block, MapSegment, Position, Source, Span} from '../types.js'

/**
 * Maps the range `[start, end)` of a block's plain text to the exact range of
 * source it came from, as offsets. Markup around and inside the range is
 * handled by the block's map: `Criminal` in `*Criminal Code*` maps to the
 * word itself, not to the asterisk. Out-of-range values are clamped.
 */
export function sourceOffsets(block: Block, start: number, end: number): {start: number; end: number} {
  const length = block.text.length
  const from = clamp(Math.min(start, end), 0, length)
  const to = clamp(Math.max(start, end), 0, length)
  if (block.map.length === 0) {
    return {start: block.position.start.offset, end: block.position.end.offset}
  }
  const startOffset = offsetBefore(block.map, from)
  if (to === from) return {start: startOffset, end: startOffset}
  const endOffset = offsetAfter(block.map, to - 1)
  return {start: startOffset, end: Math.max(startOffset, endOffset)}
}

/** The source `Position` of the range `[start, end)` of a block's plain text. */
export function sourcePosition(source: Source, block: Block, start: number, end: number): Position {
  const offsets = sourceOffsets(block, start, end)
  return {start: source.pointAt(offsets.start), end: source.pointAt(offsets.end)}
}

/** A span over the range `[start, end)` of a block's plain text, ready for a finding. */
export function spanOf(source: Source, block: Block, start = 0, end = block.text.length): Span {
  const from = clamp(Math.min(start, end), 0, block.text.length)
  const to = clamp(Math.max(start, end), 0, block.text.length)
  return {source: block.source, text: block.text.slice(from, to), position: sourcePosition(source, block, from, to)}
}

/** Source offset where the text character at `index` starts (or where the text ends). */
function offsetBefore(map: MapSegment[], index: number): number {
  const segment = segmentAt(map, index)
  if (index >= segment.text + segment.textLength) return segment.source + segment.sourceLength
  return isVerbatim(segment) ? segment.source + (index - segment.text) : segment.source
}

/** Source offset just after the text character at `index`. */
function offsetAfter(map: MapSegment[], index: number): number {
  const segment = segmentAt(map, index)
  return isVerbatim(segment) ? segment.source + (index - segment.text) + 1 : segment.source + segment.sourceLength
}

function isVerbatim(segment: MapSegment): boolean {
  return segment.textLength === segment.sourceLength
}

/** The last segment starting at or before `index` of the text. */
function segmentAt(map: MapSegment[], index: number): MapSegment {
  return lastSegmentBy(map, 'text', index)
}

/** The last segment whose `field` is at most `value` (binary search: maps are sorted on both fields, and long). */
function lastSegmentBy(map: MapSegment[], field: 'text' | 'source', value: number): MapSegment {
  let low = 0
  let high = map.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((map[middle] as MapSegment)[field] <= value) low = middle
    else high = middle - 1
  }
  return map[low] as MapSegment
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/**
 * The plain-text offset of a block at a source offset: the inverse of
 * `sourceOffsets` (a source offset inside markup maps to the next character).
 */
export function textOffset(block: Block, sourceOffset: number): number {
  if (block.map.length === 0) return 0
  const segment = lastSegmentBy(block.map, 'source', sourceOffset)
  if (sourceOffset < segment.source) return segment.text
  if (sourceOffset >= segment.source + segment.sourceLength) return segment.text + segment.textLength
  return isVerbatim(segment) ? segment.text + (sourceOffset - segment.source) : segment.text
}

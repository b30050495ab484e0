import type {ReportSource, Span} from '../../types.js'
import type {SarifLocation, SarifRegion} from './types.js'

/** How spans of the report's sources are written as SARIF locations. */
export interface LocationContext {
  sources: readonly ReportSource[]
  /** The URI of each source, by index. */
  uris: readonly string[]
  /** Formats whose positions are into pareil's plain rendering of the document, not into the file (Word, PDF). */
  renderedFormats: ReadonlySet<string>
}

/** Whether a span's line and column are the file's own, so that a SARIF region over the file is true. */
export function inFile(span: Span, context: LocationContext): boolean {
  const source = context.sources[span.source]
  return source !== undefined && !context.renderedFormats.has(source.format)
}

/**
 * A span as a SARIF location. In a text file: a region with lines, UTF-16 columns and offsets, and the text as its
 * snippet when it is the file's text verbatim. In a Word or PDF file, whose positions are into pareil's rendering:
 * the file alone, with the place in the format's terms as a logical location (a region would point into bytes that
 * hold no such line).
 */
export function spanLocation(span: Span, context: LocationContext): SarifLocation {
  const artifactLocation = {uri: context.uris[span.source] ?? '', index: span.source}
  if (!inFile(span, context)) {
    const location: SarifLocation = {physicalLocation: {artifactLocation}}
    if (span.place !== undefined) location.logicalLocations = [{name: span.place}]
    return location
  }
  return {physicalLocation: {artifactLocation, region: spanRegion(span)}}
}

function spanRegion(span: Span): SarifRegion {
  const {start, end} = span.position
  // unist and SARIF agree: lines and columns 1-based, the end column is the one after the last character.
  const region: SarifRegion = {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
  }
  // A span's text is plain text: it is the file's own only where no markup, escape or line break sits inside.
  if (span.text !== '' && start.line === end.line && span.text.length === region.charLength) region.snippet = {text: span.text}
  return region
}

/** Where a finding with no span is shown: the first source, at its first line if it is a text file (GitHub wants a location). */
export function documentLocation(context: LocationContext): SarifLocation {
  const location: SarifLocation = {
    physicalLocation: {artifactLocation: {uri: context.uris[0] ?? '', index: 0}},
    message: {text: 'the document as a whole'},
  }
  const first = context.sources[0]
  if (first !== undefined && !context.renderedFormats.has(first.format)) location.physicalLocation.region = {startLine: 1}
  return location
}

/** A span's place for people: the format's own terms where it has them, else line and column. */
export function placeText(span: Span, context: LocationContext): string {
  if (span.place !== undefined) return span.place
  const {line, column} = span.position.start
  return inFile(span, context) ? `line ${line}, column ${column}` : `line ${line}, column ${column} of pareil's rendering`
}

import type {ReportSource} from '../../types.js'
import type {SarifArtifact} from './types.js'

/** The media types of the formats pareil reads, by reader id. */
const mediaTypes: Readonly<Record<string, string>> = {
  markdown: 'text/markdown',
  text: 'text/plain',
  html: 'text/html',
  xliff: 'application/xliff+xml',
  tmx: 'application/x-tmx+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
}

/** The sources as SARIF artifacts, in the report's order: a result's `artifactLocation.index` is its span's `source`. */
export function sarifArtifacts(sources: readonly ReportSource[]): SarifArtifact[] {
  return sources.map((source) => {
    const mimeType = mediaTypes[source.format]
    const artifact: SarifArtifact = {location: {uri: pathUri(source.path)}, properties: {format: source.format}}
    if (mimeType !== undefined) artifact.mimeType = mimeType
    return artifact
  })
}

/**
 * A path as a URI reference: a relative path stays relative (GitHub code scanning wants paths relative to the
 * repository root, so run pareil from there), an absolute one becomes a `file:` URI. Segments are percent-encoded
 * ("lettre ministérielle.md" → "lettre%20minist%C3%A9rielle.md") and Windows separators become slashes.
 */
export function pathUri(path: string): string {
  const slashed = path.replaceAll('\\', '/')
  const encoded = (segments: string) => segments.split('/').map(encodeURIComponent).join('/')
  const drive = /^([A-Za-z]):\//.exec(slashed)
  if (drive !== null) return `file:///${drive[1]}:/${encoded(slashed.slice(3))}`
  if (slashed.startsWith('/')) return `file://${encoded(slashed)}`
  return encoded(slashed.replace(/^(?:\.\/)+/, ''))
}

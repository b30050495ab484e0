/**
 * A PDF's text layer as the extraction worker gives it: for each page, its size
 * and its pieces of text where they are drawn. Coordinates are in points, with
 * the origin at the page's top-left corner (the page's rotation applied), so
 * that `y` grows down the page as lines are read.
 */
export interface TextLayer {
  pages: TextPage[]
  /** The document's fonts by the id its items name: what their names say of weight and slant. */
  fonts: Record<string, FontInfo>
}

export interface TextPage {
  /** 1-based page number. */
  number: number
  width: number
  height: number
  items: TextItem[]
  /** Set when the page could not be read (damaged content): it has no items. */
  unreadable?: true
}

/** One run of text drawn with one font, as pdf.js reports it. */
export interface TextItem {
  text: string
  /** Left edge. */
  x: number
  /** The baseline, from the top of the page. */
  y: number
  /** Advance width of the whole run. */
  width: number
  /** Font size (the height of an em). */
  size: number
  /** Font id, a key of `TextLayer.fonts`. */
  font: string
  /** Text drawn at an angle (a vertical margin note, a rotated stamp): not read into lines. */
  rotated?: true
}

/** A font as the PDF names it. */
export interface FontInfo {
  /** The PostScript name without its subset prefix: `DejaVuSerif-Bold`, `TimesNewRomanPS-ItalicMT`. */
  name: string
}

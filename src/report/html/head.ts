import {escapeHtml} from './escape.js'

/** What a self-contained page says of itself before its body. */
export interface PageHead {
  /** The page's language (`en`, `fr-CA`). */
  lang: string
  /** What the page may load and run: nothing from outside, by its Content-Security-Policy. */
  contentSecurityPolicy: string
  /** The tool and version that made it. */
  generator: string
  title: string
  /** The page's whole style sheet, inline. */
  style: string
}

/** The opening of a self-contained page, up to and including `<body>`: the reports' pages share it. */
export function pageOpening(head: PageHead): string[] {
  return [
    '<!DOCTYPE html>',
    `<html lang="${head.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${head.contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(head.generator)}">`,
    `<title>${escapeHtml(head.title)}</title>`,
    `<style>${head.style}</style>`,
    '</head>',
    '<body>',
  ]
}

import type {Formatter} from './formatter.js'

/**
 * Beads in the format vecalign and bertalign print, one per line, English
 * first, 0-based: `[0]:[0]`, `[1, 2]:[1]`, `[]:[3]`.
 */
export function formatBeads(beads: ReadonlyArray<{en: readonly number[]; fr: readonly number[]}>): string {
  return beads.map((bead) => `[${bead.en.join(', ')}]:[${bead.fr.join(', ')}]\n`).join('')
}

/** `--format beads`: an alignment as vecalign and bertalign print it. */
export const beadsFormatter: Formatter = {
  id: 'beads',
  description: 'aligned segments as vecalign and bertalign print them: [0]:[0], [1, 2]:[1]',
  align: (report) => formatBeads(report.beads),
}

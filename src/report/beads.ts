/**
 * Beads in the format vecalign and bertalign print, one per line, English
 * first, 0-based: `[0]:[0]`, `[1, 2]:[1]`, `[]:[3]`.
 */
export function formatBeads(beads: ReadonlyArray<{en: readonly number[]; fr: readonly number[]}>): string {
  return beads.map((bead) => `[${bead.en.join(', ')}]:[${bead.fr.join(', ')}]\n`).join('')
}

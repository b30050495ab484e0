// npm run bench: runs every benchmark in this folder and prints its figures.
// Figures are ratios and scaling curves, not absolute promises: machines differ.
import {readdirSync} from 'node:fs'

const here = new URL('.', import.meta.url)
for (const name of readdirSync(here).filter((file) => file.endsWith('.bench.js')).sort()) {
  console.log(`\n# ${name}`)
  await import(new URL(name, here).href)
}

// npm run bench: runs every benchmark in this folder, each in a process of its own (so that one-time costs such as
// parsing the lexicon are measured where they occur, and memory figures are not shared), and prints its figures.
// Figures are ratios and scaling curves, not absolute promises: machines differ.
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const here = new URL('.', import.meta.url)
let failed = false
for (const name of readdirSync(here)
  .filter((file) => file.endsWith('.bench.js'))
  .sort()) {
  console.log(`\n# ${name}`)
  const result = spawnSync(process.execPath, [fileURLToPath(new URL(name, here))], {stdio: 'inherit'})
  if (result.status !== 0) failed = true
}
process.exitCode = failed ? 1 : 0

#!/usr/bin/env node
// Writes the JSON reports (`pareil check` and `pareil detect`, run as the user runs them) of every fixture, of the
// seed letter and of ../shared/corpus/files/ into a folder, or compares them with a folder written before: the proof
// that a refactoring left behaviour unchanged.
//
//   node scripts/report-snapshots.mjs save DIR
//   node scripts/report-snapshots.mjs compare DIR [--ignore KEY ...]   (top-level report keys added on purpose)
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/bin/pareil.js')
const [mode, folder, ...rest] = process.argv.slice(2)
if ((mode !== 'save' && mode !== 'compare') || folder === undefined) {
  console.error('usage: node scripts/report-snapshots.mjs save|compare DIR [--ignore KEY ...]')
  process.exit(2)
}
const ignored = new Set(rest.filter((_, k) => rest[k - 1] === '--ignore'))

/** The inputs: one file, or an English and a French file. */
function inputs() {
  const list = []
  const fixtures = join(root, 'fixtures')
  for (const file of ['ministerial-letter-2021.md', 'briefing-note-ocse.md']) list.push([join(fixtures, file)])
  const layouts = join(fixtures, 'layouts')
  for (const file of readdirSync(layouts).sort()) {
    if (file.endsWith('.json') || file.startsWith('separate-')) continue
    list.push([join(layouts, file)])
  }
  list.push([join(layouts, 'separate-en.md'), join(layouts, 'separate-fr.md')])
  const corpus = join(root, '../shared/corpus/files')
  if (existsSync(corpus)) for (const file of readdirSync(corpus).sort()) list.push([join(corpus, file)])
  else console.error('note: ../shared/corpus/files is not here; fixtures only')
  return list
}

function run(args) {
  try {
    return execFileSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    // A refusal (exit 2) is behaviour too: keep its message.
    return `exit ${error.status}\n${error.stderr}`
  }
}

function normalise(output) {
  try {
    const report = JSON.parse(output)
    for (const key of ignored) delete report[key]
    return `${JSON.stringify(report, null, 2)}\n`
  } catch {
    return output
  }
}

if (mode === 'save') mkdirSync(folder, {recursive: true})
let same = 0
const differ = []
for (const files of inputs()) {
  for (const command of ['check', 'detect']) {
    const name = `${command}--${files.map((file) => basename(file)).join('+')}.json`
    const output = normalise(run([command, ...files, '--format', 'json', ...(command === 'check' ? ['--fail-on', 'never'] : [])]))
    if (mode === 'save') writeFileSync(join(folder, name), output)
    else if (normalise(readFileSync(join(folder, name), 'utf8')) === output) same++
    else differ.push(name)
  }
}
if (mode === 'compare') {
  console.log(`${same} reports unchanged, ${differ.length} changed`)
  for (const name of differ) console.log(`  changed: ${name}`)
  process.exit(differ.length === 0 ? 0 : 1)
}

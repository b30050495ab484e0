// Runs the built package (dist/, made by `npm test` before vitest) as users and scripts do.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {fixturePath, root, schemaErrors} from '../helpers.js'

const bin = join(root, 'dist', 'bin', 'pareil.js')
const letter = fixturePath('ministerial-letter-2021.md')
const dir = mkdtempSync(join(tmpdir(), 'pareil-built-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function pareil(...args: string[]) {
  // English whatever the machine's locale: LANG=fr_CA would make pareil speak French.
  return spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8', env: {...process.env, LC_ALL: 'en_CA.UTF-8'}})
}

/** The files a module imports by relative path, and theirs, as Node would load them. */
function localModules(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b.*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']/gm)) {
    localModules(join(dirname(file), specifier ?? ''), seen)
  }
  return seen
}

describe('the built CLI', () => {
  it('is the package bin, with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}
    expect(join(root, pkg.bin['pareil'] ?? '')).toBe(bin)
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('prints a clean JSON report on stdout', () => {
    const result = pareil('check', letter, '--format', 'json')
    expect(result.status).toBe(0) // the letter's three divergences are warnings
    expect(result.stderr).toBe('')
    expect(schemaErrors(JSON.parse(result.stdout))).toBe('')
  })

  it('reports an input error in one line, without a stack trace', () => {
    const result = pareil('check', join(dir, 'nope.md'))
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(`pareil: ${join(dir, 'nope.md')}: no such file\n`)
  })

  it('is a bundle: it loads a handful of modules, not the ~440 of dist/cli/', () => {
    expect(localModules(bin).size).toBeLessThanOrEqual(3)
  })

  it('finds the PDF worker beside the bundle', () => {
    const result = pareil('check', fixturePath('formats/letter.pdf'), '--format', 'json', '--fail-on', 'never')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(schemaErrors(JSON.parse(result.stdout))).toBe('')
  })

  it('finds the batch worker beside the bundle', () => {
    const folder = join(dir, 'batch')
    mkdirSync(folder)
    copyFileSync(letter, join(folder, 'letter.md'))
    copyFileSync(fixturePath('briefing-note-ocse.md'), join(folder, 'note.md'))
    const result = pareil('check', folder, '--format', 'jsonl', '--jobs', '2', '--fail-on', 'never')
    expect(result.status).toBe(0)
    const documents = new Set(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as {document: string}).document),
    )
    expect([...documents].sort()).toEqual(['letter.md', 'note.md'])
  })

  it('stops quietly when its reader closes the pipe early', () => {
    // Large enough that the report overflows the pipe buffer after `head` has gone.
    const long = join(dir, 'long.md')
    writeFileSync(long, readFileSync(letter, 'utf8').repeat(20))
    const command = `"${process.execPath}" "${bin}" check "${long}" --format json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`
    const result = spawnSync('bash', ['-c', command], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('0\n')
  })
})

describe('importing pareil', () => {
  it.each(['index.js', 'node.js'])('dist/%s prints nothing and leaves process.env unchanged, even beside a .env file', (entry) => {
    writeFileSync(join(dir, '.env'), 'PAREIL_LEAK=from-dotenv\n')
    const url = pathToFileURL(join(root, 'dist', entry)).href
    const script = `
      const before = JSON.stringify(process.env)
      const api = await import(${JSON.stringify(url)})
      const after = JSON.stringify(process.env)
      process.stderr.write(JSON.stringify({same: before === after, exports: Object.keys(api).length}))
    `
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    const seen = JSON.parse(result.stderr) as {same: boolean; exports: number}
    expect(seen.same).toBe(true)
    expect(seen.exports).toBeGreaterThan(0)
  })
})

import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCliAsync} from '../helpers.js'

const english = (count: number) => `# Annual report\n\nThe department received ${count} applications in 2023.\n\nIt will publish the results in the spring.\n`
const french = (count: number) => `# Rapport annuel\n\nLe ministère a reçu ${count} demandes en 2023.\n\nIl publiera les résultats au printemps.\n`

let folder: string
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'pareil-batch-'))
  const write = (path: string, text: string | Uint8Array) => {
    mkdirSync(join(folder, path, '..'), {recursive: true})
    writeFileSync(join(folder, path), text)
  }
  write('report-en.md', english(42))
  write('report-fr.md', french(41)) // a changed number: one finding
  write('notice_e.md', english(7))
  write('notice_f.md', french(7))
  write('en/guide.md', english(3))
  write('fr/guide.md', french(3))
  write('letter.md', `${english(5)}\n${french(5)}`) // one bilingual file
  write('lonely-en.md', english(9)) // no French counterpart
  write('broken-en.md', english(1))
  write('broken-fr.md', new Uint8Array([0, 1, 2, 0, 0, 255])) // cannot be read: the batch goes on
  write('notes.json', '{}') // not a document: not listed
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as {document: string; rule?: string; error?: string})

describe('pareil check on a folder', () => {
  it('pairs files by their names and folders, takes bilingual files as they are, and says which it could not pair', async () => {
    const {code, stdout, stderr} = await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1'])
    const records = lines(stdout)
    const documents = new Set(records.map((record) => record.document))
    expect(documents).toContain('report')
    expect(records.filter((record) => record.document === 'report').map((record) => record.rule)).toContain('number-mismatch')
    expect(stderr).toContain(`${join(folder, 'lonely-en.md')}: not checked: no French counterpart: expected lonely-fr.md next to it`)
    expect(stderr).not.toContain('notes.json')
    // The summary counts every document, the unreadable one included, and names the worst.
    expect(stderr).toMatch(/5 documents checked in [\d.]+ s, 1 could not be checked, 1 file not paired/)
    expect(stderr).toMatch(/number-mismatch\s+1/)
    expect(code).toBe(2)
  })

  it('reports a document that fails to read, on one line and in the stream, and checks the others', async () => {
    const {stdout, stderr} = await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1'])
    const failure = lines(stdout).find((record) => record.error !== undefined)
    expect(failure?.document).toBe('broken')
    expect(failure?.error).toMatch(/broken-fr\.md: .*binary/)
    expect(stderr.split('\n').filter((line) => line.startsWith('pareil: broken: not checked:'))).toHaveLength(1)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('writes a text report per document, then the summary, and exits 1 for findings only', async () => {
    const {code, stdout} = await runCliAsync(['check', join(folder, 'report-en.md'), join(folder, 'report-fr.md'), join(folder, 'letter.md'), '--jobs', '1'])
    expect(stdout).toContain('== report (')
    expect(stdout).toContain('== ')
    expect(stdout).toMatch(/2 documents checked/)
    expect(code).toBe(1)
  })

  it('speaks French with --locale fr: its summary and its lines, with Canadian typography', async () => {
    const {stderr} = await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1', '--locale', 'fr'])
    expect(stderr).toMatch(/pareil\u00a0: 5 documents vérifiés en \d+,\d s, 1 n’a pu être vérifié, 1 fichier non apparié/)
    expect(stderr).toMatch(/constats\u00a0: \d+ erreurs?, \d+ avertissements?, \d+ infos?/)
    expect(stderr).toContain('par règle\u00a0:')
    expect(stderr).toContain(`pareil\u00a0: ${join(folder, 'lonely-en.md')}\u00a0: non vérifié\u00a0: no French counterpart`)
    expect(stderr).toMatch(/pareil\u00a0: broken\u00a0: non vérifié\u00a0: .*broken-fr\.md/)
    expect(stderr).not.toMatch(/checked in|findings:|not checked/)
  })

  it('takes glob patterns', async () => {
    const {stdout, stderr} = await runCliAsync(['check', join(folder, 'notice_*.md'), '--format', 'jsonl', '--jobs', '1'])
    expect(stdout).toBe('')
    expect(stderr).toMatch(/1 document checked/)
  })

  it('shares documents between shards deterministically: each in exactly one shard, the same on every run', async () => {
    const all = lines((await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1'])).stdout)
    const shards: string[][] = []
    for (const k of [1, 2, 3]) {
      const first = (await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1', '--shard', `${k}/3`])).stdout
      const again = (await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1', '--shard', `${k}/3`])).stdout
      expect(again).toBe(first)
      shards.push(lines(first).map((record) => JSON.stringify(record)))
    }
    // Merging the shards' JSON Lines gives the whole batch's.
    expect(shards.flat().sort()).toEqual(all.map((record) => JSON.stringify(record)).sort())
  })

  it('draws a progress line only on a terminal', async () => {
    const onTerminal = await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1'], {}, true)
    expect(onTerminal.stderr).toMatch(/\r\[=+ *\] \d+\/5 documents/)
    const piped = await runCliAsync(['check', folder, '--format', 'jsonl', '--jobs', '1'])
    expect(piped.stderr).not.toContain('\r')
  })

  it('refuses what a batch cannot do, on one line', async () => {
    const json = await runCliAsync(['check', folder, '--format', 'json'])
    expect(json.code).toBe(2)
    expect(json.stderr).toBe('pareil: --format json writes one report per check; a batch streams text or jsonl\n')
    const shard = await runCliAsync(['check', folder, '--shard', '4/3'])
    expect(shard.stderr.trim().split('\n')).toHaveLength(1)
    expect(shard.stderr).toMatch(/^pareil: --shard: expected K\/N/)
    const empty = mkdtempSync(join(tmpdir(), 'pareil-empty-'))
    const nothing = await runCliAsync(['check', empty])
    rmSync(empty, {recursive: true})
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toMatch(/^pareil: .*(nothing to check|no such file or folder)/)
  })

  it('gives the same stream with worker threads as in one thread (built CLI)', () => {
    const cli = join(root, 'dist', 'cli', 'main.js')
    const runWith = (jobs: string) => {
      try {
        return execFileSync(process.execPath, [cli, 'check', folder, '--format', 'jsonl', '--jobs', jobs, '--no-freedict'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        })
      } catch (error) {
        return (error as {stdout: string}).stdout
      }
    }
    const pooled = runWith('2')
    expect(lines(pooled).length).toBeGreaterThan(0)
    expect(pooled).toBe(runWith('1'))
  })
})

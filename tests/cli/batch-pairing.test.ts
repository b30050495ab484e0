import {mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {expandInputs, globToRegExp} from '../../src/cli/batch/expand.js'
import {type BatchPlan, documentExtensions, pairFiles} from '../../src/cli/batch/pair-files.js'
import {fnv1a32, inShard, parseShard, shardOf} from '../../src/cli/batch/shard.js'

/** The pairs of a plan as `id: en + fr`, the singles as `id`, for short expectations. */
function summary(plan: BatchPlan): string[] {
  return plan.documents.map((document) => (document.kind === 'pair' ? `${document.id}: ${document.files[0]} + ${document.files[1]}` : document.id))
}

function reasonFor(plan: BatchPlan, file: string): string | undefined {
  return plan.unpaired.find((entry) => entry.file === file)?.reason
}

describe('pairFiles: naming conventions', () => {
  it.each([
    ['-en/-fr', 'docs/report-en.md', 'docs/report-fr.md'],
    ['_en/_fr', 'docs/report_en.md', 'docs/report_fr.md'],
    ['_e/_f (Government of Canada)', 'docs/report_e.html', 'docs/report_f.html'],
    ['-eng/-fra', 'docs/report-eng.md', 'docs/report-fra.md'],
    ['_eng/_fra', 'docs/report_eng.md', 'docs/report_fra.md'],
    ['.en/.fr before the extension', 'docs/report.en.md', 'docs/report.fr.md'],
    ['markers in upper case', 'docs/report-EN.md', 'docs/report-Fr.md'],
  ])('pairs %s', (_, english, french) => {
    const plan = pairFiles([french, english])
    expect(plan.documents).toEqual([{id: 'docs/report', files: [english, french], kind: 'pair'}])
    expect(plan.unpaired).toEqual([])
  })

  it.each([
    ['en/ and fr/', 'docs/en/guide.md', 'docs/fr/guide.md', 'docs/guide'],
    ['eng/ and fra/', 'docs/eng/guide.md', 'docs/fra/guide.md', 'docs/guide'],
    ['folders in any case', 'docs/EN/guide.md', 'docs/fr/guide.md', 'docs/guide'],
    ['sub-folders below the language folder', 'site/en/part-1/guide.md', 'site/fr/part-1/guide.md', 'site/part-1/guide'],
    ['language folders at the top', 'en/guide.md', 'fr/guide.md', 'guide'],
    ['language folders and name markers together', 'docs/en/guide-en.md', 'docs/fr/guide-fr.md', 'docs/guide'],
    ['a French file named by its folder only', 'docs/en/guide-en.md', 'docs/fr/guide.md', 'docs/guide'],
  ])('pairs files in %s', (_, english, french, id) => {
    const plan = pairFiles([english, french])
    expect(plan.documents).toEqual([{id, files: [english, french], kind: 'pair'}])
    expect(plan.unpaired).toEqual([])
  })

  it('does not mix conventions: report-en with report_fr is two halves', () => {
    const plan = pairFiles(['report-en.md', 'report_fr.md'])
    expect(plan.documents).toEqual([])
    expect(reasonFor(plan, 'report-en.md')).toBe('no French counterpart: expected report-fr.md next to it')
    expect(reasonFor(plan, 'report_fr.md')).toBe('no English counterpart: expected report_en.md next to it')
  })

  it('requires the rest of the name to be equal, folders and stem alike', () => {
    const plan = pairFiles(['a/report-en.md', 'b/report-fr.md', 'Report-en.txt', 'report-fr.txt'])
    expect(plan.documents).toEqual([])
    expect(plan.unpaired.map((entry) => entry.file)).toEqual(['Report-en.txt', 'a/report-en.md', 'b/report-fr.md', 'report-fr.txt'])
  })

  it('treats / and \\ alike, and gives ids with /', () => {
    const plan = pairFiles(['docs\\report-en.md', 'docs/report-fr.md', 'site\\en\\guide.md', 'site\\fr\\guide.md'])
    expect(summary(plan)).toEqual(['docs/report: docs\\report-en.md + docs/report-fr.md', 'site/guide: site\\en\\guide.md + site\\fr\\guide.md'])
  })

  it('reads names before folders, so a pair inside an en/ folder stays a pair', () => {
    expect(summary(pairFiles(['site/en/notice-en.md', 'site/en/notice-fr.md']))).toEqual(['site/en/notice: site/en/notice-en.md + site/en/notice-fr.md'])
    expect(summary(pairFiles(['/srv/en/site/report-en.md', '/srv/en/site/report-fr.md']))).toEqual([
      '/srv/en/site/report: /srv/en/site/report-en.md + /srv/en/site/report-fr.md',
    ])
  })

  it('reads a French name in an English folder as French', () => {
    expect(pairFiles(['site/en/notice-fr.md']).unpaired).toEqual([
      {file: 'site/en/notice-fr.md', reason: 'no English counterpart: expected notice-en.md next to it'},
    ])
  })
})

describe('pairFiles: single bilingual files', () => {
  it('keeps a file without a language marker as a single document with its path as id', () => {
    const plan = pairFiles(['letters/letter-2021.md', 'file_name.md', 'self.md', 'type.md', 'golden.md', 'x-men.md'])
    expect(plan.documents.map((document) => [document.id, document.kind])).toEqual([
      ['file_name.md', 'single'],
      ['golden.md', 'single'],
      ['letters/letter-2021.md', 'single'],
      ['self.md', 'single'],
      ['type.md', 'single'],
      ['x-men.md', 'single'],
    ])
    expect(plan.documents[0]?.files).toEqual(['file_name.md'])
    expect(plan.unpaired).toEqual([])
  })

  it('needs a name before the marker: _e.md, en.md and fr.md are names', () => {
    expect(summary(pairFiles(['_e.md', 'en.md', 'fr.md', '-fr.md']))).toEqual(['-fr.md', '_e.md', 'en.md', 'fr.md'])
  })

  it('does not read -e/-f as markers', () => {
    expect(summary(pairFiles(['report-e.md', 'report-f.md']))).toEqual(['report-e.md', 'report-f.md'])
  })

  it('keeps XLIFF and TMX single whatever their name says, as they hold both languages', () => {
    const plan = pairFiles(['i18n/messages.fr.xlf', 'memory-en.tmx', 'job_f.sdlxliff', 'job.mqxliff', 'strings-fr.xliff'])
    expect(plan.documents.every((document) => document.kind === 'single')).toBe(true)
    expect(plan.documents).toHaveLength(5)
    expect(plan.unpaired).toEqual([])
  })

  it('lists a single and a pair with the same stem under different ids', () => {
    expect(summary(pairFiles(['report.md', 'report-en.md', 'report-fr.md']))).toEqual(['report: report-en.md + report-fr.md', 'report.md'])
  })
})

describe('pairFiles: unpaired files and their reasons', () => {
  it.each([
    ['docs/report-en.md', 'no French counterpart: expected report-fr.md next to it'],
    ['docs/rapport-fr.md', 'no English counterpart: expected rapport-en.md next to it'],
    ['table_f.md', 'no English counterpart: expected table_e.md next to it'],
    ['report_E.html', 'no French counterpart: expected report_F.html next to it'],
    ['notes.en.txt', 'no French counterpart: expected notes.fr.txt next to it'],
    ['plan-Eng.md', 'no French counterpart: expected plan-Fra.md next to it'],
    ['docs/en/guide.md', 'no French counterpart: expected docs/fr/guide.md'],
    ['docs/FRA/guide.md', 'no English counterpart: expected docs/ENG/guide.md'],
    ['docs\\en\\guide-en.md', 'no French counterpart: expected guide-fr.md next to it or docs\\fr\\guide-fr.md'],
    ['docs/fr/guide_f.md', 'no English counterpart: expected guide_e.md next to it or docs/en/guide_e.md'],
  ])('%s: %s', (file, reason) => {
    const plan = pairFiles([file])
    expect(plan.documents).toEqual([])
    expect(plan.unpaired).toEqual([{file, reason}])
  })

  it('pairs the French file with the same extension when two answer one English file', () => {
    const plan = pairFiles(['report-fr.pdf', 'report-en.docx', 'report-fr.docx'])
    expect(summary(plan)).toEqual(['report: report-en.docx + report-fr.docx'])
    expect(plan.unpaired).toEqual([{file: 'report-fr.pdf', reason: 'both report-fr.pdf and report-fr.docx answer report-en.docx; paired report-fr.docx'}])
  })

  it('does the same the other way round, with paths when the files are in different folders', () => {
    const plan = pairFiles(['d/en/guide.md', 'd/en/guide.html', 'd/fr/guide.html'])
    expect(summary(plan)).toEqual(['d/guide: d/en/guide.html + d/fr/guide.html'])
    expect(reasonFor(plan, 'd/en/guide.md')).toBe('both d/en/guide.md and d/en/guide.html answer d/fr/guide.html; paired d/en/guide.html')
  })

  it('prefers the French file named like the English one in a language folder', () => {
    const plan = pairFiles(['d/en/guide.md', 'd/fr/guide-fr.md', 'd/fr/guide.md'])
    expect(summary(plan)).toEqual(['d/guide: d/en/guide.md + d/fr/guide.md'])
    expect(reasonFor(plan, 'd/fr/guide-fr.md')).toBe('both d/fr/guide-fr.md and d/fr/guide.md answer d/en/guide.md; paired d/fr/guide.md')
  })

  it('pairs across extensions when exactly one file of each language is left', () => {
    expect(summary(pairFiles(['report-en.docx', 'report-fr.pdf']))).toEqual(['report: report-en.docx + report-fr.pdf'])
    const plan = pairFiles(['r-en.md', 'r-fr.md', 'r-en.docx', 'r-fr.pdf'])
    expect(plan.documents.map((document) => document.files)).toEqual([
      ['r-en.docx', 'r-fr.pdf'],
      ['r-en.md', 'r-fr.md'],
    ])
    expect(plan.unpaired).toEqual([])
  })

  it('pairs none when several candidates share a name but no extension', () => {
    const plan = pairFiles(['report-en.docx', 'report-fr.pdf', 'report-fr.html'])
    expect(plan.documents).toEqual([])
    const reason = 'ambiguous: report-en.docx (English) and report-fr.html and report-fr.pdf (French) share a name but not an extension, so none was paired'
    expect(plan.unpaired).toEqual([
      {file: 'report-en.docx', reason},
      {file: 'report-fr.html', reason},
      {file: 'report-fr.pdf', reason},
    ])
  })

  it('explains a file left over when every counterpart is taken', () => {
    const plan = pairFiles(['a-en.md', 'a-fr.md', 'a-fr.pdf', 'a-fr.html'])
    expect(summary(plan)).toEqual(['a: a-en.md + a-fr.md'])
    expect(reasonFor(plan, 'a-fr.html')).toBe('both a-fr.html and a-fr.md answer a-en.md; paired a-fr.md')
    expect(reasonFor(plan, 'a-fr.pdf')).toBe('both a-fr.pdf and a-fr.md answer a-en.md; paired a-fr.md')
  })

  it('names the English files already paired when a French file is left over among several', () => {
    const plan = pairFiles(['a-en.md', 'a-fr.md', 'a-en.docx', 'a-fr.docx', 'a-fr.pdf'])
    expect(plan.documents).toHaveLength(2)
    expect(reasonFor(plan, 'a-fr.pdf')).toBe('no English counterpart left: a-en.docx and a-en.md are already paired with a-fr.docx and a-fr.md')
  })
})

describe('pairFiles: what is not a document', () => {
  it('exports the document extensions', () => {
    expect(documentExtensions).toContain('.sdlxliff')
    expect(documentExtensions).toHaveLength(14)
  })

  it('ignores other extensions, hidden files and folders, and node_modules', () => {
    const plan = pairFiles([
      'image-en.png',
      'data.json',
      'README',
      '.hidden-en.md',
      'docs/.drafts/report-en.md',
      'node_modules/pkg/readme-en.md',
      '.git/description.txt',
      'kept.MD',
    ])
    expect(summary(plan)).toEqual(['kept.MD'])
    expect(plan.unpaired).toEqual([])
  })

  it('accepts . and .. segments, and reads ./a.md and a.md as one file', () => {
    const plan = pairFiles(['../shared/a-en.md', '../shared/a-fr.md', './b.md', 'b.md', 'c\\d.md', 'c/d.md'])
    expect(summary(plan)).toEqual(['../shared/a: ../shared/a-en.md + ../shared/a-fr.md', 'b.md', 'c/d.md'])
  })
})

describe('pairFiles: ids and order', () => {
  it('keeps ids unique when two conventions give the same stem', () => {
    const plan = pairFiles(['docs/report-en.md', 'docs/report-fr.md', 'docs/report_en.md', 'docs/report_fr.md', 'docs/en/report.md', 'docs/fr/report.md'])
    expect(plan.documents.map((document) => document.id)).toEqual(['docs/en/report.md', 'docs/report-en.md', 'docs/report_en.md'])
  })

  it('keeps ids unique for pairs of two formats', () => {
    const plan = pairFiles(['r-en.md', 'r-fr.md', 'r-en.html', 'r-fr.html'])
    expect(summary(plan)).toEqual(['r-en.html: r-en.html + r-fr.html', 'r-en.md: r-en.md + r-fr.md'])
  })

  const names = [
    'docs/report-en.md',
    'docs/report-fr.md',
    'docs/report-fr.pdf',
    'docs/en/guide.md',
    'docs/fr/guide.md',
    'docs/fr/guide-fr.md',
    'docs\\en\\intro.md',
    'gc/notice_e.html',
    'gc/notice_f.html',
    'gc/table_f.html',
    'letter.md',
    './letter.md',
    'a-en.docx',
    'a-fr.pdf',
    'a-fr.html',
    'b.en.txt',
    'b.fr.txt',
    'b.en.md',
    'c-eng.md',
    'c-fra.md',
    'c_eng.md',
    'c_fra.md',
    'x-en.md',
    'x_en.md',
    'x-fr.md',
  ]

  it('gives the same plan whatever the order of the input, with unique ids sorted', () => {
    const expected = pairFiles(names)
    const ids = expected.documents.map((document) => document.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    fc.assert(
      fc.property(fc.shuffledSubarray(names, {minLength: names.length, maxLength: names.length}), (shuffled) => {
        expect(pairFiles(shuffled)).toEqual(expected)
      }),
    )
  })

  it('lists every document file once, in a document or as unpaired, for any subset', () => {
    fc.assert(
      fc.property(fc.subarray(names), (subset) => {
        const plan = pairFiles(subset)
        const listed = [...plan.documents.flatMap((document) => document.files), ...plan.unpaired.map((entry) => entry.file)]
        expect(new Set(listed).size).toBe(listed.length)
        // `./letter.md` and `letter.md` are one file, spelled the shorter way in code-unit order.
        const withoutDuplicates = subset.filter((name) => name !== 'letter.md' || !subset.includes('./letter.md'))
        expect(listed.sort()).toEqual([...withoutDuplicates].sort())
        const ids = plan.documents.map((document) => document.id)
        expect(new Set(ids).size).toBe(ids.length)
      }),
    )
  })
})

describe('shards', () => {
  it('reads K/N', () => {
    expect(parseShard('2/8')).toEqual({index: 2, count: 8})
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    expect(parseShard(' 3 / 3 ')).toEqual({index: 3, count: 3})
  })

  it.each(['0/4', '5/4', '1/0', '2', '2/', '/4', 'a/b', '-1/4', '1.5/4', '', '2/8/9'])('rejects %j with a one-line message', (text) => {
    expect(() => parseShard(text)).toThrow(`--shard: expected K/N with 1 ≤ K ≤ N, such as 2/8, got '${text}'`)
  })

  it('hashes with FNV-1a over UTF-8', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
    // é is two bytes in UTF-8, not one UTF-16 unit.
    expect(fnv1a32('é')).not.toBe(fnv1a32('\u00e9'.normalize('NFD')))
    expect(fnv1a32('é')).toBe(Math.imul(Math.imul(0x811c9dc5 ^ 0xc3, 0x01000193) ^ 0xa9, 0x01000193) >>> 0)
  })

  it('puts every id in exactly one of N shards', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), fc.integer({min: 1, max: 64}), (id, count) => {
        const owners = Array.from({length: count}, (_, index) => index + 1).filter((index) => inShard(id, {index, count}))
        expect(owners).toEqual([shardOf(id, count)])
      }),
    )
  })

  it('keeps assignments stable across runs, machines and versions', () => {
    // Pinned: a change here moves documents between the machines of a running CI.
    expect(['docs/report', 'gc/notice', 'letter.md', 'rapport-été'].map((id) => shardOf(id, 8))).toEqual([7, 6, 6, 1])
    const ids = Array.from({length: 50}, (_, index) => `docs/file-${index}`)
    const before = ids.map((id) => shardOf(id, 4))
    const withMore = [...ids, 'docs/new-1', 'docs/new-2'].map((id) => shardOf(id, 4)).slice(0, ids.length)
    expect(withMore).toEqual(before)
  })

  it('spreads 1,000 ids roughly evenly over 4 shards', () => {
    const counts = new Map<number, number>()
    for (let index = 0; index < 1000; index++) {
      const shard = shardOf(`docs/section-${index}/report`, 4)
      counts.set(shard, (counts.get(shard) ?? 0) + 1)
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4])
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(180), expect(count).toBeLessThanOrEqual(320)
  })

  it('does not keep ids that differ by one letter together', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').map((letter) => shardOf(`docs/${letter}`, 4))
    expect(new Set(letters).size).toBe(4)
  })
})

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pareil-batch-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  const files = [
    'docs/report-en.md',
    'docs/report-fr.md',
    'docs/image.png',
    'docs/en/guide.md',
    'docs/fr/guide.md',
    'docs/fr/deep/annex.docx',
    'docs/.drafts/secret-en.md',
    'docs/node_modules/pkg/readme.md',
    'docs/.hidden.md',
    'other/letter.html',
    'other/letter.txt',
    'empty/notes.json',
  ]
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), {recursive: true})
    writeFileSync(join(dir, file), 'text')
  }
  const at = (path: string) => `${dir}/${path}`
  const relative = (list: readonly string[]) => list.map((path) => path.slice(dir.length + 1))

  it('walks a folder for documents, skipping hidden entries and node_modules', () => {
    const result = expandInputs([at('docs')])
    expect(relative(result.files)).toEqual(['docs/en/guide.md', 'docs/fr/deep/annex.docx', 'docs/fr/guide.md', 'docs/report-en.md', 'docs/report-fr.md'])
    expect(result.missing).toEqual([])
  })

  it('walks a folder written with a trailing separator the same way', () => {
    expect(expandInputs([at('other/')]).files).toEqual([at('other/letter.html'), at('other/letter.txt')])
  })

  it('keeps a named file as given, even hidden or not a document', () => {
    expect(expandInputs([at('docs/.hidden.md'), at('docs/image.png')]).files).toEqual([at('docs/.hidden.md'), at('docs/image.png')])
  })

  it('reports inputs that name nothing, and folders without documents', () => {
    const result = expandInputs([at('nope.md'), at('empty'), at('other'), at('nope/*.md'), at('nope.md')])
    expect(relative(result.files)).toEqual(['other/letter.html', 'other/letter.txt'])
    expect(result.missing).toEqual([at('nope.md'), at('empty'), at('nope/*.md')])
  })

  it('expands * within a folder only', () => {
    expect(relative(expandInputs([at('docs/*.md')]).files)).toEqual(['docs/report-en.md', 'docs/report-fr.md'])
    expect(relative(expandInputs([at('docs/*/*.md')]).files)).toEqual(['docs/en/guide.md', 'docs/fr/guide.md'])
  })

  it('expands ** at any depth, including none', () => {
    expect(relative(expandInputs([at('docs/**/*.md')]).files)).toEqual(['docs/en/guide.md', 'docs/fr/guide.md', 'docs/report-en.md', 'docs/report-fr.md'])
    expect(relative(expandInputs([at('docs/fr/**')]).files)).toEqual(['docs/fr/deep/annex.docx', 'docs/fr/guide.md'])
    expect(relative(expandInputs([at('**/letter.*')]).files)).toEqual(['other/letter.html', 'other/letter.txt'])
  })

  it('expands ? as one character', () => {
    expect(relative(expandInputs([at('docs/report-??.md')]).files)).toEqual(['docs/report-en.md', 'docs/report-fr.md'])
    expect(expandInputs([at('docs/report-?.md')]).missing).toEqual([at('docs/report-?.md')])
  })

  it('sorts and deduplicates what several inputs find', () => {
    const result = expandInputs([at('other'), at('docs/*-fr.md'), at('other/letter.txt'), at('docs/report-*.md')])
    expect(relative(result.files)).toEqual(['docs/report-en.md', 'docs/report-fr.md', 'other/letter.html', 'other/letter.txt'])
  })

  it('walks relative inputs from the current folder', () => {
    // The real file system seen from the temporary folder, without changing the process's folder.
    const fromDir = {
      statSync: (path: string, options: {throwIfNoEntry: false}) => statSync(resolve(dir, path), options),
      readdirSync: (path: string, options: {withFileTypes: true}) => readdirSync(resolve(dir, path), options),
    }
    expect(expandInputs(['**/guide.md', 'other', './other/*.txt'], fromDir).files).toEqual([
      './other/letter.txt',
      'docs/en/guide.md',
      'docs/fr/guide.md',
      'other/letter.html',
      'other/letter.txt',
    ])
    expect(expandInputs(['.', 'other/../other/letter.txt'], fromDir).files).toEqual([
      'docs/en/guide.md',
      'docs/fr/deep/annex.docx',
      'docs/fr/guide.md',
      'docs/report-en.md',
      'docs/report-fr.md',
      'other/../other/letter.txt',
      'other/letter.html',
      'other/letter.txt',
    ])
  })

  it('feeds pairFiles: a folder becomes a plan', () => {
    const plan = pairFiles(expandInputs([at('docs')]).files)
    expect(plan.documents.map((document) => [document.id.slice(dir.length + 1), document.kind])).toEqual([
      ['docs/guide', 'pair'],
      ['docs/report', 'pair'],
    ])
    expect(plan.unpaired).toEqual([{file: at('docs/fr/deep/annex.docx'), reason: `no English counterpart: expected ${at('docs/en/deep/annex.docx')}`}])
  })

  it('follows linked files but not linked folders', () => {
    const links = join(dir, 'links')
    mkdirSync(links)
    symlinkSync(join(dir, 'other/letter.txt'), join(links, 'letter.txt'))
    symlinkSync(dir, join(links, 'loop'))
    expect(relative(expandInputs([links]).files)).toEqual(['links/letter.txt'])
  })

  it('finds the same files through a fake file system', () => {
    const tree: Record<string, 'file' | 'folder'> = {'.': 'folder', 'a-en.md': 'file', sub: 'folder', 'sub/b.md': 'file', 'sub/c.bin': 'file'}
    const entry = (path: string) => {
      const kind = tree[path]
      return kind === undefined ? undefined : {isFile: () => kind === 'file', isDirectory: () => kind === 'folder'}
    }
    const children = (folder: string) =>
      Object.keys(tree)
        .filter((path) => path !== '.' && (folder === '.' ? !path.includes('/') : path.startsWith(`${folder}/`)))
        .map((path) => ({
          name: path.split('/').pop() ?? path,
          isFile: () => tree[path] === 'file',
          isDirectory: () => tree[path] === 'folder',
          isSymbolicLink: () => false,
        }))
    const fake = {statSync: entry, readdirSync: children}
    expect(expandInputs(['**/*.md', 'sub', 'missing/*.md'], fake)).toEqual({files: ['a-en.md', 'sub/b.md'], missing: ['missing/*.md']})
  })
})

describe('globToRegExp', () => {
  it.each([
    ['*.md', 'a.md', true],
    ['*.md', 'dir/a.md', false],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'x/y/a.md', true],
    ['docs/**', 'docs/a/b.md', true],
    ['docs/**/en/*.md', 'docs/en/a.md', true],
    ['docs/**/en/*.md', 'docs/x/y/en/a.md', true],
    ['docs/**/en/*.md', 'docs/xen/a.md', false],
    ['a?.md', 'ab.md', true],
    ['a?.md', 'a/.md', false],
    ['a.md', 'aXmd', false],
    ['(x)+[y].md', '(x)+[y].md', true],
    ['docs\\*.md', 'docs/a.md', true],
  ])('%s on %s: %s', (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches)
  })

  it('collapses repeated ** and runs of *, so that no quantifier is nested', () => {
    expect(globToRegExp('a/**/**/b***.md').source).toBe('^a\\/(?:.*\\/)?b[^/]*\\.md$')
  })

  it('stays fast on long paths that almost match', () => {
    const pattern = globToRegExp('docs/**/a*b.md')
    const path = `docs/${'x/'.repeat(5000)}${'a'.repeat(5000)}.txt`
    const started = performance.now()
    expect(pattern.test(path)).toBe(false)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

// The public API, pinned as remark-lint's packages pin theirs: an export added or removed is a decision, made here.
import {describe, expect, expectTypeOf, it} from 'vitest'
import type {
  AlignDocumentsOptions,
  AlignmentReport,
  BlockPair,
  Formatter,
  LengthModel,
  LexiconUse,
  Reader,
  ReaderRegistry,
  RuleContext,
  SegmentBead,
  SharedAnalysis,
  TermPair,
} from '../src/index.js'
import * as pareil from '../src/index.js'
import * as node from '../src/node.js'

describe('public API', () => {
  it('exports exactly these values from pareil', () => {
    expect(Object.keys(pareil).sort()).toEqual([
      'Lexicon',
      'PareilError',
      'align',
      'alignDocuments',
      'alignInputs',
      'beadsFormatter',
      'blockLanguage',
      'buildReport',
      'builtinFormatters',
      'builtinReaders',
      'bundledLexicon',
      'check',
      'compareDrafts',
      'compareMessages',
      'compareSentences',
      'coverage',
      'createFormatters',
      'createPdfReader',
      'createReaders',
      'decodeText',
      'defaultFormatters',
      'defaultReaders',
      'defaultWeights',
      'detect',
      'detectLayout',
      'docxReader',
      'formatBeads',
      'formatDetection',
      'formatHtml',
      'formatJson',
      'formatJsonLines',
      'formatLexicon',
      'formatSarif',
      'formatText',
      'formatTmx',
      'formatXliff',
      'htmlFormatter',
      'htmlReader',
      'isNavigation',
      'jsonFormatter',
      'jsonLinesFormatter',
      'learnLexicon',
      'learnPairs',
      'lineColumn',
      'linkWords',
      'markdownReader',
      'parseLexicon',
      'parseLexiconFile',
      'parseSeveritySetting',
      'parseTbx',
      'parseTmx',
      'pdfReader',
      'plainTextReader',
      'read',
      'ruleDocsPath',
      'rules',
      'runRules',
      'sarifFormatter',
      'sarifLog',
      'sourceOffsets',
      'sourcePosition',
      'spanOf',
      'splitSentences',
      'textFormatter',
      'textLanguage',
      'tmxFormatter',
      'tmxReader',
      'tokenize',
      'tool',
      'xliffFormatter',
      'xliffReader',
    ])
  })

  it('exports exactly these values from pareil/node', () => {
    expect(Object.keys(node).sort()).toEqual([
      'PareilError',
      'alignFiles',
      'checkFiles',
      'compareFiles',
      'defaultMaxBytes',
      'detectFiles',
      'freeDictDirectory',
      'learnFromMemory',
      'readFreeDict',
      'readGlossary',
      'readInput',
      'readInputs',
      'readLexicon',
      'readMemory',
      'readTextFile',
    ])
  })

  it('exports the types callers need (this file does not compile without them)', () => {
    expectTypeOf<TermPair['origin']>().toEqualTypeOf<'document' | 'glossary'>()
    expectTypeOf<LengthModel>().toHaveProperty('ratio')
    expectTypeOf<AlignDocumentsOptions>().toHaveProperty('lexicon')
    expectTypeOf<AlignmentReport['beads']>().toEqualTypeOf<SegmentBead[]>()
    expectTypeOf<BlockPair['fr']>().toEqualTypeOf<string[]>()
    expectTypeOf<Reader['input']>().toEqualTypeOf<'text' | 'bytes'>()
    expectTypeOf<ReaderRegistry['resolve']>().returns.toEqualTypeOf<Reader>()
    expectTypeOf<Formatter['id']>().toEqualTypeOf<string>()
    expectTypeOf<RuleContext['shared']>().toEqualTypeOf<SharedAnalysis>()
    expectTypeOf<LexiconUse['entries']>().toEqualTypeOf<number>()
  })

  it('keeps internal helpers out', () => {
    for (const name of ['atOrAbove', 'assertCheckable', 'formatBytes', 'formatFromPath', 'alignSegments', 'sharedAnalysis']) {
      expect(Object.keys(pareil)).not.toContain(name)
      expect(Object.keys(node)).not.toContain(name)
    }
  })
})

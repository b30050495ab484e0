import {writeFileSync} from 'node:fs'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {formatHtml} from '../../src/report/html.js'
import type {Report} from '../../src/types.js'
import {readFixture, root} from '../helpers.js'
import {axeViolations, haveChromium, launchChromium, warnWithoutChromium} from './browser.js'

warnWithoutChromium('html-report browser tests')

const letter = check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')})
const html = formatHtml(letter)
const indexOf = (test: (finding: Report['findings'][number]) => boolean) => letter.findings.findIndex(test) + 1

/** The id of the focused element: where the keyboard is. */
const activeId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id')

describe.skipIf(!haveChromium)('the HTML report in Chromium', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
    // The report's own Content-Security-Policy holds here: its script must run under it.
    page = await browser.newPage({viewport: {width: 1400, height: 1000}})
    await page.setContent(html)
  }, 20_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('shows both versions aligned with the MRA sentence, “advertising” and “Canada” highlighted', async () => {
    const mra = indexOf((finding) => finding.en?.text === 'MRA')
    const list = indexOf((finding) => finding.rule === 'list-mismatch')
    const canada = indexOf((finding) => finding.fr?.text === 'Canada')
    for (const [id, text, column] of [
      [`f${mra}-en`, 'MRA', 'side-en'],
      [`f${mra}-fr`, 'Bien que je crois', 'side-fr'],
      [`f${list}-en`, 'advertising', 'side-en'],
      [`f${canada}-fr`, 'Canada', 'side-fr'],
    ] as const) {
      const mark = page.locator(`#${id}`)
      await mark.scrollIntoViewIfNeeded()
      await expect.poll(() => mark.isVisible()).toBe(true)
      expect(await mark.textContent()).toContain(text)
      expect(await mark.evaluate((element, name) => element.closest(`.${name}`) !== null, column)).toBe(true)
      // Highlighted: a tint behind the text, not the page's white.
      expect(await mark.evaluate((element) => element.ownerDocument.defaultView?.getComputedStyle(element).backgroundColor)).not.toMatch(
        /rgba?\(255, 255, 255|rgba\(0, 0, 0, 0\)/,
      )
    }
    // Aligned: the English and French cells of a pair start on the same line.
    const tops = await page.locator(`#pair-1 .side`).evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().top)))
    expect(new Set(tops).size).toBe(1)
  })

  it('moves from finding to finding with j and k, and the buttons', async () => {
    await page.locator('body').focus()
    await page.keyboard.press('j')
    expect(await activeId(page)).toBe('f1')
    await page.keyboard.press('j')
    expect(await activeId(page)).toBe('f2')
    await page.keyboard.press('k')
    expect(await activeId(page)).toBe('f1')
    await page.locator('#next-finding').click()
    expect(await activeId(page)).toBe('f2')
    expect(await page.locator('mark.current').count()).toBeGreaterThan(0)
    expect(await page.locator('#finding-status').textContent()).toMatch(/^Finding 2 of 11/)
  })

  it('tells the status in the page’s locale, from its data- templates', async () => {
    const lettre = check({path: 'fixtures/ministerial-letter-2021.md', text: readFixture('ministerial-letter-2021.md')}, {locale: 'fr'})
    const french = await browser.newPage({viewport: {width: 1400, height: 1000}})
    await french.setContent(formatHtml(lettre, 'fr'))
    expect(await french.locator('#finding-status').textContent()).toBe(`Constats affichés\u00a0: ${lettre.findings.length} sur ${lettre.findings.length}`)
    await french.locator('#next-finding').click()
    expect(await french.locator('#finding-status').textContent()).toMatch(new RegExp(`^Constat 1 sur ${lettre.findings.length}\u00a0: \\S`))
    await french.close()
  })

  it('filters findings and their marks by severity and rule', async () => {
    const infos = letter.findings.filter((finding) => finding.severity === 'info').length
    await page.locator('input[name="severity"][value="info"]').uncheck()
    expect(await page.locator('.finding-card:visible').count()).toBe(letter.findings.length - infos)
    expect(await page.locator('mark.filtered[data-severity="info"]').count()).toBeGreaterThan(0)
    await page.keyboard.press('j')
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('data-severity') ?? null")).toBe('warning')
    await page.locator('input[name="severity"][value="info"]').check()
    await page.locator('input[name="rule"][value="unmatched-content"]').uncheck()
    expect(await page.locator('.finding-card:visible').count()).toBe(letter.findings.filter((finding) => finding.rule !== 'unmatched-content').length)
    await page.locator('input[name="rule"][value="unmatched-content"]').check()
  })

  it('runs its own script under its CSP and refuses any other', async () => {
    expect(await page.locator('#controls').isVisible()).toBe(true)
    await page.addScriptTag({content: 'document.body.dataset.injected = "yes"'}).catch(() => undefined)
    expect(await page.locator('body').getAttribute('data-injected')).toBeNull()
  })

  it('prints both columns and the findings, without the controls', async () => {
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('#controls').isVisible()).toBe(false)
    expect(await page.locator('.skip-link').isVisible()).toBe(false)
    expect(await page.locator('.finding-card').first().isVisible()).toBe(true)
    expect(await page.locator('#pair-1 .side-fr').isVisible()).toBe(true)
    await page.emulateMedia({media: 'screen'})
  })

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const violations = await axeViolations(browser, html, {width: 1400, height: 1000})
    if (violations.length > 0) console.info('axe, minor and moderate:', JSON.stringify(violations))
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])
  })

  it('stays responsive on the letter repeated 100 times (2,200 pairs, 1,100 findings)', async () => {
    const big = repeated(letter, 100)
    let started = performance.now()
    const page100 = formatHtml(big)
    const formatMs = performance.now() - started
    const large = await browser.newPage({viewport: {width: 1400, height: 1000}})
    started = performance.now()
    await large.setContent(page100, {waitUntil: 'load'})
    await large.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))')
    const loadMs = performance.now() - started
    started = performance.now()
    await large.keyboard.press('j')
    await large.keyboard.press('j')
    expect(await activeId(large)).toBe('f2')
    const stepMs = (performance.now() - started) / 2
    await large.locator('input[name="severity"][value="info"]').uncheck()
    const filterMs = performance.now() - started - stepMs * 2
    await large.close()
    console.info(
      `html report, letter x100: ${(page100.length / 1e6).toFixed(1)} MB, formatted in ${formatMs.toFixed(0)} ms, ` +
        `loaded and painted in ${loadMs.toFixed(0)} ms, j in ${stepMs.toFixed(0)} ms, a filter in ${filterMs.toFixed(0)} ms`,
    )
    // Generous bounds for a shared CI machine: the figures in docs/html-report.md are far below them.
    expect(loadMs).toBeLessThan(8000)
    expect(stepMs).toBeLessThan(1000)
  }, 30_000)

  it('keeps a screenshot for the docs when PAREIL_SCREENSHOT=1', async () => {
    if (process.env['PAREIL_SCREENSHOT'] !== '1') return
    const shot = await browser.newPage({viewport: {width: 1400, height: 1500}})
    await shot.setContent(html)
    // The summary, then the warnings alone: the MRA sentence, the dropped "advertising" and the added "Canada".
    await shot.locator('input[name="severity"][value="info"]').uncheck()
    await shot.locator('input[name="only-findings"]').check()
    await shot.keyboard.press('j')
    await shot.evaluate('window.scrollTo(0, 0)')
    writeFileSync(`${root}docs/html-report.png`, await shot.screenshot({fullPage: false}))
    await shot.close()
  })
})

/** A report of the document repeated `times` times: a 300-page document, for timing. Ids and places shifted. */
function repeated(report: Report, times: number): Report {
  const last = report.blocks.at(-1)?.position.end ?? {line: 0, offset: 0}
  const json = JSON.stringify({blocks: report.blocks, pairs: report.pairs, findings: report.findings})
  const copies = Array.from({length: times}, (_, copy) => {
    const shift = (key: string, value: unknown): unknown => {
      if (key === 'offset' && typeof value === 'number') return value + copy * (last.offset + 2)
      if (key === 'line' && typeof value === 'number') return value + copy * (last.line + 1)
      // Block ids, wherever they are: `b12` in the first copy is `b56` in the second.
      if (typeof value === 'string' && /^b\d+$/.test(value)) return `b${Number(value.slice(1)) + copy * report.blocks.length}`
      return value
    }
    return JSON.parse(json, shift) as Pick<Report, 'blocks' | 'pairs' | 'findings'>
  })
  const {errors, warnings, infos} = report.summary
  return {
    ...report,
    blocks: copies.flatMap((copy) => copy.blocks),
    pairs: copies.flatMap((copy) => copy.pairs),
    findings: copies.flatMap((copy) => copy.findings),
    summary: {errors: errors * times, warnings: warnings * times, infos: infos * times},
  }
}

/**
 * The report's only script, inlined: filters by severity and rule, the "only pairs with findings" switch, and moving
 * from finding to finding with `j`/`k` or the buttons. It holds no words of any locale: the status
 * line's templates are the `data-shown` and `data-current` attributes of `#finding-status`. The report reads fully
 * without it; the Content-Security-Policy allows this script alone, by its hash (`scriptHash`, checked by the tests), and no connection at all.
 */
export const reportScript = `(() => {
  const controls = document.getElementById('controls')
  const form = document.querySelector('form.filters')
  const status = document.getElementById('finding-status')
  if (!controls || !form || !status) return
  controls.hidden = false
  const cards = Array.from(document.querySelectorAll('.finding-card'))
  const marked = Array.from(document.querySelectorAll('[data-finding]'))
  const pairs = Array.from(document.querySelectorAll('.pair'))
  let current = null

  const shown = () => cards.filter((card) => !card.classList.contains('filtered'))

  function applyFilters() {
    const off = new Set()
    for (const box of form.querySelectorAll('input[name="severity"], input[name="rule"]')) {
      if (!box.checked) off.add(box.name + ':' + box.value)
    }
    for (const element of marked) {
      const hidden = off.has('severity:' + element.dataset.severity) || off.has('rule:' + element.dataset.rule)
      element.classList.toggle('filtered', hidden)
    }
    for (const pair of pairs) pair.classList.toggle('has-shown', pair.querySelector('.finding-card:not(.filtered)') !== null)
    const only = form.querySelector('input[name="only-findings"]')
    document.body.classList.toggle('only-findings', Boolean(only && only.checked))
    const count = shown().length
    status.textContent = (status.dataset.shown || '').replace('{shown}', count).replace('{total}', cards.length)
  }

  function select(card) {
    for (const element of document.querySelectorAll('.current')) element.classList.remove('current')
    current = card
    card.classList.add('current')
    for (const mark of document.querySelectorAll('mark[data-finding="' + card.id + '"]')) mark.classList.add('current')
    card.focus()
    card.scrollIntoView({block: 'center'})
    const list = shown()
    const template = status.dataset.current || ''
    status.textContent = template.replace('{n}', list.indexOf(card) + 1).replace('{total}', list.length) + card.querySelector('.message').textContent
  }

  function step(direction) {
    const list = shown()
    if (list.length === 0) return
    const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.finding-card') : null
    const from = list.indexOf(focused || current)
    const next = from === -1 ? (direction > 0 ? 0 : list.length - 1) : (from + direction + list.length) % list.length
    select(list[next])
  }

  form.addEventListener('change', applyFilters)
  document.getElementById('next-finding').addEventListener('click', () => step(1))
  document.getElementById('previous-finding').addEventListener('click', () => step(-1))
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const target = event.target
    if (target instanceof HTMLElement && (target.isContentEditable || /^(?:TEXTAREA|SELECT)$/.test(target.tagName))) return
    if (target instanceof HTMLInputElement && target.type !== 'checkbox') return
    if (event.key === 'j') step(1)
    else if (event.key === 'k') step(-1)
    else return
    event.preventDefault()
  })
  // A highlighted place leads to its finding.
  document.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('mark[data-finding]') : null
    const card = mark ? document.getElementById(mark.dataset.finding) : null
    if (card) select(card)
  })
  applyFilters()
})()`

/** The CSP source of `reportScript`: its SHA-256, base64 (the tests recompute it). */
export const scriptHash = 'sha256-ti58IwY6/rcAxqZnBBQPWA8SBqc6Qlr2Dq+ObjTJnRc='

import {describe, expect, it} from 'vitest'
import {check} from '../../src/pipeline.js'
import {read} from '../../src/read/index.js'

const kinds = (text: string) => read({path: 'doc.md', text})[0]?.blocks.map((block) => [block.kind, block.prose]) ?? []

describe('markup and code that are not prose', () => {
  it('reads paragraphs of template tags and directives as markup', () => {
    expect(kinds('<x-mail::message>\n\nHello.\n\n</x-mail::message>\n')).toEqual([
      ['html', false],
      ['paragraph', true],
      ['html', false],
    ])
    expect(kinds("@component('mail::button')\n\n{% endif %}\n\n... code:: python\n")).toEqual([
      ['html', false],
      ['html', false],
      ['html', false],
    ])
  })

  it('reads program text written as a paragraph or a quote (its fence lost) as code', () => {
    expect(kinds('> from canonym import Canonym\n>\n> anonymizer = Canonym()\n')).toEqual([
      ['code', false],
      ['code', false],
    ])
    expect(kinds('pip install pareil\nnpm install pareil\n')).toEqual([['code', false]])
  })

  it('keeps prose that mentions code, or an equation, as prose', () => {
    expect(kinds('Run `npm install` to set up the project.\n\nThe total = the sum of the parts.\n')).toEqual([
      ['paragraph', true],
      ['paragraph', true],
    ])
  })

  it('reports nothing for a Blade e-mail template whose tags wrap both languages', () => {
    const template = [
      '<x-mail::message>',
      '# Hello {{ $owner->first_name }},',
      '',
      '*(le français suit)*',
      '',
      '{{ $member->first_name }} has removed themselves from your notification group. They will no longer receive copies of your notifications.',
      '',
      '---',
      '',
      '# Bonjour {{ $owner->first_name }},',
      '',
      "{{ $member->first_name }} s'est retiré(e) de votre groupe de notification. Cette personne ne recevra plus de copies de vos notifications.",
      '',
      '</x-mail::message>',
      '',
    ].join('\n')
    expect(check({path: 'removed.blade.php', text: template}).findings.filter((finding) => finding.severity !== 'info')).toEqual([])
  })

  it('does not report a code sample the other version gives in another form, nor a bilingual heading, as missing', () => {
    const text = [
      '# Usage',
      '',
      'Anonymize a text with the default strategy, as in this example.',
      '',
      '```python',
      'from canonym import Canonym',
      '```',
      '',
      '## Environment | Environnement',
      '',
      '# Utilisation',
      '',
      'Anonymisez un texte avec la stratégie par défaut, comme dans cet exemple.',
      '',
      '> from canonym import Canonym',
      '',
    ].join('\n')
    const serious = check({path: 'doc.md', text}).findings.filter((finding) => finding.severity !== 'info')
    expect(serious.map((finding) => finding.message)).toEqual([])
  })
})

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

describe('code fences that did not parse', () => {
  const english = [
    '# Network',
    '',
    'The sample environment lives in the Canada Central region.',
    '',
    '```',
    '- All inbound traffic is routed to the hub.',
    '- Outbound traffic is allowed from the spokes.',
    '```',
    '',
    '## Licence',
    '',
    'This project is under the MIT licence.',
  ]
  const french = [
    '# Réseau',
    '',
    "L'environnement d'exemple se trouve dans la région du centre du Canada.",
    '',
    '`` `',
    '- Tout le trafic entrant est acheminé vers le concentrateur.',
    '- Le trafic sortant est autorisé à partir des rayons.',
    '`` `',
    '',
    '## Licence',
    '',
    'Ce projet est sous licence MIT.',
  ]

  it('reads the code after a stray fence as code, up to the next fence or heading', () => {
    const [document] = read({path: 'fr.md', text: `${french.join('\n')}\n`})
    expect(document?.blocks.map((block) => [block.kind, block.prose, block.brokenFence])).toEqual([
      ['heading', true, undefined],
      ['paragraph', true, undefined],
      ['code', false, 'fence'],
      ['code', false, 'inside'],
      // The closing fence runs on into the last item, as CommonMark reads a lazy line: the heading ends the code.
      ['code', false, 'inside'],
      ['heading', true, undefined],
      ['paragraph', true, undefined],
    ])
  })

  it('reports the broken fence once, not every line of code behind it', () => {
    const findings = check({path: 'doc.md', text: `${[...english, '', ...french].join('\n')}\n`}).findings.filter((finding) => finding.severity !== 'info')
    expect(findings.map((finding) => [finding.rule, finding.message, finding.fr?.position.start.line])).toEqual([
      ['format-mismatch', 'the code of the French does not render: “`` `” shows its backticks', 18],
    ])
  })
})

describe('markup written into paragraphs: escaped fences, lists run together', () => {
  // A converter escaped the French fences and ran the steps into paragraphs; the code's "#" comments read as headings.
  const english = [
    '# Setup',
    '',
    '1. Set the variables:',
    '',
    '   ```bash',
    '   # Set the other variables',
    '   $ . scripts/set_envs.sh',
    '   ```',
    '',
    '2. Change into the /app folder.',
    '3. Install the node packages and the dependencies.',
    '4. Run the development server.',
    '',
    '## Licence',
    '',
    'This project is under the MIT licence.',
  ]
  const french = [
    '# Installation',
    '',
    '1\\. Réglez les variables : \\`\\`\\`bash',
    '# Réglez les autres variables',
    '$ . scripts/set\\_envs.sh \\`\\`\\` 2. Changez pour le dossier /app. 3\\. Installez les paquets de nœuds et les dépendances. 4\\. Lancez le serveur de développement.',
    '',
    '## Licence',
    '',
    'Ce projet est sous licence MIT.',
  ]

  it('marks the paragraphs flattened and reads what lies between their fences as code, headings included', () => {
    const [document] = read({path: 'fr.md', text: `${french.join('\n')}\n`})
    expect(document?.blocks.map((block) => [block.kind, block.prose, block.brokenFence, block.flattened])).toEqual([
      ['heading', true, undefined, undefined],
      ['paragraph', true, undefined, true],
      ['code', false, 'inside', undefined],
      ['paragraph', true, undefined, true],
      ['heading', true, undefined, undefined],
      ['paragraph', true, undefined, undefined],
    ])
  })

  it('marks a paragraph whose list numbers were escaped, and leaves an ordinary number alone', () => {
    const flags = (text: string) => read({path: 'doc.md', text})[0]?.blocks.map((block) => block.flattened === true)
    expect(flags('Steps: 1\\. Install it. 2\\. Run it.\n\nThe fee rose to 12. It was 10.\n')).toEqual([true, false])
    // A nested list run into its item, and an enumeration written as prose.
    expect(flags('- chaque dossier contient i. Les définitions (`models.js`) ii. Le code (`populate.js`)\n')).toEqual([true])
    expect(flags('Sont visés : a) le ministre; b) le commissaire.\n')).toEqual([false])
    // A bulleted list run into a paragraph, and dashes of prose.
    expect(flags('Autres options à explorer. - Générer un site statique - Construire avec SSR\n')).toEqual([true])
    expect(flags('The tool - which is new - works well.\n')).toEqual([false])
  })

  it('does not report each piece of the run-together French as missing, changed or added', () => {
    const findings = check({path: 'doc.md', text: `${[...english, '', ...french].join('\n')}\n`}).findings
    const alarms = findings.filter((finding) => finding.severity !== 'info' && finding.rule !== 'format-mismatch')
    expect(alarms.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([])
  })
})

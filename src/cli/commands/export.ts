import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Card } from '../../store/types.js'
import { convertVCard, parseVCard, serializeVCard } from '../../vcard/index.js'
import { COMMON_OPTIONS, USER_OPTION, UsageError, type Command } from '../command.js'
import { configFrom, openStore, userBook } from '../context.js'

const VERSIONS = ['3.0', '4.0'] as const
type Version = (typeof VERSIONS)[number]

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write the address book as vCards: one file for any contacts app, or one file per card.',
  usage: 'export (--out FILE | --dir DIR) [options]',
  options: {
    out: { type: 'string', short: 'o', value: 'FILE', help: 'write every card into one .vcf file ("-" for standard output)' },
    dir: { type: 'string', value: 'DIR', help: 'write one <uid>.vcf file per card into DIR' },
    'vcard-version': { type: 'string', value: 'V', help: 'vCard version to write: 3.0 (default) or 4.0' },
    ...USER_OPTION,
    ...COMMON_OPTIONS,
  },
  details: ['Files are created readable by their owner only: they hold other people\'s contact details.'],
  async run(values, positionals, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    const out = values.out as string | undefined
    const dir = values.dir as string | undefined
    if (Boolean(out) === Boolean(dir)) throw new UsageError('give exactly one of --out FILE or --dir DIR')
    const version = (values['vcard-version'] as string | undefined) ?? '3.0'
    if (!(VERSIONS as readonly string[]).includes(version)) throw new UsageError('--vcard-version must be 3.0 or 4.0')
    const store = openStore(configFrom(values, io))
    try {
      const cards = store.allCards(userBook(store, values).id)
      const bodies = cards.map((card) => inVersion(card, version as Version))
      if (out === '-') io.stdout.write(bodies.join(''))
      else if (out) writeFileSync(out, bodies.join(''), { mode: 0o600 })
      else writeOnePerCard(dir!, cards, bodies)
      io.stderr.write(`Exported ${cards.length} card${cards.length === 1 ? '' : 's'}${out === '-' ? '' : ` to ${out ?? dir}`}.\n`)
      return 0
    } finally {
      store.close()
    }
  },
}

function inVersion(card: Card, version: Version): string {
  const body = card.version === version ? card.body : serializeVCard(convertVCard(parseVCard(card.body), version))
  return body.endsWith('\n') ? body : body + '\r\n'
}

function writeOnePerCard(dir: string, cards: Card[], bodies: string[]): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const used = new Set<string>()
  cards.forEach((card, i) => {
    let file = fileNameFor(card)
    for (let n = 2; used.has(file); n++) file = fileNameFor(card).replace(/\.vcf$/, `-${n}.vcf`)
    used.add(file)
    writeFileSync(join(dir, file), bodies[i]!, { mode: 0o600 })
  })
}

/** `<uuid>.vcf` for UIDs of the form urn:uuid:…, else the card's own name made safe for a file system. */
function fileNameFor(card: Card): string {
  const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(card.uid)?.[1]
  const stem = uuid ?? card.name.replace(/\.vcf$/i, '')
  return `${stem.replace(/[^A-Za-z0-9._@+-]/g, '_').slice(0, 200) || 'card'}.vcf`
}

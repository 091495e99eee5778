/**
 * Property tests of the three-way merge: for random imported cards, random device edits and
 * random newer exports, nothing the user typed is lost and merging the same export twice is a no-op.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeCard } from '../../../src/import/merge/index.js'
import { findProperties, parseVCard, propertyText } from '../../../src/vcard/index.js'
import { contact, lines, render, replaceLine } from './cards.js'

const text = fc.constantFrom('Staff Engineer', 'Director, Platform', 'Head of R&D; EMEA', 'Ingénieure 🚲', 'x'.repeat(90), 'Lead')
const org = fc.constantFrom('Brightwater Labs, Inc.', 'Orchard Systems', 'Fjordline Research', 'Øresund Ventures')
const email = fc.constantFrom('mara.q@example.com', 'm.quellen@example.org', 'mara@example.net')
const url = fc.constantFrom('https://www.linkedin.com/in/mara-quellen-4b21a7', 'https://www.linkedin.com/in/mara-q', 'https://www.linkedin.com/in/zo%C3%AB-q')
const exportFields = fc.record({
  title: fc.option(text, { nil: undefined }),
  organization: fc.option(org, { nil: undefined }),
  emails: fc.uniqueArray(email, { maxLength: 2 }),
  profileUrl: url,
  noteLines: fc.array(fc.constantFrom('Connected on LinkedIn: 2021-03-14', 'Messages: 2, the last on 2025-01-01', 'Endorsed you for: Rust'), { minLength: 1, maxLength: 3 }),
})
const unmanaged = fc.constantFrom(
  'TEL;type=CELL;type=pref:+44 7700 900123',
  'item7.TEL:+1 555 0100',
  'item7.X-ABLabel:Studio',
  'ADR;TYPE=HOME:;;1 Example Road;Springfield;;12345;Exampleland',
  'X-UNKNOWN;X-P="a,b;c":opaque',
  'BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-06',
)
/** What the user did on the phone to each editable field: nothing, a new value, or removal. */
const edit = fc.oneof(fc.constant({ kind: 'none' as const }), fc.constant({ kind: 'remove' as const }), text.map((value) => ({ kind: 'set' as const, value })))

const EDITABLE = { TITLE: 'TITLE:', ORG: 'ORG:', FN: 'FN:' } as const
type Editable = keyof typeof EDITABLE

const values = (card: string, name: string) => findProperties(parseVCard(card), name).map(propertyText)

describe('mergeCard properties', () => {
  it('never loses what the user typed, and re-merging the same export changes nothing', () => {
    fc.assert(
      fc.property(
        exportFields, exportFields, fc.record({ TITLE: edit, ORG: edit, FN: edit }), fc.array(fc.tuple(unmanaged, fc.nat()), { maxLength: 5 }),
        (before, after, edits, additions) => {
          const base = render(before)
          const fresh = render(after)
          let stored = base
          const edited = new Set<Editable>()
          for (const [field, change] of Object.entries(edits) as [Editable, (typeof edits)[Editable]][]) {
            const present = lines(stored).some((l) => l.startsWith(EDITABLE[field]))
            if (change.kind === 'none' || (!present && change.kind === 'remove')) continue
            if (!present) continue
            const replacement = change.kind === 'remove' ? null : `${EDITABLE[field]}${change.value.replace(/[,;\\]/g, (c) => `\\${c}`)}`
            const next = replaceLine(stored, EDITABLE[field], replacement)
            if (values(next, field).join() !== values(base, field).join()) edited.add(field)
            stored = next
          }
          const storedLines = lines(stored)
          const added: string[] = []
          for (const [line, position] of additions) {
            const boundaries = storedLines.map((l, i) => i).filter((i) => i >= 2 && !storedLines[i]!.startsWith(' '))
            storedLines.splice(boundaries[position % boundaries.length]!, 0, line)
            added.push(line)
          }
          stored = storedLines.join('\r\n') + '\r\n'

          const merged = mergeCard(base, stored, fresh)
          const out = lines(merged.body)
          // every line the phone added is still there, byte for byte, in the same order
          const kept = out.filter((l) => added.includes(l))
          expect(kept).toEqual(storedLines.filter((l) => added.includes(l)))
          // every field edited on the phone keeps the phone's value; untouched fields follow the export
          for (const field of Object.keys(EDITABLE) as Editable[]) {
            const expected = edited.has(field) ? values(stored, field) : values(fresh, field)
            expect(values(merged.body, field), field).toEqual(expected)
          }
          expect(values(merged.body, 'UID')).toEqual([contact().uid])
          // importing the same export again is a no-op
          expect(mergeCard(fresh, merged.body, fresh).body).toBe(merged.body)
        },
      ),
      { numRuns: 400 },
    )
  })
})

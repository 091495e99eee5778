/** Gives inserted grouped lines (`item1.URL` + `item1.X-ABLabel`) group names the stored card does not use. */
import type { VProperty } from '../../vcard/index.js'

export function createGroupRenamer(existing: readonly VProperty[]): (lines: VProperty[]) => VProperty[] {
  let next = 1 + Math.max(0, ...existing.map((p) => Number(/^item(\d+)$/i.exec(p.group ?? '')?.[1] ?? 0)))
  const used = new Set(existing.map((p) => p.group?.toLowerCase()).filter(Boolean))
  return (lines) => {
    const renamed = new Map<string, string>()
    return lines.map((line) => {
      if (!line.group) return line
      let group = renamed.get(line.group.toLowerCase())
      if (!group) {
        while (used.has(`item${next}`)) next++
        group = `item${next++}`
        used.add(group)
        renamed.set(line.group.toLowerCase(), group)
      }
      return { group, name: line.name, params: line.params, value: line.value }
    })
  }
}

import { describe, expect, it } from 'vitest'
import type { StepResult } from '../steps.js'
import { isFaster, median, ratio, summariseStep, type StepSummary } from '../summary.js'

const step = (outcome: StepResult['outcome'], ms: number, problems: string[] = []): StepResult => ({ outcome, ms, requests: 1, breakdown: {}, problems })
const summary = (medianMs: number | null, lowerBoundMs: number | null = null): StepSummary =>
  ({ outcome: medianMs === null ? 'timeout' : 'ok', medianMs, lowerBoundMs, problems: [] })

describe('summariseStep', () => {
  it('takes the median of measured runs', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(summariseStep([step('ok', 30), step('ok', 10), step('ok', 20)])).toMatchObject({ outcome: 'ok', medianMs: 20 })
  })

  it('reports a wrong run as wrong, with its problems once', () => {
    const result = summariseStep([step('ok', 10), step('wrong', 12, ['x']), step('wrong', 14, ['x'])])
    expect(result).toMatchObject({ outcome: 'wrong', medianMs: 12, problems: ['x'] })
  })

  it('turns any timeout into a lower bound, the smallest one', () => {
    expect(summariseStep([step('ok', 10), step('timeout', 600_000), step('timeout', 300_000)]))
      .toMatchObject({ outcome: 'timeout', medianMs: null, lowerBoundMs: 300_000 })
  })
})

describe('ratio', () => {
  it('divides medians', () => {
    const r = ratio(summary(50), summary(200))
    expect(r).toMatchObject({ value: 0.25, kind: 'exact', display: '0.25' })
    expect(isFaster(r)).toBe(true)
    expect(isFaster(ratio(summary(300), summary(200)))).toBe(false)
  })

  it('gives an upper bound when the peer timed out', () => {
    const r = ratio(summary(1200), summary(null, 600_000))
    expect(r).toMatchObject({ kind: 'at most', display: '<0.002' })
    expect(isFaster(r)).toBe(true)
  })

  it('gives a lower bound when linkingout timed out, which never counts as faster', () => {
    const r = ratio(summary(null, 600_000), summary(1000))
    expect(r).toMatchObject({ kind: 'at least', display: '>600' })
    expect(isFaster(r)).toBe(false)
    expect(ratio(summary(null, 1), summary(null, 1)).kind).toBe('unknown')
  })
})

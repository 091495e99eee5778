/**
 * Files of a 2026 Complete export that carry no contact data but trip naive importers (§2.2):
 * a whole-file `No conversations found`, a member-numbered Comments file, Learning.csv whose header
 * ends in a comma, and an article under Articles/Articles/.
 */
import { Rng } from '../prng.js'
import { DAY_MS, plainDateTime } from '../dates.js'
import { csvFile, textFile, type FileWriter } from '../context.js'

const LEARNING_HEADER = [
  'Content Title', 'Content Description', 'Content Type', 'Content Last Watched Date (if viewed)',
  'Content Completed At (if completed)', 'Content Saved', 'Notes taken on videos (if taken)', '',
]

const ARTICLE = `<html><head><meta charset="utf-8"><title>Calm deploys, in practice</title></head>
<body><h1>Calm deploys, in practice</h1><p>Small changes, shipped often, watched closely.</p></body></html>
`

export const writeNoise: FileWriter = (ctx) => {
  if (!ctx.preset.noiseFiles) return []
  const rng = Rng.for(ctx.network.seed, 'noise')
  const memberId = rng.int(100_000_000, 999_999_999)
  const comments = [1, 2, 3].map(() => [
    plainDateTime(ctx.exportMs - rng.int(1, 400) * DAY_MS + rng.int(0, 86_399) * 1000),
    `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7${rng.int(100_000_000, 999_999_999)}${rng.int(100_000_000, 999_999_999)}`,
    rng.pick(['Congrats, well deserved!', 'Great write-up, thanks for sharing.', 'Agreed, and "boring" is a feature.']),
  ])
  const watched = ctx.exportMs - rng.int(30, 300) * DAY_MS + rng.int(0, 86_399) * 1000
  const minute = (ms: number) => plainDateTime(ms).slice(0, 16)
  const learning = [
    ['Writing for Engineers', 'Clear, short docs, and why they matter', 'COURSE', minute(watched), '', 'false', '', ''],
    ['Negotiation Basics', '', 'VIDEO', minute(watched - 90 * DAY_MS), minute(watched - 90 * DAY_MS + 25 * 60_000), 'true', '', ''],
  ]
  return [
    textFile('LearningCoachMessages.csv', 'No conversations found'),
    csvFile(ctx, { path: `Comments_${memberId}.csv`, records: [['Date', 'Link', 'Message'], ...comments], rows: comments.length }),
    csvFile(ctx, { path: 'Learning.csv', records: [LEARNING_HEADER, ...learning], rows: learning.length }),
    textFile('Articles/Articles/calm-deploys-in-practice.html', ARTICLE),
  ]
}

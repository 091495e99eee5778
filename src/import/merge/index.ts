export { mergeCard, type FieldConflict, type MergeResult } from './merge-card.js'

import { describe, expect, it } from 'vitest'
import { readProfile } from '../../../src/import/readers/profile.js'
import { readRecommendationsReceived } from '../../../src/import/readers/recommendations.js'
import { PROFILE_2026, RECOMMENDATIONS } from '../csv/fixtures.js'
import { tableOf } from './table.js'

describe('readRecommendationsReceived', () => {
  it('reads recommenders with zero-padded creation dates', () => {
    const { rows, skipped } = readRecommendationsReceived(tableOf('recommendationsReceived', RECOMMENDATIONS), 'Recommendations_Received.csv')
    expect(skipped).toEqual([])
    expect(rows).toEqual([
      { firstName: 'Mara', lastName: 'Quellen', company: 'Brightwater Labs, Inc.', jobTitle: 'Staff Engineer', text: 'Sam is calm under pressure, and "ships".', createdOn: '2024-03-02T16:15', status: 'VISIBLE' },
      { firstName: 'Noor', lastName: 'Haddad', company: 'Orchard Systems', jobTitle: 'CTO', text: 'Great collaborator.', createdOn: '2021-11-19T09:03', status: 'HIDDEN' },
    ])
  })

  it('skips empty recommendations and recommendations without a name', () => {
    const text = 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nMara,Quellen,,,,,VISIBLE\n,,,,Anonymous praise,,VISIBLE\n'
    expect(readRecommendationsReceived(tableOf('recommendationsReceived', text), 'r.csv').skipped).toEqual([
      { file: 'r.csv', line: 2, reason: 'an empty recommendation' },
      { file: 'r.csv', line: 3, reason: 'no recommender name' },
    ])
  })
})

describe('readProfile', () => {
  it('reads the owner name and headline', () => {
    expect(readProfile(tableOf('profile', PROFILE_2026), 'Profile.csv')).toEqual({
      rows: [{ firstName: 'Sam', lastName: 'Owner', headline: 'Engineer, builder' }],
      skipped: [],
    })
  })

  it('skips a row without a name', () => {
    const text = 'First Name,Last Name,Headline\n,,Someone\n'
    expect(readProfile(tableOf('profile', text), 'Profile.csv')).toEqual({ rows: [], skipped: [{ file: 'Profile.csv', line: 2, reason: 'no name' }] })
  })
})

import { describe, expect, it } from 'vitest'
import { criteriaFor, DEFAULT_LADDER, findLevel, trackFor } from '../../../../shared/domain/ladder'
import { ladderToMarkdown, parseLadderCsv, parseLadderMarkdown } from './ladderImport'

describe('importing a ladder', () => {
  it('reads back its own Markdown: same levels, aliases, scope bars and criteria', () => {
    expect(parseLadderMarkdown(ladderToMarkdown(DEFAULT_LADDER)).levels).toEqual(DEFAULT_LADDER.levels)
  })

  it('reads a CSV ladder, one row per criterion, and its criteria follow the level', () => {
    const ladder = parseLadderCsv(
      'level,name,track,aliases,scope,criterion\n' +
        'L5,Senior Engineer,IC engineering,"Senior, E5",team,Ships the team’s hardest work\n' +
        'L5,Senior Engineer,IC engineering,"Senior, E5",team,"Mentors two people, at least"\n' +
        'L6,Staff Engineer,IC engineering,Staff,several teams,Sets direction for the org\n'
    )
    expect(ladder.levels).toHaveLength(2)
    expect(criteriaFor(ladder, 'E5')).toEqual(['Ships the team’s hardest work', 'Mentors two people, at least'])
    expect(findLevel(ladder, 'Staff')!.scopeRank).toBe(2)
  })

  it('says what is wrong with a ladder it cannot read', () => {
    expect(() => parseLadderCsv('name,foo\nx,y')).toThrow(/level.*criterion/)
    expect(() => parseLadderMarkdown('# Empty\n\n## L5 Senior\n\nTrack: IC engineering\n')).toThrow(/at least one criterion/)
  })
})

describe('one reading of a track', () => {
  it('an imported level is on the track a profile with that role is on', () => {
    const ladder = parseLadderMarkdown(
      '# Ours\n\n## L7 Director of Product\n\n- Owns the product strategy\n\n## M3 Engineering Director\n\n- Leads managers\n\n## L6 Staff Engineer\n\n- Sets direction\n'
    )
    for (const level of ladder.levels) expect(level.track).toBe(trackFor({ role: level.name }))
    expect(ladder.levels.map((l) => l.track)).toEqual(['ic-product', 'management', 'ic-engineering'])
  })

  it('a ladder exported before the product track was renamed still imports on the product track', () => {
    // "IC product" misnamed a ladder whose top rungs (Director, Senior Director) lead people.
    const old = '# Ours\n\n## L8 Head of Craft\n\nTrack: IC product\n\n- Shapes company product strategy\n'
    expect(parseLadderMarkdown(old).levels[0]!.track).toBe('ic-product')
    expect(ladderToMarkdown(DEFAULT_LADDER)).not.toMatch(/IC product/)
    expect(ladderToMarkdown(DEFAULT_LADDER)).toMatch(/Track: Product\n/)
  })
})

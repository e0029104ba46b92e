import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract } from '../../../shared/api/contract'
import { route } from '../../../shared/api/define'
import { createCore } from './createCore'
import { createDispatcher } from './dispatch'
import { AppError } from '../base/errors'
import { tempDataDir } from '../store/testing'

// Inputs no route accepts: every route input is a strict object.
const BAD_INPUTS: unknown[] = [null, 42, 'text', [], true, { unexpectedField: 1 }, { __proto__: { polluted: true }, nope: 1 }]

describe('dispatch', () => {
  it('every route rejects bad input with VALIDATION and leaves the store file unchanged', async () => {
    const dataDir = tempDataDir()
    const core = await createCore({ dataDir, mode: 'browser', version: 'test', lockFolder: false })
    await core.dispatch('wins.create', { date: '2026-02-03', title: 'Seed win' })
    const onDisk = () =>
      readdirSync(dataDir)
        .filter((n) => n.startsWith('loopwise.'))
        .map((n) => `${n}:${readFileSync(join(dataDir, n), 'utf8')}`)
    const before = onDisk()
    const routes = Object.keys(contract)
    expect(routes.length).toBeGreaterThan(5)
    for (const name of routes) {
      for (const bad of BAD_INPUTS) {
        const result = await core.dispatch(name, bad)
        expect(result, `${name} with ${JSON.stringify(bad)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      }
    }
    expect(onDisk()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    await core.close()
  })

  it('an unknown route is VALIDATION, not a crash', async () => {
    const core = await createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })
    expect(await core.dispatch('nope.route', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    await core.close()
  })

  it('validation messages name the field in words a person understands', async () => {
    const core = await createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })
    const result = await core.dispatch('wins.create', { date: '2026-02-30', title: '  ' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const fields = (result.error.details as { fields: { path: string; message: string }[] }).fields
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'date', message: 'That day does not exist on the calendar.' },
        { path: 'title', message: 'A title is required.' }
      ])
    )
    await core.close()
  })

  it('says what is wrong in words, never as a field path, and lists every problem', async () => {
    const core = await createCore({ dataDir: tempDataDir(), mode: 'browser', version: 'test', lockFolder: false })
    const message = async (route: string, input: unknown) => {
      const result = await core.dispatch(route, input)
      if (result.ok) throw new Error(`${route} accepted ${JSON.stringify(input)}`)
      return result.error.message
    }
    expect(await message('people.create', { name: '  ', role: 'manager' })).toBe('A name is required.')
    expect(await message('wins.create', { date: '2026-02-30', title: '' })).toBe(
      'That day does not exist on the calendar. A title is required.'
    )
    // Where a schema has no sentence of its own, the field is named as a person would say it.
    expect(await message('settings.update', { allowPlainTextKeyStorage: 'yes' })).toBe('Allow plain text key storage must be yes or no.')
    expect(await message('wins.create', { date: '2026-02-03', title: 'x', colour: 'red' })).toBe(
      'Loopwise does not know the field “colour”.'
    )
    expect(await message('checkIns.create', { checkIn: { personId: 'p', date: '2026-01-01', theirGoals: ['', 'ok'] } })).toBe(
      'What they are trying to do is required.'
    )
    // Every bad input to every route: no dotted paths, no "path: message", no zod's own wording.
    for (const route of Object.keys(contract)) {
      for (const bad of [...BAD_INPUTS, { id: 42, text: 7, date: [] }]) {
        const text = await message(route, bad)
        expect(text, `${route} with ${JSON.stringify(bad)}`).not.toMatch(/^[\w.[\]]+: |\b\w+\.\w+\.\w|Invalid input|expected \w+, received/)
      }
    }
    await core.close()
  })

  it('keeps AppError codes, hides unexpected errors as INTERNAL, and checks outputs', async () => {
    const tiny = {
      'x.notFound': route({ summary: '', input: z.strictObject({}), output: z.string() }),
      'x.boom': route({ summary: '', input: z.strictObject({}), output: z.string() }),
      'x.badOutput': route({ summary: '', input: z.strictObject({}), output: z.string() })
    }
    const dispatch = createDispatcher(tiny, {
      'x.notFound': () => {
        throw new AppError('NOT_FOUND', 'No such win.')
      },
      'x.boom': () => {
        throw new Error('secret internal detail')
      },
      'x.badOutput': () => 42 as unknown as string
    })
    expect(await dispatch('x.notFound', {}, {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No such win.' } })
    const boom = await dispatch('x.boom', {}, {})
    expect(boom).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(boom)).not.toContain('secret internal detail')
    expect(await dispatch('x.badOutput', {}, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})

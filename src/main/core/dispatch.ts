import type { z } from 'zod'
import type { Contract, Handlers } from '../../shared/api/define'
import { fail, ok, type Result } from '../../shared/api/result'
import { AppError } from './errors'
import { createOutputChecker } from './outputCheck'

export interface DispatchLogger {
  error(message: string, meta?: Record<string, unknown>): void
}

/** Turns zod issues into sentences a person can act on, keyed by field path. */
export function describeIssues(issues: z.core.$ZodIssue[]) {
  const fields = issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  const first = fields[0]
  const message = first
    ? `${first.path ? `${first.path}: ` : ''}${first.message}${fields.length > 1 ? ` (and ${fields.length - 1} more)` : ''}`
    : 'The input is not valid.'
  return { message, fields }
}

/**
 * Validate, run, validate again, and never throw across the boundary. Unknown routes and
 * inputs that do not match the contract are VALIDATION; thrown AppErrors keep their code;
 * anything else is INTERNAL with no stack or private text in the message.
 */
export function createDispatcher<C extends Contract, Ctx>(contract: C, handlers: Handlers<C, Ctx>, logger?: DispatchLogger) {
  const outputCheckers = new Map(Object.entries(contract).map(([name, def]) => [name, createOutputChecker(def.output)]))
  return async function dispatch(route: string, rawInput: unknown, ctx: Ctx): Promise<Result<unknown>> {
    if (typeof route !== 'string' || !Object.hasOwn(contract, route)) {
      return fail('VALIDATION', `Unknown route: ${String(route).slice(0, 80)}`)
    }
    const def = contract[route]!
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput)
    if (!parsed.success) {
      const { message, fields } = describeIssues(parsed.error.issues)
      return fail('VALIDATION', message, { fields })
    }
    try {
      const handler = handlers[route as keyof C] as (input: unknown, ctx: Ctx) => unknown
      const output = await handler(parsed.data, ctx)
      const checked = outputCheckers.get(route)!(output)
      if (!checked.success) {
        logger?.error('handler output failed its schema', { route, issues: checked.error.issues.length })
        return fail('INTERNAL', `Loopwise produced an unexpected result for ${route}. Please report this.`)
      }
      return ok(checked.data)
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.details)
      logger?.error('handler threw', { route, name: (error as Error)?.name })
      return fail('INTERNAL', `Something went wrong in ${route}. Nothing was changed.`)
    }
  }
}

export type Dispatch = ReturnType<typeof createDispatcher>

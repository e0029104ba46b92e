import type { Contract, Handlers } from '../../../shared/api/define'
import { describeIssues, humanError } from '../../../shared/api/issues'
import { fail, ok, type Result } from '../../../shared/api/result'
import { AppError } from '../base/errors'
import { createOutputChecker } from './outputCheck'

export interface DispatchLogger {
  error(message: string, meta?: Record<string, unknown>): void
}

// Sentences a person can act on, the same for every client (shared/api/issues.ts).
export { describeIssues }

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
    // The schemas' own messages win; humanError words what zod would otherwise say by default.
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput, { error: humanError })
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

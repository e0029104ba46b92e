import type { z } from 'zod'

// One schema pair drives a route's name, input and output (after Cherry Studio's v2 IPC).
export interface RouteDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
  /** One line for docs/api.md. */
  summary: string
}

export const route = <I extends z.ZodType, O extends z.ZodType>(def: RouteDef<I, O>): RouteDef<I, O> => def

export type Contract = Record<string, RouteDef>

export type RouteInput<C extends Contract, R extends keyof C> = z.input<C[R]['input']>
export type ParsedInput<C extends Contract, R extends keyof C> = z.output<C[R]['input']>
export type RouteOutput<C extends Contract, R extends keyof C> = z.output<C[R]['output']>

/** The exhaustive handler table: a route without a handler does not compile. */
export type Handlers<C extends Contract, Ctx> = {
  [R in keyof C]: (input: ParsedInput<C, R>, ctx: Ctx) => Promise<RouteOutput<C, R>> | RouteOutput<C, R>
}

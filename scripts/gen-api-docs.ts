// Generates docs/api.md from the contract so the documented API never drifts.
// `--check` fails when the committed file differs from what the contract says.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { contract } from '../src/shared/api/contract'
import { appEvents } from '../src/shared/api/events'

const schemaText = (schema: z.ZodType, io: 'input' | 'output') =>
  JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: 'any' }), null, 2)

export function renderApiDocs(): string {
  const lines = [
    '# Loopwise local API',
    '',
    'Generated from `src/shared/api/contract.ts` by `npm run docs:api`; do not edit by hand.',
    '',
    'Every route is `POST /api/<route>` in browser mode (header `Authorization: Bearer <token>`, JSON body) and',
    '`window.api.invoke(route, input)` in the desktop app. Every answer is `{ "ok": true, "data": … }` or',
    '`{ "ok": false, "error": { "code", "message", "details?" } }` with code one of VALIDATION, NOT_FOUND, CONFLICT,',
    'STORAGE, READ_ONLY, UNAVAILABLE, PROVIDER, CANCELLED, INTERNAL.',
    '',
    '| route | what it does |',
    '| --- | --- |',
    ...Object.entries(contract).map(([name, def]) => `| \`${name}\` | ${def.summary} |`),
    ''
  ]
  for (const [name, def] of Object.entries(contract)) {
    lines.push(
      `## ${name}`,
      '',
      def.summary,
      '',
      '<details><summary>Input</summary>',
      '',
      '```json',
      schemaText(def.input, 'input'),
      '```',
      '',
      '</details>',
      ''
    )
    lines.push('<details><summary>Output</summary>', '', '```json', schemaText(def.output, 'output'), '```', '', '</details>', '')
  }
  lines.push(
    '# Events',
    '',
    'Pushed by the core: `window.api.on(event, callback)` in the desktop app, the `/api/events` stream in browser mode.',
    ''
  )
  for (const [name, def] of Object.entries(appEvents)) {
    lines.push(`## event ${name}`, '', def.summary, '', '<details><summary>Payload</summary>', '', '```json')
    lines.push(schemaText(def.payload, 'output'), '```', '', '</details>', '')
  }
  return lines.join('\n')
}

const target = join(__dirname, '..', 'docs', 'api.md')
const text = renderApiDocs()
if (parseArgs({ options: { check: { type: 'boolean', default: false } } }).values.check) {
  let current: string
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    current = ''
  }
  if (current !== text) {
    console.error('docs/api.md is out of date with the contract. Run: npm run docs:api')
    process.exit(1)
  }
  console.log(`docs/api.md matches the contract (${Object.keys(contract).length} routes).`)
} else {
  writeFileSync(target, text)
  console.log(`Wrote docs/api.md (${Object.keys(contract).length} routes).`)
}

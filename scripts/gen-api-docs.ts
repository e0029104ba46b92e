// Generates docs/api.md from the contract so the documented API never drifts.
// `--check` fails when the committed file differs from what the contract says.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { contract } from '../src/shared/api/contract'

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
  return lines.join('\n')
}

const target = join(__dirname, '..', 'docs', 'api.md')
const text = renderApiDocs()
if (process.argv.includes('--check')) {
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

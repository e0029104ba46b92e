/**
 * `npm run eval:interview`: how often the offline rubric agrees with the labelled pairs, on the
 * development corpus (tuned on) and the hold-out (never tuned on). Misses are listed so a
 * change to a criterion can be judged on the answers it gets wrong.
 */
import { agreement, describeAgreement, scorePairs } from './agreement'
import { DEVELOPMENT_PAIRS } from './corpus/development'
import { HOLDOUT_PAIRS } from './corpus/holdout'

const verbose = process.argv.includes('--misses')
for (const [name, pairs] of [
  ['development', DEVELOPMENT_PAIRS],
  ['hold-out', HOLDOUT_PAIRS]
] as const) {
  const a = agreement(scorePairs(pairs))
  console.log(describeAgreement(name, a))
  if (verbose) for (const m of a.misses) console.log(`  miss ${m.on}: ${m.id} (better ${m.better}, worse ${m.worse})`)
}

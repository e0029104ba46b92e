// Runs the "no permission" disk fault as an unprivileged user: root ignores file modes,
// so the parent starts this process with another uid, and it removes its own write
// permission from its data folder (and gives it back) around the scenario.
import { chmodSync, writeSync } from 'node:fs'
import { runFaultScenario } from './faultScenario'

const dataDir = process.argv[2]!
runFaultScenario(
  dataDir,
  () => chmodSync(dataDir, 0o500),
  () => chmodSync(dataDir, 0o700),
  { breakWhileStopped: true }
)
  .then((outcome) => writeSync(1, `${JSON.stringify(outcome)}\n`))
  .catch((error: Error) => writeSync(1, `${JSON.stringify({ problem: `threw ${error.message}` })}\n`))

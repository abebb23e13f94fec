// The fold of a programme's simulated log (what a report reads from it), and the key of what
// that fold depends on. Internal to the package: `Report.simulated` and `SimulatedLog` share it.
import type * as Report from "../Report.js"
import * as Simulation from "../Simulation.js"
import { eventFolder, type Fold } from "./fold.js"
import { fullTimeOf, windowOf } from "./input.js"
import { cutOffDates } from "./sections.js"

/** The seed a simulated report uses: the one asked for, else the calibration's default. */
export const seedOf = (calibration: Simulation.Calibration, seed: number | undefined): number =>
  seed ?? calibration.defaultSeed.value

/** One pass over the simulated log, in date order as the simulation gives it. */
export const simulatedFold = (
  input: Report.Input,
  calibration: Simulation.Calibration,
  seed: number
): Fold => {
  const window = windowOf(input)
  const folder = eventFolder(fullTimeOf(input), window, cutOffDates(input.programme, window), true)
  for (const event of Simulation.simulate(calibration, { seed, from: window.from, to: window.to })) {
    folder.add(event)
  }
  return folder.result()
}

// Two 32-bit FNV-1a lanes, one over the text forwards and one backwards from another basis: a
// key that tells inputs apart, not a security measure (any change of the text changes it with
// near certainty, and no one is trying to forge a digest).
const fnv1a = (text: string, basis: number, backwards: boolean): number => {
  let h = basis
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(backwards ? text.length - 1 - k : k)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}
const hash64 = (text: string): string =>
  fnv1a(text, 2166136261, false).toString(16).padStart(8, "0") +
  fnv1a(text, 1540483477, true).toString(16).padStart(8, "0")

/** Bumped whenever the fold's layout or the way it is written changes. */
export const digestVersion = 1

/**
 * Everything the fold of a simulated log depends on besides the simulation's code: the
 * calibration, the seed, the window, the dates the KPIs are taken on and the full-time week.
 */
export const keyOf = (input: Report.Input, calibration: Simulation.Calibration, seed: number): string => {
  const window = windowOf(input)
  return hash64(
    JSON.stringify([
      digestVersion,
      calibration,
      seed,
      window.from,
      window.to,
      cutOffDates(input.programme, window),
      fullTimeOf(input)
    ])
  )
}

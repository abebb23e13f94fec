import * as Result from "effect/Result"
import { type Ratio, ratio, ratioFromNumber } from "../Money.js"

/** The exact fraction `a / b` of two positive decimals (hours such as 17.5 and 35). */
export const hoursRatio = (a: number, b: number): Ratio => {
  const x = Result.getOrThrow(ratioFromNumber(a))
  const y = Result.getOrThrow(ratioFromNumber(b))
  return ratio(x.numerator * y.denominator, x.denominator * y.numerator)
}

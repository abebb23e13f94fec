/**
 * Money.scale on a batch of amounts against a plain loop of float arithmetic (which is not
 * exact: it is the speed ceiling, not a correct alternative).
 */
import { Money } from "@gip-sante/core"
import { consume, type Suite } from "./harness.js"

export const moneySuite = (size: number): Suite => {
  const amounts: Array<Money.Cents> = []
  for (let i = 0; i < size; i++) amounts.push(Money.cents(400_000 + ((i * 7919) % 300_000)))
  const fte = Money.ratio(27, 35)
  return {
    title: `Scaling ${size.toLocaleString("en-US")} amounts by 27/35 (exact, half-even)`,
    unit: "amount",
    baseline: "plain float loop (inexact)",
    cases: [
      {
        name: "plain float loop (inexact)",
        run: () => {
          let total = 0
          for (let i = 0; i < amounts.length; i++) total += Math.round((amounts[i]! * 27) / 35)
          consume(total)
          return amounts.length
        }
      },
      {
        name: "Money.scale",
        run: () => {
          let total = 0
          for (let i = 0; i < amounts.length; i++) total += Money.scale(amounts[i]!, fte, "halfEven")
          consume(total)
          return amounts.length
        }
      }
    ]
  }
}

// A small application of @gip-sante/core and @gip-sante/occitanie, as a user writes it against
// the installed packages. scripts/check-install.ts type-checks it (nodenext and bundler module
// resolution), runs it in Node and bundles it for the browser. Each line it prints is a check
// that held; it throws on the first that does not.
import { Calendar, Contract, Money, Parameter, Pay, Policy } from "@gip-sante/core"
import { cents, localDate } from "@gip-sante/core/testing"
import { policy, policyJson } from "@gip-sante/occitanie"
import { Result } from "effect"
import * as fc from "fast-check"

const check = (what: string, actual: unknown, expected: unknown): void => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
  console.log(`ok: ${what}`)
}

check("Money formats euros the French way", Money.format(Money.euros(4700)), "4\u202f700,00\u00a0€")
check(
  "Money splits without losing a cent",
  Result.getOrThrow(Money.allocate(Money.euros(100), [1, 1, 1])),
  [3334, 3333, 3333]
)
check("14 July is a public holiday", Calendar.isPublicHoliday(Calendar.date("2025-07-14")), true)
check("the preset's policy decodes", Result.isSuccess(Policy.decode(policyJson)), true)

// The GP consultation tariff in force on each side of its change (S2), read from the policy.
const g = Parameter.define({ id: "tariff.consultation.g", type: "money", unit: "eurosPerAct", label: "G" })
const tariff = (day: string): string =>
  Money.format(Result.getOrThrow(Policy.read(policy, g, Calendar.date(day))).value)
check(
  "the G tariff before and after 22 December 2024",
  [tariff("2024-12-21"), tariff("2024-12-22")],
  ["26,50\u00a0€", "30,00\u00a0€"]
)

// A full-time GP with no prior practice earns the bottom of the S1 range: 4,700 € net a month.
const gp = Result.getOrThrow(
  Contract.decode(policy, {
    id: "gp-1",
    profession: "gp",
    weeklyHours: 35,
    daysPerWeek: 5,
    start: "2025-01-01",
    seniorityAtHireYears: 0,
    retiree: false,
    kind: "permanent"
  })
)
const pay = Result.getOrThrow(Pay.monthly(policy, gp, Calendar.date("2025-06-01")))
check("a full-time GP's monthly net pay", Money.format(pay.net), "4\u202f700,00\u00a0€")

// The testing entry point gives fast-check arbitraries of the domain types.
check(
  "the testing arbitraries give cents and dates",
  fc
    .sample(fc.tuple(cents(), localDate()), { numRuns: 20, seed: 18 })
    .every(([amount, day]) => Number.isSafeInteger(amount) && /^\d{4}-\d{2}-\d{2}$/.test(day)),
  true
)

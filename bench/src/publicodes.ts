/**
 * Our pay against Publicodes (issue 9): the same monthly pay model written as Publicodes rules,
 * built from the Occitanie preset read through `Pay.prepare` (no number is copied by hand), and
 * evaluated per contract with `setSituation` + `evaluate`. Before timing, the suite compares the
 * cents of both engines on every contract it times and prints each difference with its cause.
 *
 * Modelling choices, all of which can only make Publicodes faster or closer to us:
 * - rules are unitless (no `unité`, so no unit inference or conversion);
 * - seniority is computed by our rule (`Pay.seniorityYears`) and given as a situation value, so
 *   both engines select the echelon from the same input;
 * - only contracts in force on the date are evaluated (Publicodes is not asked to model
 *   contract dates).
 *
 * Publicodes has no "explanation off" switch: `evaluate` always returns the evaluated syntax
 * tree (every node decorated with its `nodeValue`), which is its explanation. The "explained"
 * case therefore adds only what a reader of that explanation does: it walks the tree and reads
 * the value of every rule of the model, as Publicodes' documentation pages show them.
 */
import { Calendar, type Contract, Pay } from "@gip-sante/core"
import { Result } from "effect"
import Engine, { type EvaluatedNode, reduceAST } from "publicodes"
import { flatPolicy as policy } from "./flat-policy.js"
import { consume, type Suite } from "./harness.js"
import { handLoop, syntheticContracts } from "./pay.js"

const date = Calendar.date("2025-06-01")
const professions = ["gp", "midwife", "ipa", "secretary"] as const

const prepared = () => Result.getOrThrow(Pay.prepare(policy, date, professions))

/** The two flat rates the Publicodes model reproduces, as exact fractions and as read. */
const flatRates = (p: Pay.Prepared) => {
  const c = p.contributions
  if (c.kind !== "flat") throw new Error("The Publicodes model reproduces the flat rates only")
  const denominator = 10 ** c.rateScale
  return {
    netShare: { numerator: c.netShareUnits, denominator, value: c.netShareOfGross.value },
    employerRate: { numerator: c.employerRateUnits, denominator, value: c.employerContributionRate.value }
  }
}

/** Euros as Publicodes sees them: the decimal number whose cents are `cents`. */
const euros = (cents: number) => cents / 100

/** The pay model as Publicodes rules, from the values our policy gives on `date`. */
export const payRules = (p: Pay.Prepared = prepared()): Record<string, unknown> => {
  if (p.roundingMode !== "halfUp") {
    // Publicodes' `arrondi` rounds half away from zero, which is half-up only on positive amounts.
    throw new Error(`The Publicodes model only reproduces halfUp rounding, the policy says ${p.roundingMode}`)
  }
  const cent = { arrondi: "2 décimales" }
  const grids = [...p.grids]
  const netProfessions = grids.filter(([, g]) => g.basis === "net").map(([name]) => name)
  const rules: Record<string, unknown> = {
    // Inputs, all given in the situation.
    seniority: { titre: "Seniority counted by the grid (years)", "par défaut": 0 },
    "weekly hours": { titre: "Contract weekly hours", "par défaut": p.fullTimeWeeklyHours },
    profession: { titre: "Profession", "par défaut": `'${grids[0]![0]}'` },
    // Parameters of the policy.
    "full-time weekly hours": p.sources.fullTimeWeeklyHours.value,
    "net share of gross": flatRates(p).netShare.value,
    "employer contribution rate": flatRates(p).employerRate.value,
    grid: { titre: "Salary grids" },
    "net basis": {
      titre: "The profession's grid gives net amounts",
      valeur:
        netProfessions.length === 0
          ? "non"
          : { "une de ces conditions": netProfessions.map((name) => `profession = '${name}'`) }
    },
    // Computation, rounded to the cent at the same steps as Pay.
    "full-time amount": {
      variations: grids.map(([name], i) =>
        i < grids.length - 1
          ? { si: `profession = '${name}'`, alors: `grid . ${name}` }
          : { sinon: `grid . ${name}` }
      )
    },
    "paid hours": p.extraHoursCompensatedByRtt
      ? { valeur: "weekly hours", plafond: "full-time weekly hours" }
      : "weekly hours",
    "pay share": "paid hours / full-time weekly hours",
    "contractual pay": { valeur: "full-time amount * pay share", ...cent },
    gross: {
      variations: [
        { si: "net basis", alors: { valeur: "contractual pay / net share of gross", ...cent } },
        { sinon: "contractual pay" }
      ]
    },
    net: {
      variations: [
        { si: "net basis", alors: "contractual pay" },
        { sinon: { valeur: "gross * net share of gross", ...cent } }
      ]
    },
    "employer contributions": { valeur: "gross * employer contribution rate", ...cent },
    "employer cost": "gross + employer contributions"
  }
  for (const [name, g] of grids) {
    const tranches = Array.from(g.amounts, (amount, i) => {
      const ceiling = g.thresholds[i + 1]
      return ceiling === undefined ? { montant: euros(amount) } : { montant: euros(amount), plafond: ceiling }
    })
    rules[`grid . ${name}`] = { grille: { assiette: "seniority", tranches } }
  }
  return rules
}

/** The rules of the model whose values an explanation shows (everything but the grid folder). */
const explainedRules = [
  "seniority",
  "weekly hours",
  "profession",
  "full-time weekly hours",
  "net share of gross",
  "employer contribution rate",
  "net basis",
  "full-time amount",
  "paid hours",
  "pay share",
  "contractual pay",
  "gross",
  "net",
  "employer contributions"
] as const

export const makeEngine = () => new Engine(payRules() as never, { warn: false })
type PayEngine = ReturnType<typeof makeEngine>

const situationOf = (c: Contract.Contract) => ({
  seniority: Pay.seniorityYears(c, date),
  "weekly hours": c.weeklyHours,
  profession: `'${c.profession}'`
})

const valueOf = (node: EvaluatedNode): number => {
  if (typeof node.nodeValue !== "number") throw new Error(`Expected a number, got ${String(node.nodeValue)}`)
  return node.nodeValue
}

// Publicodes' amounts are floats in euros; a sum of two cent-rounded floats is within 1e-9 of
// a whole number of cents, so Math.round recovers it exactly.
const cents = (x: number) => Math.round(x * 100)

export const publicodesPay = (engine: PayEngine, c: Contract.Contract) => {
  engine.setSituation(situationOf(c) as never)
  return {
    net: cents(valueOf(engine.evaluate("net"))),
    gross: cents(valueOf(engine.evaluate("gross"))),
    employerCost: cents(valueOf(engine.evaluate("employer cost")))
  }
}

/** One evaluation with its explanation read: the tree walked, every rule's value fetched. */
const explainedEvaluation = (engine: PayEngine, c: Contract.Contract) => {
  engine.setSituation(situationOf(c) as never)
  const root = engine.evaluate("employer cost")
  let nodes = 0
  reduceAST<undefined>(
    () => {
      nodes++
      return undefined
    },
    undefined,
    root
  )
  const values: Array<unknown> = []
  for (const name of explainedRules) values.push(engine.evaluate(name).nodeValue)
  return { employerCost: valueOf(root), nodes, values }
}

/** The contracts in force on the date among the first `count` synthetic contracts. */
export const activeContracts = (count: number) =>
  syntheticContracts(count).filter((c) => c.start <= date && (c.end === undefined || date < c.end))

const fmtEuros = (c: number) => (c / 100).toFixed(2)

// Why a difference happens: every rounded step whose value differs, with the exact
// quotient (a tie at half a cent, or not) and the float Publicodes rounded.
const diagnose = (engine: PayEngine, p: Pay.Prepared, c: Contract.Contract, ours: Pay.MonthlyPay): string => {
  engine.setSituation(situationOf(c) as never)
  const steps: Array<[string, string, number, number, number]> = []
  const grid = p.grids.get(c.profession)!
  const contractual = grid.basis === "net" ? ours.net : ours.gross
  const share = ours.payShare
  steps.push([
    "contractual pay",
    "full-time amount * pay share",
    ours.fullTime.amount * share.numerator,
    share.denominator,
    contractual
  ])
  const { netShare: ns } = flatRates(p)
  if (grid.basis === "net") {
    steps.push([
      "gross",
      "contractual pay / net share of gross",
      ours.net * ns.denominator,
      ns.numerator,
      ours.gross
    ])
  } else {
    steps.push(["net", "gross * net share of gross", ours.gross * ns.numerator, ns.denominator, ours.net])
  }
  const { employerRate: er } = flatRates(p)
  steps.push([
    "employer contributions",
    "gross * employer contribution rate",
    ours.gross * er.numerator,
    er.denominator,
    ours.employerContributions
  ])
  const causes: Array<string> = []
  for (const [rule, expression, n, d, ourCents] of steps) {
    const theirs = cents(valueOf(engine.evaluate(rule)))
    if (theirs === ourCents) continue
    const raw = valueOf(engine.evaluate(expression))
    const tie = 2 * (n % d) === d
    causes.push(
      `${rule}: exact ${n}/${d} = ${(n / d).toFixed(4)} cents${tie ? " (a tie at half a cent)" : ""}, we round to ${fmtEuros(ourCents)}; Publicodes computes ${expression} = ${raw.toPrecision(17)} in floats and rounds to ${fmtEuros(theirs)}`
    )
  }
  return causes.length > 0 ? causes.join("; ") : "no rounded step differs (difference in the final sum)"
}

export interface Comparison {
  readonly checked: number
  readonly differences: ReadonlyArray<string>
}

/** Both engines on every contract: net, gross and employer cost, to the cent. */
export const compareEngines = (contracts: ReadonlyArray<Contract.Contract>): Comparison => {
  const p = prepared()
  const engine = makeEngine()
  const differences: Array<string> = []
  for (const c of contracts) {
    const ours = Result.getOrThrow(Pay.monthly(policy, c, date))
    const theirs = publicodesPay(engine, c)
    const fields = (["net", "gross", "employerCost"] as const).filter((k) => ours[k] !== theirs[k])
    if (fields.length > 0) {
      differences.push(
        `${c.id} (${c.profession}, ${c.weeklyHours} h, ${Pay.seniorityYears(c, date).toFixed(3)} years): ${fields
          .map((k) => `${k} ours ${fmtEuros(ours[k])} vs Publicodes ${fmtEuros(theirs[k])}`)
          .join(", ")} — ${diagnose(engine, p, c, ours)}`
      )
    }
  }
  return { checked: contracts.length, differences }
}

export const publicodesSuite = (count: number): Suite => {
  const contracts = activeContracts(count)
  const comparison = compareEngines(contracts)
  const n = comparison.differences.length
  console.log(
    `Publicodes vs Pay on the ${contracts.length.toLocaleString("en-US")} contracts in force among the first ${count.toLocaleString("en-US")} synthetic ones: ${
      n === 0 ? "same cents (net, gross, employer cost) on every contract" : `${n} differ`
    }`
  )
  for (const d of comparison.differences) console.log(`  - ${d}`)
  console.log("")
  const engine = makeEngine()
  const explainEngine = makeEngine()
  const prepared = Result.getOrThrow(Pay.prepare(policy, date, ["gp", "midwife", "ipa", "secretary"]))
  const hand = new Float64Array(contracts.length)
  const once = handLoop(contracts, hand)
  once()
  const repeat = 20
  const runHand = () => {
    for (let k = 1; k < repeat; k++) once()
    return once()
  }
  return {
    title: `Monthly pay per contract, Publicodes against Pay (${contracts.length.toLocaleString("en-US")} contracts in force on ${date}; ${
      n === 0 ? "same cents on all" : `${n} differ by a cent, see above`
    })`,
    unit: "contract",
    baseline: "Publicodes setSituation + evaluate",
    cases: [
      {
        name: "Publicodes setSituation + evaluate",
        run: () => {
          for (const c of contracts) {
            engine.setSituation(situationOf(c) as never)
            consume(engine.evaluate("employer cost").nodeValue as number)
          }
          return contracts.length
        }
      },
      // The fast cases go over the contracts `repeat` times, so that a round lasts milliseconds.
      {
        name: "hand-written loop",
        run: () => repeat * runHand()
      },
      {
        name: "Pay.monthly",
        run: () => {
          for (let k = 0; k < repeat; k++) {
            for (const c of contracts) {
              const r = Pay.monthly(policy, c, date)
              if (Result.isSuccess(r)) consume(r.success.employerCost)
            }
          }
          return repeat * contracts.length
        }
      },
      {
        // Before the cache of prepared policy data, Pay.monthly did exactly this on every call.
        name: "Pay.prepare + Pay.monthlyPrepared per call (Pay.monthly before its cache)",
        run: () => {
          for (const c of contracts) {
            const r = Result.flatMap(Pay.prepare(policy, date, [c.profession]), (p) =>
              Pay.monthlyPrepared(p, c)
            )
            if (Result.isSuccess(r)) consume(r.success.employerCost)
          }
          return contracts.length
        }
      },
      {
        // The counterpart of a Publicodes engine built once: the policy is read once per date.
        name: "Pay.monthlyPrepared (policy prepared once)",
        run: () => {
          for (let k = 0; k < repeat; k++) {
            for (const c of contracts) {
              const r = Pay.monthlyPrepared(prepared, c)
              if (Result.isSuccess(r)) consume(r.success.employerCost)
            }
          }
          return repeat * contracts.length
        }
      },
      {
        name: "Pay.batch (per contract, amortised)",
        run: () => {
          for (let k = 0; k < repeat; k++) {
            const r = Result.getOrThrow(Pay.batch(policy, contracts, date))
            consume(r.employerCost[0] ?? 0)
          }
          return repeat * contracts.length
        }
      },
      {
        name: "Publicodes evaluate + explanation read",
        run: () => {
          for (const c of contracts) {
            const r = explainedEvaluation(explainEngine, c)
            consume(r.employerCost + r.nodes + r.values.length)
          }
          return contracts.length
        }
      },
      {
        name: "Pay.explain",
        run: () => {
          for (const c of contracts) {
            const r = Pay.explain(policy, c, date)
            if (Result.isSuccess(r)) consume(r.success.pay.employerCost)
          }
          return contracts.length
        }
      }
    ]
  }
}

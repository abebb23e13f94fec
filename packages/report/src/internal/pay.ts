// The pay of the programme's illustrative contracts. Internal.
import { Calendar, type Contract, Explanation, Pay, Reference } from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Figure from "../Figure.js"
import type * as ProgrammeData from "../ProgrammeData.js"
import type { PayExample, Section } from "../Report.js"
import { type Context, dataStep, section } from "./context.js"

/** The contract of a pay example: hired on its start, or on the first day of the pay's month. */
export const contractOf = (example: ProgrammeData.PayExample, on: string): Contract.Contract => ({
  id: example.id,
  profession: example.profession,
  weeklyHours: example.weeklyHours,
  daysPerWeek: example.daysPerWeek,
  start: example.start?.value ?? Calendar.firstDayOfMonth(Calendar.monthOf(Calendar.date(on))),
  seniorityAtHireYears: example.seniorityAtHireYears.value,
  retiree: false,
  kind: "permanent"
})

// The steps that say where the contract comes from: the programme data's example, its seniority
// at hire and its start, each with its provenance.
const contractSteps = (
  example: ProgrammeData.PayExample,
  contract: Contract.Contract
): Array<Explanation.Step> => [
  dataStep(
    `The contract: ${example.label}`,
    `payExamples[${example.id}]`,
    contract.start,
    example.provenance,
    Explanation.quantity(example.weeklyHours, "hoursPerWeek")
  ),
  dataStep(
    "Seniority counted at hire",
    `payExamples[${example.id}].seniorityAtHireYears`,
    contract.start,
    example.seniorityAtHireYears.provenance,
    Explanation.quantity(example.seniorityAtHireYears.value, "years")
  ),
  ...(example.start === undefined
    ? [
        Explanation.step("Start of the contract", {
          value: Explanation.text(contract.start),
          note: "hired in the month of the pay"
        })
      ]
    : [
        dataStep(
          "Start of the contract",
          `payExamples[${example.id}].start`,
          contract.start,
          example.start.provenance,
          Explanation.text(contract.start)
        )
      ])
]

const withSteps = (
  explanation: Explanation.Explanation,
  steps: ReadonlyArray<Explanation.Step>
): Explanation.Explanation =>
  Explanation.make({ ...explanation.root, children: [...explanation.root.children, ...steps] })

export const payExamples = (c: Context): Section<ReadonlyArray<PayExample>> =>
  section(() => {
    const on = c.window.to
    const out: Array<PayExample> = []
    for (const example of c.programme.payExamples) {
      const contract = contractOf(example, on)
      const r = Pay.explain(c.policy, contract, Calendar.date(on))
      if (Result.isFailure(r)) return Result.fail(r.failure)
      const { pay } = r.success
      const explanation = withSteps(r.success.explanation, contractSteps(example, contract))
      const net = Figure.explained(pay.net, "eurosPerMonthNet", explanation)
      const gross = Figure.explained(pay.gross, "eurosPerMonthGross", explanation)
      const published =
        example.published === undefined ? undefined : Reference.find(c.programme.figures, example.published)
      const basis = published?.unit === "eurosPerMonthGross" ? "gross" : "net"
      out.push({
        id: example.id,
        label: example.label,
        contract: {
          profession: contract.profession,
          weeklyHours: contract.weeklyHours,
          daysPerWeek: contract.daysPerWeek,
          start: contract.start,
          seniorityAtHireYears: contract.seniorityAtHireYears
        },
        on,
        net,
        gross,
        employerCost: Figure.explained(pay.employerCost, "eurosPerMonth", explanation),
        published:
          published === undefined
            ? undefined
            : {
                figure: published,
                basis,
                matches: Reference.matches(published, basis === "gross" ? pay.gross : pay.net),
                byConstruction: example.fittedToPublished === true
              }
      })
    }
    return Result.succeed(out)
  })

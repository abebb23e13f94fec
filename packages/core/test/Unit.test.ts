import { Money, Parameter, Unit } from "@gip-sante/core"
import { describe, expect, it } from "vitest"

// Compile-time laws: this file is type-checked by `pnpm typecheck`; each `@ts-expect-error`
// fails the build if the line below it ever compiles, i.e. if units could be mixed up.
const monthlyNetToAnnual = (monthly: Unit.Amount<"eurosPerMonthNet">): number => monthly * 12
const consultationsPerWeek = (
  rate: Unit.Quantity<"consultationsPerHour">,
  hours: Unit.Quantity<"hoursPerWeek">
) => rate * hours

describe("Unit", () => {
  it("keeps units apart at compile time", () => {
    const net = Unit.amount(Money.euros(4700), "eurosPerMonthNet")
    const gross = Unit.amount(Money.euros(5766.87), "eurosPerMonthGross")
    const rate = Unit.quantity(3, "consultationsPerHour")
    const hours = Unit.quantity(35, "hoursPerWeek")
    expect(monthlyNetToAnnual(net)).toBe(5_640_000)
    expect(consultationsPerWeek(rate, hours)).toBe(105)
    // @ts-expect-error a gross amount is not a net amount
    monthlyNetToAnnual(gross)
    // @ts-expect-error consultations per hour are not euros per month
    monthlyNetToAnnual(rate)
    // @ts-expect-error hours and rates cannot be swapped
    consultationsPerWeek(hours, rate)
    // @ts-expect-error a bare number has no unit
    consultationsPerWeek(3, hours)
  })

  it("types parameter definitions by value type and unit", () => {
    const g = Parameter.define({
      id: "tariff.consultation.g",
      type: "money",
      unit: "eurosPerAct",
      label: "G"
    })
    expect(g.unit).toBe("eurosPerAct")
    // @ts-expect-error a money parameter cannot be measured in hours
    Parameter.define({ id: "x", type: "money", unit: "hoursPerWeek", label: "X" })
    // @ts-expect-error a number parameter cannot be in euros
    Parameter.define({ id: "x", type: "number", unit: "eurosPerAct", label: "X" })
  })

  it("knows which units measure money", () => {
    expect(Unit.isMoney("eurosPerMonthGross")).toBe(true)
    expect(Unit.isQuantity("eurosPerMonthGross")).toBe(false)
    expect(Unit.label("hoursPerWeek")).toBe("h / week")
  })
})

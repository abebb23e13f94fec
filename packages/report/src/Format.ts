/**
 * The one formatter of human-facing text: numbers, shares, money and quantities written the
 * French way (`493 254`, `49,91 %`, `4 700,00 €`, `167 490,08 h`), and the plain words that
 * stand for the model's codes (`not met`, `left for self-employed practice`). Every renderer of
 * this package (and any application that shows the report model to people) writes through it;
 * machine output (JSON) keeps plain numbers and ids.
 *
 * The numbers are written by core's `Locale` (thousands grouped with a narrow no-break space, a
 * decimal comma, a no-break space before `%` and `€`), the one formatter that `Money.format`,
 * `Explanation.toText` and the command line use too, so that one page never mixes two ways of
 * writing numbers.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.integer(493254) // "493 254"
 * Format.percent(0.49912) // "49,91 %"
 * Format.status("notMet") // "not met"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Locale, Money, Unit } from "@gip-sante/core"

// -----------------------------------------------------------------------------
// numbers
// -----------------------------------------------------------------------------

/**
 * A whole number, rounded, with its thousands grouped: `493 254`.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.integer(1000000) // "1 000 000"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const integer = (n: number): string => Locale.integer(n)

/**
 * A number with at most `digits` decimals (2 by default), comma as decimal separator:
 * `167 490,08`.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.decimal(205.5) // "205,5"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const decimal = (n: number, digits = 2): string => Locale.decimal(n, digits)

/**
 * A share (0 to 1) as a percentage with at most two decimals: `49,91 %`.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.percent(0.5) // "50 %"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const percent = (share: number): string => Locale.percent(share)

/**
 * An amount in cents, in euros: `4 700,00 €` (as `Money.format`).
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.euros(470000) // "4 700,00 €"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const euros = (cents: number): string => Money.format(Money.cents(Math.round(cents)))

/**
 * A value in a unit, as a reader sees it: money in euros with the unit's period (`4 700,00 €
 * net / month`), a ratio as a percentage, a count or a quantity with its unit (`35 h / week`).
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.quantity(35, "hoursPerWeek") // "35 h / week"
 * Format.quantity(0.815, "ratio") // "81,5 %"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const quantity = (value: number, unit: Unit.Unit): string => {
  if (Unit.isMoney(unit)) {
    const suffix = Unit.label(unit).replace(/^€ ?/u, "")
    return suffix === "" ? euros(value) : `${euros(value)} ${suffix}`
  }
  if (unit === "ratio") return percent(value)
  const label = unit === "none" || unit === "count" ? "" : Unit.label(unit)
  const digits = Number.isInteger(value) ? 0 : 2
  return label === "" ? decimal(value, digits) : `${decimal(value, digits)} ${label}`
}

// -----------------------------------------------------------------------------
// words
// -----------------------------------------------------------------------------

const statusWords: Record<string, string> = {
  met: "met",
  notMet: "not met",
  notApplicable: "not applicable"
}

/**
 * A rule's outcome in words: `met`, `not met`, `not applicable`.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.status("notApplicable") // "not applicable"
 * ```
 *
 * @since 0.1.0
 * @category words
 */
export const status = (code: string): string => statusWords[code] ?? code

const professionWords: Record<string, readonly [string, string]> = {
  gp: ["GP", "GPs"],
  doctor: ["doctor", "doctors"],
  midwife: ["midwife", "midwives"],
  ipa: ["advanced-practice nurse", "advanced-practice nurses"],
  nurse: ["nurse", "nurses"],
  secretary: ["secretary or medical assistant", "secretaries and medical assistants"]
}

/**
 * A profession in words, singular or plural (`count` other than 1): `GPs`, `midwives`, and the
 * id itself for a profession without a word here.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.profession("ipa", 2) // "advanced-practice nurses"
 * ```
 *
 * @since 0.1.0
 * @category words
 */
export const profession = (id: string, count = 2): string => {
  const words = professionWords[id]
  return words === undefined ? id : count === 1 ? words[0] : words[1]
}

const reasonWords: Record<string, string> = {
  selfEmployed: "left for self-employed practice",
  retirement: "retirement",
  resignation: "resignation",
  endOfContract: "end of contract",
  other: "other reason",
  unknown: "reason not recorded"
}

/**
 * A reason for leaving in words: `left for self-employed practice`, `end of contract`.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.departure("selfEmployed") // "left for self-employed practice"
 * ```
 *
 * @since 0.1.0
 * @category words
 */
export const departure = (reason: string): string => reasonWords[reason] ?? reason

/**
 * A yes/no answer in words.
 *
 * @example
 * ```ts
 * import { Format } from "@gip-sante/report"
 *
 * Format.yesNo(true) // "yes"
 * ```
 *
 * @since 0.1.0
 * @category words
 */
export const yesNo = (value: boolean): string => (value ? "yes" : "no")

/**
 * How numbers and codes are written for people: one French (fr-FR) style for every text a person
 * reads — reports, the handbook, text explanations, command-line messages — so that one page
 * never writes a number two ways. Machine output (JSON) keeps plain numbers and ids.
 *
 * - thousands grouped with a narrow no-break space (U+202F): `493 254`;
 * - a decimal comma: `0,815`;
 * - a no-break space (U+00A0) before `%` and `€`: `49,91 %`, `4 700,00 €`.
 *
 * The characters are fixed here rather than taken from the runtime's locale data, which has
 * changed between ICU versions (the space before `%` in particular), so the text is the same in
 * every runtime.
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.integer(493254) // "493 254"
 * Locale.decimal(0.815) // "0,815"
 * Locale.percent(0.49912) // "49,91 %"
 * Locale.rounding("halfUp") // "to the nearest cent, half a cent up"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { RoundingMode } from "./internal/rounding.js"

// -----------------------------------------------------------------------------
// characters
// -----------------------------------------------------------------------------

/**
 * The thousands separator: a narrow no-break space (U+202F), as `Money.format` writes amounts.
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.integer(1000).includes(Locale.thousandsSeparator) // true
 * ```
 *
 * @since 0.1.0
 * @category characters
 */
export const thousandsSeparator = "\u202f"

/**
 * The space before a unit sign (`%`, `€`): a no-break space (U+00A0).
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.percent(0.5) === `50${Locale.unitSpace}%` // true
 * ```
 *
 * @since 0.1.0
 * @category characters
 */
export const unitSpace = "\u00a0"

// -----------------------------------------------------------------------------
// numbers
// -----------------------------------------------------------------------------

const group = (digits: string): string => {
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += thousandsSeparator
    out += digits[i]
  }
  return out
}

/**
 * A number with at most `maximumDigits` decimals (4 by default), trailing zeros dropped, the
 * thousands grouped and a decimal comma: `167 490,08`, `0,815`, `-3 796,8381`. Rounds half away
 * from zero on the decimal digits a reader sees (what `toFixed` does for exact decimals).
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.decimal(167490.08) // "167 490,08"
 * Locale.decimal(2.96759, 2) // "2,97"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const decimal = (n: number, maximumDigits = 4): string => {
  if (!Number.isFinite(n)) return String(n)
  // toFixed on the magnitude: exact for the decimals people read, no locale data involved.
  const fixed = Math.abs(n).toFixed(maximumDigits)
  const [whole = "0", fraction = ""] = fixed.split(".")
  const kept = fraction.replace(/0+$/u, "")
  const text = `${group(whole)}${kept === "" ? "" : `,${kept}`}`
  return n < 0 && /[1-9]/u.test(text) ? `-${text}` : text
}

/**
 * A whole number, rounded, with its thousands grouped: `493 254`.
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.integer(1000000) // "1 000 000"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const integer = (n: number): string => decimal(n, 0)

/**
 * A share (0 to 1) as a percentage with at most `maximumDigits` decimals (2 by default):
 * `49,91 %`.
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.percent(0.815) // "81,5 %"
 * ```
 *
 * @since 0.1.0
 * @category numbers
 */
export const percent = (share: number, maximumDigits = 2): string =>
  `${decimal(Number((share * 100).toPrecision(12)), maximumDigits)}${unitSpace}%`

// -----------------------------------------------------------------------------
// words
// -----------------------------------------------------------------------------

const roundingWords: Record<RoundingMode, string> = {
  halfEven: "to the nearest cent, half a cent to the even cent",
  halfUp: "to the nearest cent, half a cent up",
  halfDown: "to the nearest cent, half a cent down",
  halfAwayFromZero: "to the nearest cent, half a cent away from zero",
  floor: "down to the cent",
  ceil: "up to the cent",
  truncate: "to the cent, dropping the fraction"
}

/**
 * A rounding mode in words, for people: `halfUp` is "to the nearest cent, half a cent up".
 * Unknown codes come back as they are.
 *
 * @example
 * ```ts
 * import { Locale } from "@gip-sante/core"
 *
 * Locale.rounding("halfEven") // "to the nearest cent, half a cent to the even cent"
 * ```
 *
 * @since 0.1.0
 * @category words
 */
export const rounding = (mode: string): string =>
  Object.hasOwn(roundingWords, mode) ? roundingWords[mode as RoundingMode] : mode

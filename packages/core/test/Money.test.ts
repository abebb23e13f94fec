import { fc, test } from "@fast-check/vitest"
import { Money } from "@gip-sante/core"
import { allocationWeights, cents, moneyRatio, roundingMode } from "@gip-sante/core/testing"
import { Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import { decimalOfNumber, gcd } from "../src/internal/decimal.js"
import { divideRounded, divideRoundedBig } from "../src/internal/rounding.js"

const messages = (schema: Schema.Codec<unknown, unknown>, input: unknown) => {
  const result = Schema.decodeUnknownResult(schema)(input, { errors: "all" })
  return Result.isFailure(result)
    ? SchemaIssue.makeFormatterStandardSchemaV1()(result.failure.issue).issues
    : []
}

const failureMessage = <A>(result: Result.Result<A, Money.MoneyError>) =>
  Result.isFailure(result) ? result.failure.message : undefined

describe("Money", () => {
  describe("constructors", () => {
    it("euros takes amounts with at most two decimals", () => {
      expect(Money.euros(4700)).toBe(470000)
      expect(Money.euros(26.5)).toBe(2650)
      expect(Money.euros(0.07)).toBe(7)
      expect(() => Money.euros(1.005)).toThrow("Expected euros with at most two decimals, got 1.005")
      expect(() => Money.euros(Number.NaN)).toThrow(RangeError)
    })

    it("fromEuros rounds the decimal as written, with the stated mode", () => {
      const cases: ReadonlyArray<[number, Money.RoundingMode, number]> = [
        [1.005, "halfUp", 101],
        [1.005, "halfEven", 100],
        [1.015, "halfEven", 102],
        [1.005, "halfDown", 100],
        [-1.005, "halfUp", -100],
        [-1.005, "halfAwayFromZero", -101],
        [-1.005, "halfDown", -101],
        [1.001, "ceil", 101],
        [1.009, "floor", 100],
        [-1.009, "truncate", -100],
        [-1.001, "floor", -101],
        [5833.333, "halfEven", 583333]
      ]
      for (const [amount, mode, expected] of cases) {
        expect(Money.fromEuros(amount, mode), `${amount} ${mode}`).toStrictEqual(Result.succeed(expected))
      }
      expect(failureMessage(Money.fromEuros(Number.POSITIVE_INFINITY, "halfEven"))).toBe(
        "Expected a finite amount of euros, got Infinity"
      )
    })

    it("fromCents rejects what is not a whole number of cents", () => {
      expect(failureMessage(Money.fromCents(12.5))).toBe("Expected a whole number of cents, got 12.5")
      expect(failureMessage(Money.fromCents(2 ** 60))).toBe(
        "Expected a whole number of cents, got 1152921504606847000"
      )
      expect(Money.fromCents(-3)).toStrictEqual(Result.succeed(-3))
    })

    it("parseEuros reads decimal euro strings exactly", () => {
      expect(Money.parseEuros("4700.00")).toStrictEqual(Result.succeed(470000))
      expect(Money.parseEuros("0.1")).toStrictEqual(Result.succeed(10))
      expect(Money.parseEuros("-26.50")).toStrictEqual(Result.succeed(-2650))
      expect(Money.parseEuros("9999999999999.99")).toStrictEqual(Result.succeed(999999999999999))
      expect(failureMessage(Money.parseEuros("4 700,00"))).toBe(
        'Expected a euro amount such as "4700.00" (dot decimal, at most 2 decimals), got "4 700,00"'
      )
      expect(Result.isFailure(Money.parseEuros("1.005"))).toBe(true)
      expect(Result.isFailure(Money.parseEuros("1e3"))).toBe(true)
    })

    it("ratio reduces fractions and ratioFromNumber reads decimals exactly", () => {
      expect(Money.ratio(10, 35)).toStrictEqual({ numerator: 2, denominator: 7 })
      expect(Money.ratio(0, 35)).toStrictEqual({ numerator: 0, denominator: 1 })
      expect(Money.ratioFromNumber(0.815)).toStrictEqual(Result.succeed({ numerator: 163, denominator: 200 }))
      expect(Money.ratioFromNumber(1.345)).toStrictEqual(Result.succeed({ numerator: 269, denominator: 200 }))
      expect(Money.ratioFromNumber(2)).toStrictEqual(Result.succeed({ numerator: 2, denominator: 1 }))
      expect(Money.ratioFromNumber(-0)).toStrictEqual(Result.succeed({ numerator: 0, denominator: 1 }))
      expect(failureMessage(Money.ratioFromNumber(Number.NaN))).toBe("Expected a finite rate, got NaN")
      expect(() => Money.ratio(1, 0)).toThrow(RangeError)
    })
  })

  describe("arithmetic", () => {
    it("scales by an exact fraction with one rounding", () => {
      // 27 h of a 35 h week on a 4,700 € net grid step: 4,700 × 27 / 35 = 3,625.714… €
      expect(Money.scale(Money.euros(4700), Money.ratio(27, 35), "halfEven")).toBe(362571)
      // A binary-float product would give 0.1 × 3 = 0.30000000000000004: ours is exact.
      expect(Money.multiplyByRate(Money.cents(10), 3, "halfEven")).toBe(30)
      expect(Money.multiplyByRate(Money.euros(100), 0.815, "halfEven")).toBe(8150)
      expect(Money.multiplyByRate(Money.cents(1), 0.5, "halfEven")).toBe(0)
      expect(Money.multiplyByRate(Money.cents(3), 0.5, "halfEven")).toBe(2)
      expect(Money.multiplyByRate(Money.cents(1), 0.5, "halfUp")).toBe(1)
    })

    it("divides with a rounding mode and refuses bad divisors", () => {
      expect(Money.divide(Money.euros(100), 3, "halfEven")).toBe(3333)
      expect(Money.divide(Money.cents(-5), 2, "halfAwayFromZero")).toBe(-3)
      expect(() => Money.divide(Money.euros(1), 0, "halfEven")).toThrow(RangeError)
    })

    it("offers data-last forms for pipelines", () => {
      expect(Money.euros(30).valueOf()).toBe(3000)
      const add10 = Money.add(Money.euros(10))
      expect(add10(Money.euros(30))).toBe(4000)
      expect(Money.scale(Money.ratio(1, 2), "halfEven")(Money.cents(5))).toBe(2)
    })

    it("compares amounts", () => {
      expect(Money.compare(Money.euros(26.5), Money.euros(30))).toBe(-1)
      expect(Money.compare(Money.euros(30), Money.euros(30))).toBe(0)
      expect(Money.max(Money.cents(1), Money.cents(2))).toBe(2)
      expect(Money.min(Money.cents(1), Money.cents(2))).toBe(1)
      expect(Money.isNegative(Money.negate(Money.cents(1)))).toBe(true)
      expect(Object.is(Money.negate(Money.zero), 0)).toBe(true)
      expect(Money.sum([])).toBe(0)
    })
  })

  describe("allocate", () => {
    it("splits by the largest remainder with the earlier part winning ties", () => {
      expect(Money.allocate(Money.euros(100), [1, 1, 1])).toStrictEqual(Result.succeed([3334, 3333, 3333]))
      expect(Money.allocate(Money.cents(5), [1, 1])).toStrictEqual(Result.succeed([3, 2]))
      expect(Money.allocate(Money.cents(-5), [1, 1])).toStrictEqual(Result.succeed([-3, -2]))
      expect(Money.allocate(Money.euros(1000), [0.5, 0.25, 0.25])).toStrictEqual(
        Result.succeed([50000, 25000, 25000])
      )
      // 0.1 + 0.2 is not 0.3 in floats; weights are read as decimals, so the split is exact.
      expect(Money.allocate(Money.cents(30), [0.1, 0.2])).toStrictEqual(Result.succeed([10, 20]))
      expect(Money.allocate(Money.cents(7), [0, 1])).toStrictEqual(Result.succeed([0, 7]))
    })

    it("explains why it cannot split", () => {
      expect(failureMessage(Money.allocate(Money.euros(1), []))).toBe("Cannot split an amount over no parts")
      expect(failureMessage(Money.allocate(Money.euros(1), [0, 0]))).toBe(
        "Cannot split an amount over weights that are all zero"
      )
      expect(failureMessage(Money.allocate(Money.euros(1), [1, -2]))).toBe(
        "Expected non-negative finite weights, got -2 at position 1"
      )
      expect(failureMessage(Money.allocate(Money.euros(1), [Number.NaN]))).toBe(
        "Expected non-negative finite weights, got NaN at position 0"
      )
    })
  })

  describe("renderers", () => {
    it("formats the French way", () => {
      expect(Money.format(Money.euros(4700))).toBe("4\u202f700,00\u00a0€")
      expect(Money.format(Money.euros(6400))).toBe("6\u202f400,00\u00a0€")
      expect(Money.format(Money.cents(5))).toBe("0,05\u00a0€")
      expect(Money.format(Money.euros(-1234567.5))).toBe("-1\u202f234\u202f567,50\u00a0€")
      expect(Money.toEuroString(Money.cents(-5))).toBe("-0.05")
      expect(Money.toEuros(Money.cents(2650))).toBe(26.5)
    })
  })

  describe("schemas", () => {
    it("decodes cents or euro strings and names what was expected", () => {
      const decode = Schema.decodeUnknownSync(Money.FromJson)
      expect(decode(2650)).toBe(2650)
      expect(decode("26.50")).toBe(2650)
      expect(Schema.encodeSync(Money.FromEuroString)(Money.cents(470000))).toBe("4700.00")
      expect(messages(Money.CentsSchema, 12.5)).toStrictEqual([{ path: [], message: "Expected an integer" }])
      expect(messages(Money.FromEuroString, "12,5")).toStrictEqual([
        {
          path: [],
          message: 'Expected a euro amount such as "4700.00" (dot decimal, at most 2 decimals)'
        }
      ])
    })
  })

  describe("properties", () => {
    test.prop([cents(), cents()])("add and subtract are inverse", (a, b) => {
      expect(Money.subtract(Money.add(a, b), b)).toBe(a)
    })

    test.prop([cents(), cents(), cents()])(
      "add is commutative and associative, with zero as identity",
      (a, b, c) => {
        expect(Money.add(a, b)).toBe(Money.add(b, a))
        expect(Money.add(Money.add(a, b), c)).toBe(Money.add(a, Money.add(b, c)))
        expect(Money.add(a, Money.zero)).toBe(a)
      }
    )

    test.prop([cents(), cents(), moneyRatio(), roundingMode()])(
      "rounding modes are monotone",
      (a, b, r, mode) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(Money.scale(lo, r, mode)).toBeLessThanOrEqual(Money.scale(hi, r, mode))
      }
    )

    test.prop([cents(), moneyRatio(), roundingMode()])(
      "scale is within half a cent (nearest modes) or one cent (directed modes) of the exact product",
      (a, r, mode) => {
        const result = BigInt(Money.scale(a, r, mode))
        const exactTimesD = BigInt(a) * BigInt(r.numerator)
        const d = BigInt(r.denominator)
        const errorTimesD = result * d - exactTimesD
        const absError = errorTimesD < 0n ? -errorTimesD : errorTimesD
        if (mode.startsWith("half")) expect(2n * absError <= d).toBe(true)
        else expect(absError < d).toBe(true)
        if (mode === "floor") expect(errorTimesD <= 0n).toBe(true)
        if (mode === "ceil") expect(errorTimesD >= 0n).toBe(true)
      }
    )

    test.prop([
      fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
      fc.integer({ min: 1, max: 2 ** 40 }),
      roundingMode()
    ])("the number fast path of division agrees with exact bigint division", (n, d, mode) => {
      expect(BigInt(divideRounded(n, d, mode))).toBe(divideRoundedBig(BigInt(n), BigInt(d), mode))
    })

    test.prop([
      fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 1000),
        fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1_000_000)
      )
    ])("ratioFromNumber reads the decimal a number prints as, on its fast and exact paths alike", (x) => {
      const decimal = decimalOfNumber(x)!
      const denominator = 10n ** BigInt(decimal.scale)
      const divisor = gcd(decimal.coefficient, denominator) || 1n
      const expected = {
        numerator: Number(decimal.coefficient / divisor),
        denominator: Number(denominator / divisor)
      }
      const r = Money.ratioFromNumber(x)
      if (Number.isSafeInteger(expected.numerator) && Number.isSafeInteger(expected.denominator)) {
        expect(Result.getOrThrow(r)).toStrictEqual({
          ...expected,
          numerator: expected.numerator === 0 ? 0 : expected.numerator
        })
      } else expect(Result.isFailure(r)).toBe(true)
    })

    test.prop([cents(), allocationWeights()])(
      "allocate: parts sum to the total and each is within one cent of its exact share",
      (total, weights) => {
        const parts = Result.getOrThrow(Money.allocate(total, weights))
        expect(parts).toHaveLength(weights.length)
        expect(Money.sum(parts)).toBe(total)
        // Compare part × Σw with total × w exactly, on integers scaled by 1000.
        const ws = weights.map((w) => BigInt(Math.round(w * 1000)))
        const sumW = ws.reduce((x, y) => x + y, 0n)
        parts.forEach((part, i) => {
          const diff = BigInt(part) * sumW - BigInt(total) * ws[i]!
          expect((diff < 0n ? -diff : diff) < sumW).toBe(true)
        })
      }
    )

    test.prop([
      fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 20 }),
      fc.bigInt({ min: 1n, max: 10n ** 9n }),
      roundingMode()
    ])(
      "roundParts: the total is the exact sum rounded once, the parts sum to it, each within a cent of its exact amount",
      (numerators, denominator, mode) => {
        const { total, parts } = Money.roundParts(numerators, denominator, mode)
        const exact = numerators.reduce((a, b) => a + b, 0n)
        expect(BigInt(total)).toBe(divideRoundedBig(exact, denominator, mode))
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
        parts.forEach((part, i) => {
          const diff = BigInt(part) * denominator - numerators[i]!
          expect((diff < 0n ? -diff : diff) < denominator).toBe(true)
        })
      }
    )

    it("roundParts refuses a negative part or a denominator that is not positive", () => {
      expect(() => Money.roundParts([1n, -1n], 3n, "halfUp")).toThrow(
        new RangeError("Expected non-negative parts, got -1 at position 1")
      )
      expect(() => Money.roundParts([1n], 0n, "halfUp")).toThrow(
        new RangeError("Expected a positive denominator, got 0")
      )
    })

    test.prop([cents(), allocationWeights()])("allocate is deterministic", (total, weights) => {
      expect(Money.allocate(total, weights)).toStrictEqual(Money.allocate(total, weights))
    })

    test.prop([cents({ min: -999_999_999_999_999, max: 999_999_999_999_999 })])(
      "money JSON round-trips through euro strings and cents",
      (amount) => {
        const asString = Schema.encodeSync(Money.FromEuroString)(amount)
        expect(Schema.decodeUnknownSync(Money.FromEuroString)(asString)).toBe(amount)
        expect(Schema.decodeUnknownSync(Money.FromJson)(Schema.encodeSync(Money.FromJson)(amount))).toBe(
          amount
        )
        expect(Money.parseEuros(Money.toEuroString(amount))).toStrictEqual(Result.succeed(amount))
      }
    )

    test.prop([cents({ min: -100_000_000_000, max: 100_000_000_000 })])(
      "format agrees with Intl fr-FR currency formatting",
      (amount) => {
        const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" })
        expect(Money.format(amount)).toBe(intl.format(amount / 100))
      }
    )

    test.prop([fc.jsonValue()])("decoders never throw on arbitrary JSON", (json) => {
      for (const schema of [Money.CentsSchema, Money.FromEuroString, Money.FromJson]) {
        const result = Schema.decodeUnknownResult(schema)(json, { errors: "all" })
        expect(Result.isResult(result)).toBe(true)
      }
      expect(Result.isResult(Money.parseEuros(JSON.stringify(json)))).toBe(true)
    })
  })
})

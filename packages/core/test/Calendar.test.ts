import { fc, test } from "@fast-check/vitest"
import { pipe, Result, Schema, SchemaIssue } from "effect"
import { describe, expect, it } from "vitest"
import * as Calendar from "../src/Calendar.js"
import { localDate, nonEmptyPeriod, period, yearMonth } from "../src/testing/calendar.js"

const d = Calendar.date

const messages = (schema: Schema.Codec<unknown, unknown>, input: unknown) => {
  const result = Schema.decodeUnknownResult(schema)(input, { errors: "all" })
  return Result.isFailure(result)
    ? SchemaIssue.makeFormatterStandardSchemaV1()(result.failure.issue).issues
    : []
}

const failureMessage = <A>(result: Result.Result<A, Calendar.CalendarError>) =>
  Result.isFailure(result) ? result.failure.message : undefined

// The parts of a split cover the period exactly, in order, without overlap and without empty parts.
// Violations are collected first so that a long split costs one assertion, not thousands.
const expectExactCover = (p: Calendar.Period, parts: ReadonlyArray<Calendar.Period>) => {
  if (Calendar.isEmpty(p)) {
    expect(parts).toStrictEqual([])
    return
  }
  const problems: Array<string> = []
  if (parts[0]?.start !== p.start) problems.push("the first part does not start with the period")
  if (parts[parts.length - 1]?.end !== p.end) problems.push("the last part does not end with the period")
  parts.forEach((part, i) => {
    if (!(part.start < part.end)) problems.push(`part ${i} is empty or reversed`)
    if (i > 0 && part.start !== parts[i - 1]!.end)
      problems.push(`part ${i} does not start where part ${i - 1} ends`)
  })
  expect(problems).toStrictEqual([])
}

// Known Easter Sundays, written out (checked against python-dateutil's `easter`).
const easterTable: ReadonlyArray<readonly [number, string]> = [
  [2000, "2000-04-23"],
  [2001, "2001-04-15"],
  [2002, "2002-03-31"],
  [2003, "2003-04-20"],
  [2004, "2004-04-11"],
  [2005, "2005-03-27"],
  [2006, "2006-04-16"],
  [2007, "2007-04-08"],
  [2008, "2008-03-23"],
  [2009, "2009-04-12"],
  [2010, "2010-04-04"],
  [2011, "2011-04-24"],
  [2012, "2012-04-08"],
  [2013, "2013-03-31"],
  [2014, "2014-04-20"],
  [2015, "2015-04-05"],
  [2016, "2016-03-27"],
  [2017, "2017-04-16"],
  [2018, "2018-04-01"],
  [2019, "2019-04-21"],
  [2020, "2020-04-12"],
  [2021, "2021-04-04"],
  [2022, "2022-04-17"],
  [2023, "2023-04-09"],
  [2024, "2024-03-31"],
  [2025, "2025-04-20"],
  [2026, "2026-04-05"],
  [2027, "2027-03-28"],
  [2028, "2028-04-16"],
  [2029, "2029-04-01"],
  [2030, "2030-04-21"],
  [2031, "2031-04-13"],
  [2032, "2032-03-28"],
  [2033, "2033-04-17"],
  [2034, "2034-04-09"],
  [2035, "2035-03-25"],
  [2036, "2036-04-13"],
  [2037, "2037-04-05"],
  [2038, "2038-04-25"],
  [2039, "2039-04-10"],
  [2040, "2040-04-01"]
]

describe("Calendar", () => {
  describe("constructors", () => {
    it("parseDate accepts real dates only, in the exact YYYY-MM-DD form", () => {
      expect(Calendar.parseDate("2024-02-29")).toStrictEqual(Result.succeed("2024-02-29"))
      expect(Calendar.parseDate("0001-01-01")).toStrictEqual(Result.succeed("0001-01-01"))
      expect(Calendar.parseDate("9999-12-31")).toStrictEqual(Result.succeed("9999-12-31"))
      expect(failureMessage(Calendar.parseDate("2023-02-29"))).toBe(
        'Expected a calendar date "YYYY-MM-DD", got "2023-02-29": days run from 01 to 28 in February 2023'
      )
      expect(failureMessage(Calendar.parseDate("2024-13-01"))).toBe(
        'Expected a calendar date "YYYY-MM-DD", got "2024-13-01": there is no month 13'
      )
      expect(failureMessage(Calendar.parseDate("2024-1-01"))).toBe(
        'Expected a calendar date "YYYY-MM-DD", got "2024-1-01"'
      )
      expect(failureMessage(Calendar.parseDate(" 2024-01-01"))).toBe(
        'Expected a calendar date "YYYY-MM-DD", got " 2024-01-01"'
      )
      for (const bad of [
        "1900-02-29",
        "2024-04-31",
        "2024-01-00",
        "0000-01-01",
        "2024-00-10",
        "2024-01-01 ",
        "2024/01/01",
        "+2024-01-1",
        ""
      ]) {
        expect(Result.isFailure(Calendar.parseDate(bad)), bad).toBe(true)
      }
    })

    it("makeDate checks the year, month and day", () => {
      expect(Calendar.makeDate(2024, 7, 14)).toStrictEqual(Result.succeed("2024-07-14"))
      expect(Calendar.makeDate(5, 1, 2)).toStrictEqual(Result.succeed("0005-01-02"))
      expect(failureMessage(Calendar.makeDate(2024, 4, 31))).toBe(
        "No such date: year 2024, month 4, day 31 (days run from 01 to 30 in April 2024)"
      )
      expect(failureMessage(Calendar.makeDate(2024, 1.5, 1))).toBe(
        "No such date: year 2024, month 1.5, day 1 (expected whole numbers)"
      )
      expect(failureMessage(Calendar.makeDate(10000, 1, 1))).toBe(
        "No such date: year 10000, month 1, day 1 (years run from 0001 to 9999)"
      )
      expect(Result.isFailure(Calendar.makeDate(0, 1, 1))).toBe(true)
      expect(Result.isFailure(Calendar.makeDate(2024, 13, 1))).toBe(true)
    })

    it("date, yearMonth and period throw on literals that are wrong", () => {
      expect(Calendar.date("2024-07-14")).toBe("2024-07-14")
      expect(() => Calendar.date("2023-02-29")).toThrow(RangeError)
      expect(() => Calendar.yearMonth("2024-13")).toThrow(
        'Expected a calendar month "YYYY-MM", got "2024-13": there is no month 13'
      )
      expect(Calendar.period("2024-01-01", "2024-01-01")).toStrictEqual({
        start: "2024-01-01",
        end: "2024-01-01"
      })
      expect(() => Calendar.period("2024-02-01", "2024-01-01")).toThrow(
        "Period ends on 2024-01-01, before it starts on 2024-02-01: the end (excluded) must be on or after the start"
      )
    })

    it("parseYearMonth and makePeriod return errors as values", () => {
      expect(Calendar.parseYearMonth("2024-02")).toStrictEqual(Result.succeed("2024-02"))
      expect(failureMessage(Calendar.parseYearMonth("2024-2"))).toBe(
        'Expected a calendar month "YYYY-MM", got "2024-2"'
      )
      expect(Result.isFailure(Calendar.parseYearMonth("2024-02-01"))).toBe(true)
      expect(Calendar.makePeriod(d("2024-01-01"), d("2024-02-01"))).toStrictEqual(
        Result.succeed({ start: "2024-01-01", end: "2024-02-01" })
      )
      expect(failureMessage(Calendar.makePeriod(d("2024-02-01"), d("2024-01-01")))).toBe(
        "Period ends on 2024-01-01, before it starts on 2024-02-01: the end (excluded) must be on or after the start"
      )
    })
  })

  describe("conversions and arithmetic", () => {
    it("counts days from 1970-01-01", () => {
      expect(Calendar.toDayNumber(d("1970-01-01"))).toBe(0)
      expect(Calendar.toDayNumber(d("2024-01-01"))).toBe(19723)
      expect(Calendar.toDayNumber(d("0001-01-01"))).toBe(-719162)
      expect(Calendar.toDayNumber(d("9999-12-31"))).toBe(2932896)
      expect(Calendar.fromDayNumber(-1)).toBe("1969-12-31")
      expect(Calendar.fromDayNumber(-719162)).toBe("0001-01-01")
      expect(() => Calendar.fromDayNumber(2932897)).toThrow(RangeError)
      expect(() => Calendar.fromDayNumber(0.5)).toThrow(RangeError)
    })

    it("reads the parts of a date", () => {
      expect(Calendar.parts(d("2024-07-14"))).toStrictEqual({ year: 2024, month: 7, day: 14 })
      expect(Calendar.yearOf(d("0042-12-31"))).toBe(42)
      expect(Calendar.monthOf(d("2024-07-14"))).toBe("2024-07")
      expect(Calendar.firstDayOfMonth(Calendar.yearMonth("2024-02"))).toBe("2024-02-01")
    })

    it("adds days and months, data-first and in a pipe", () => {
      expect(Calendar.addDays(d("2024-02-28"), 1)).toBe("2024-02-29")
      expect(Calendar.addDays(d("2023-02-28"), 1)).toBe("2023-03-01")
      expect(pipe(d("2024-03-01"), Calendar.addDays(-1))).toBe("2024-02-29")
      expect(() => Calendar.addDays(d("9999-12-31"), 1)).toThrow(
        "Cannot add 1 days to 9999-12-31: the result must be a date from 0001-01-01 to 9999-12-31"
      )
      expect(Calendar.daysBetween(d("2024-02-01"), d("2024-03-01"))).toBe(29)
      expect(Calendar.daysBetween(d("2024-03-01"), d("2024-02-01"))).toBe(-29)
      expect(Calendar.addMonths(Calendar.yearMonth("2024-11"), 3)).toBe("2025-02")
      expect(Calendar.addMonths(Calendar.yearMonth("2024-01"), -1)).toBe("2023-12")
      expect(() => Calendar.addMonths(Calendar.yearMonth("0001-01"), -1)).toThrow(RangeError)
    })

    it("compares dates", () => {
      const a = d("2024-01-31")
      const b = d("2024-02-01")
      expect(Calendar.compare(a, b)).toBe(-1)
      expect(Calendar.compare(b, a)).toBe(1)
      expect(Calendar.compare(a, a)).toBe(0)
      expect(Calendar.isBefore(a, b)).toBe(true)
      expect(Calendar.isAfter(a, b)).toBe(false)
      expect(Calendar.min(b, a)).toBe(a)
      expect(Calendar.max(a, b)).toBe(b)
    })

    it("knows weekdays, leap years and month lengths", () => {
      expect(Calendar.dayOfWeek(d("1970-01-01"))).toBe(4)
      expect(Calendar.dayOfWeek(d("2024-07-14"))).toBe(7)
      expect(Calendar.dayOfWeek(d("2024-07-15"))).toBe(1)
      expect(Calendar.dayOfWeek(d("0001-01-01"))).toBe(1)
      expect(Calendar.isWeekend(d("2024-07-13"))).toBe(true)
      expect(Calendar.isWeekend(d("2024-07-12"))).toBe(false)
      expect([1900, 2000, 2023, 2024].map(Calendar.isLeapYear)).toStrictEqual([false, true, false, true])
      expect(Calendar.daysInMonth(Calendar.yearMonth("2023-02"))).toBe(28)
      expect(Calendar.daysInMonth(Calendar.yearMonth("2024-02"))).toBe(29)
      expect(Calendar.daysInMonth(Calendar.yearMonth("2024-04"))).toBe(30)
      expect(Calendar.daysInMonth(Calendar.yearMonth("2024-12"))).toBe(31)
    })

    it("numbers ISO 8601 weeks in the week-numbering year", () => {
      expect(Calendar.isoWeek(d("2021-01-03"))).toStrictEqual({ year: 2020, week: 53 })
      expect(Calendar.isoWeek(d("2024-12-30"))).toStrictEqual({ year: 2025, week: 1 })
      expect(Calendar.isoWeek(d("2020-12-31"))).toStrictEqual({ year: 2020, week: 53 })
      expect(Calendar.isoWeek(d("2026-01-01"))).toStrictEqual({ year: 2026, week: 1 })
      expect(Calendar.isoWeek(d("2027-01-01"))).toStrictEqual({ year: 2026, week: 53 })
      expect(Calendar.isoWeek(d("2008-12-29"))).toStrictEqual({ year: 2009, week: 1 })
      expect(Calendar.isoWeek(d("2024-07-14"))).toStrictEqual({ year: 2024, week: 28 })
    })
  })

  describe("periods", () => {
    it("builds months and years as half-open periods", () => {
      expect(Calendar.monthPeriod(Calendar.yearMonth("2024-02"))).toStrictEqual(
        Calendar.period("2024-02-01", "2024-03-01")
      )
      expect(Calendar.monthPeriod(Calendar.yearMonth("2024-12"))).toStrictEqual(
        Calendar.period("2024-12-01", "2025-01-01")
      )
      expect(() => Calendar.monthPeriod(Calendar.yearMonth("9999-12"))).toThrow(RangeError)
      expect(Calendar.yearPeriod(2024)).toStrictEqual(Calendar.period("2024-01-01", "2025-01-01"))
      expect(Calendar.lengthInDays(Calendar.yearPeriod(2024))).toBe(366)
      expect(() => Calendar.yearPeriod(9999)).toThrow(RangeError)
    })

    it("contains the start but not the end", () => {
      const july = Calendar.period("2024-07-01", "2024-08-01")
      expect(Calendar.contains(july, d("2024-07-01"))).toBe(true)
      expect(Calendar.contains(july, d("2024-07-31"))).toBe(true)
      expect(pipe(july, Calendar.contains(d("2024-08-01")))).toBe(false)
      expect(Calendar.contains(july, d("2024-06-30"))).toBe(false)
      expect(Calendar.contains(Calendar.period("2024-07-01", "2024-07-01"), d("2024-07-01"))).toBe(false)
    })

    it("intersects periods that share days, and only those", () => {
      const h1 = Calendar.period("2024-01-01", "2024-07-01")
      const h2 = Calendar.period("2024-07-01", "2025-01-01")
      expect(Calendar.overlaps(h1, h2)).toBe(false)
      expect(Calendar.intersection(h1, h2)).toBeUndefined()
      const summer = Calendar.period("2024-06-01", "2024-09-01")
      expect(Calendar.overlaps(h1, summer)).toBe(true)
      expect(Calendar.intersection(h1, summer)).toStrictEqual(Calendar.period("2024-06-01", "2024-07-01"))
      expect(Calendar.overlaps(h1, Calendar.period("2024-03-01", "2024-03-01"))).toBe(false)
    })

    it("lists days and months", () => {
      expect(Calendar.eachDay(Calendar.period("2024-02-28", "2024-03-01"))).toStrictEqual([
        "2024-02-28",
        "2024-02-29"
      ])
      expect(Calendar.eachDay(Calendar.period("2024-02-28", "2024-02-28"))).toStrictEqual([])
      expect(Calendar.eachMonth(Calendar.period("2024-01-15", "2024-03-01"))).toStrictEqual([
        "2024-01",
        "2024-02"
      ])
      expect(Calendar.eachMonth(Calendar.period("2024-11-15", "2025-01-02"))).toStrictEqual([
        "2024-11",
        "2024-12",
        "2025-01"
      ])
      expect(Calendar.eachMonth(Calendar.period("2024-01-15", "2024-01-15"))).toStrictEqual([])
      expect(Calendar.eachMonth(Calendar.period("9999-12-01", "9999-12-31"))).toStrictEqual(["9999-12"])
    })

    it("splits at cuts in any order, ignoring duplicates and outside cuts", () => {
      const year = Calendar.yearPeriod(2024)
      const cuts = ["2024-07-01", "2024-01-01", "2025-01-01", "2023-06-01", "2024-03-15", "2024-07-01"].map(d)
      expect(Calendar.splitAt(year, cuts)).toStrictEqual([
        Calendar.period("2024-01-01", "2024-03-15"),
        Calendar.period("2024-03-15", "2024-07-01"),
        Calendar.period("2024-07-01", "2025-01-01")
      ])
      expect(Calendar.splitAt(year, [])).toStrictEqual([year])
      expect(Calendar.splitAt(Calendar.period("2024-03-01", "2024-03-01"), [d("2024-03-01")])).toStrictEqual(
        []
      )
    })

    it("splits by month", () => {
      expect(Calendar.splitByMonth(Calendar.period("2024-01-15", "2024-03-10"))).toStrictEqual([
        Calendar.period("2024-01-15", "2024-02-01"),
        Calendar.period("2024-02-01", "2024-03-01"),
        Calendar.period("2024-03-01", "2024-03-10")
      ])
      expect(Calendar.splitByMonth(Calendar.period("2024-02-01", "2024-03-01"))).toStrictEqual([
        Calendar.period("2024-02-01", "2024-03-01")
      ])
      expect(Calendar.splitByMonth(Calendar.yearPeriod(2024))).toHaveLength(12)
    })
  })

  describe("public holidays", () => {
    it("agrees with a table of Easter Sundays, 2000 to 2040", () => {
      expect(easterTable).toHaveLength(41)
      for (const [year, easter] of easterTable) expect(Calendar.easterSunday(year), String(year)).toBe(easter)
    })

    it("lists the eleven French public holidays of 2024", () => {
      expect(Calendar.publicHolidays(2024)).toStrictEqual([
        { date: "2024-01-01", name: "Jour de l'an" },
        { date: "2024-04-01", name: "Lundi de Pâques" },
        { date: "2024-05-01", name: "Fête du Travail" },
        { date: "2024-05-08", name: "Victoire 1945" },
        { date: "2024-05-09", name: "Ascension" },
        { date: "2024-05-20", name: "Lundi de Pentecôte" },
        { date: "2024-07-14", name: "Fête nationale" },
        { date: "2024-08-15", name: "Assomption" },
        { date: "2024-11-01", name: "Toussaint" },
        { date: "2024-11-11", name: "Armistice 1918" },
        { date: "2024-12-25", name: "Noël" }
      ])
    })

    it("adds Good Friday and Saint-Étienne in Alsace-Moselle", () => {
      const alsace = Calendar.publicHolidays(2024, { alsaceMoselle: true })
      expect(alsace).toHaveLength(13)
      const national = new Set(Calendar.publicHolidays(2024).map((h) => h.date))
      expect(alsace.filter((h) => !national.has(h.date))).toStrictEqual([
        { date: "2024-03-29", name: "Vendredi saint" },
        { date: "2024-12-26", name: "Saint-Étienne" }
      ])
      expect(Calendar.isPublicHoliday(d("2024-03-29"))).toBe(false)
      expect(Calendar.isPublicHoliday(d("2024-03-29"), { alsaceMoselle: true })).toBe(true)
      expect(Calendar.isPublicHoliday(d("2024-12-26"), { alsaceMoselle: true })).toBe(true)
      expect(Calendar.isPublicHoliday(d("2024-12-26"), { alsaceMoselle: false })).toBe(false)
    })

    it("keeps both holidays when they fall on the same day (Ascension on 1 May 2008)", () => {
      const may1 = Calendar.publicHolidays(2008).filter((h) => h.date === "2008-05-01")
      expect(may1.map((h) => h.name)).toStrictEqual(["Fête du Travail", "Ascension"])
      expect(Calendar.publicHolidays(2008)).toHaveLength(11)
    })

    it("recognises holidays day by day", () => {
      expect(Calendar.isPublicHoliday(d("2025-07-14"))).toBe(true)
      expect(Calendar.isPublicHoliday(d("2024-05-09"))).toBe(true)
      expect(Calendar.isPublicHoliday(d("2024-05-20"))).toBe(true)
      expect(Calendar.isPublicHoliday(d("2024-03-31"))).toBe(false)
      expect(Calendar.isPublicHoliday(d("2024-05-02"))).toBe(false)
      expect(() => Calendar.easterSunday(0)).toThrow(RangeError)
    })
  })

  describe("schemas", () => {
    it("decodes dates, months and periods from JSON", () => {
      expect(Schema.decodeUnknownSync(Calendar.LocalDateSchema)("2024-02-29")).toBe("2024-02-29")
      expect(Schema.decodeUnknownSync(Calendar.YearMonthSchema)("2024-02")).toBe("2024-02")
      expect(
        Schema.decodeUnknownSync(Calendar.PeriodSchema)({ start: "2024-01-01", end: "2025-01-01" })
      ).toStrictEqual(Calendar.yearPeriod(2024))
      expect(Schema.encodeSync(Calendar.PeriodSchema)(Calendar.yearPeriod(2024))).toStrictEqual({
        start: "2024-01-01",
        end: "2025-01-01"
      })
    })

    it("names what was expected when a date is wrong", () => {
      expect(messages(Calendar.LocalDateSchema, "2023-02-29")).toStrictEqual([
        {
          path: [],
          message:
            'Expected a calendar date "YYYY-MM-DD", got "2023-02-29": days run from 01 to 28 in February 2023'
        }
      ])
      expect(messages(Calendar.LocalDateSchema, "29/02/2024")).toStrictEqual([
        { path: [], message: 'Expected a calendar date "YYYY-MM-DD", got "29/02/2024"' }
      ])
      expect(messages(Calendar.LocalDateSchema, 20240229)).toStrictEqual([
        { path: [], message: 'Expected a calendar date "YYYY-MM-DD" (a string)' }
      ])
      expect(messages(Calendar.YearMonthSchema, "2024-00")).toStrictEqual([
        { path: [], message: 'Expected a calendar month "YYYY-MM", got "2024-00": there is no month 00' }
      ])
    })

    it("names both dates when a period ends before it starts", () => {
      expect(messages(Calendar.PeriodSchema, { start: "2024-02-01", end: "2024-01-01" })).toStrictEqual([
        {
          path: [],
          message:
            "Period ends on 2024-01-01, before it starts on 2024-02-01: the end (excluded) must be on or after the start"
        }
      ])
      expect(messages(Calendar.PeriodSchema, { start: "2024-02-30", end: 3 })).toStrictEqual([
        {
          path: ["start"],
          message:
            'Expected a calendar date "YYYY-MM-DD", got "2024-02-30": days run from 01 to 29 in February 2024'
        },
        { path: ["end"], message: 'Expected a calendar date "YYYY-MM-DD" (a string)' }
      ])
      expect(messages(Calendar.PeriodSchema, [])).toStrictEqual([
        { path: [], message: 'Expected a period { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" } (an object)' }
      ])
    })
  })

  describe("renderers", () => {
    it("formats dates and periods the French way", () => {
      expect(Calendar.format(d("2024-07-14"))).toBe("14/07/2024")
      expect(Calendar.formatPeriod(Calendar.period("2024-01-01", "2024-07-01"))).toBe(
        "du 01/01/2024 au 30/06/2024"
      )
      expect(Calendar.formatPeriod(Calendar.period("2024-01-01", "2024-01-01"))).toBe(
        "période vide (01/01/2024)"
      )
    })
  })
})

describe("properties", () => {
  const anyDay = fc.integer({ min: -719162, max: 2932896 })
  const shortPeriod = period({ maxLengthInDays: 800 })

  test.prop([localDate({ min: d("0001-01-01"), max: d("9999-12-31") })])(
    "fromDayNumber(toDayNumber(d)) is d",
    (date) => {
      expect(Calendar.fromDayNumber(Calendar.toDayNumber(date))).toBe(date)
    }
  )

  test.prop([anyDay])("toDayNumber(fromDayNumber(n)) is n, and the result parses as a date", (n) => {
    const date = Calendar.fromDayNumber(n)
    expect(Calendar.toDayNumber(date)).toBe(n)
    expect(Calendar.parseDate(date)).toStrictEqual(Result.succeed(date))
  })

  test.prop([localDate(), fc.integer({ min: -40_000, max: 40_000 })])(
    "daysBetween(d, addDays(d, n)) is n",
    (date, n) => {
      expect(Calendar.daysBetween(date, Calendar.addDays(date, n))).toBe(n)
    }
  )

  test.prop([localDate(), localDate()])("compare agrees with string order and with day numbers", (a, b) => {
    const byString = a < b ? -1 : a > b ? 1 : 0
    const byDay = Math.sign(Calendar.toDayNumber(a) - Calendar.toDayNumber(b))
    expect(Calendar.compare(a, b)).toBe(byString)
    expect(Calendar.compare(a, b)).toBe(byDay === 0 ? 0 : byDay)
    expect(Calendar.isBefore(a, b)).toBe(byString === -1)
    expect(Calendar.min(a, b) <= Calendar.max(a, b)).toBe(true)
  })

  test.prop([localDate({ max: d("2100-12-30") })])(
    "dayOfWeek of the next day is the next weekday, Sunday (7) wrapping to Monday (1)",
    (date) => {
      expect(Calendar.dayOfWeek(Calendar.addDays(date, 1))).toBe((Calendar.dayOfWeek(date) % 7) + 1)
    }
  )

  test.prop([localDate({ max: d("2100-12-30") })])(
    "the next day is in the same ISO week, unless it is a Monday (then in the next one)",
    (date) => {
      const week = Calendar.isoWeek(date)
      const next = Calendar.addDays(date, 1)
      const nextWeek = Calendar.isoWeek(next)
      expect(week.week >= 1 && week.week <= 53).toBe(true)
      if (Calendar.dayOfWeek(next) !== 1) expect(nextWeek).toStrictEqual(week)
      else if (nextWeek.year === week.year) expect(nextWeek.week).toBe(week.week + 1)
      else expect(nextWeek).toStrictEqual({ year: week.year + 1, week: 1 })
    }
  )

  test.prop([localDate({ min: d("0001-01-01"), max: d("9999-12-31") })])(
    "makeDate(parts(d)) is d",
    (date) => {
      const { year, month, day } = Calendar.parts(date)
      expect(Calendar.makeDate(year, month, day)).toStrictEqual(Result.succeed(date))
    }
  )

  test.prop([yearMonth(), fc.integer({ min: -1000, max: 1000 })])(
    "addMonths(addMonths(m, n), -n) is m, and monthPeriod has daysInMonth days",
    (month, n) => {
      expect(Calendar.addMonths(Calendar.addMonths(month, n), -n)).toBe(month)
      expect(Calendar.lengthInDays(Calendar.monthPeriod(month))).toBe(Calendar.daysInMonth(month))
    }
  )

  test.prop([period(), fc.array(localDate(), { maxLength: 12 })])(
    "splitAt covers the period exactly, with no overlap and no empty part, for any cuts",
    (p, cuts) => {
      const inside = cuts.filter((cut) => Calendar.contains(p, cut) && cut !== p.start)
      const parts = Calendar.splitAt(p, cuts)
      expectExactCover(p, parts)
      if (!Calendar.isEmpty(p)) expect(parts).toHaveLength(new Set(inside).size + 1)
    }
  )

  test.prop([
    nonEmptyPeriod({ maxLengthInDays: 60 }),
    fc.array(fc.integer({ min: -5, max: 65 }), { maxLength: 8 })
  ])("splitAt cuts a period exactly at the cuts inside it", (p, offsets) => {
    const cuts = offsets.map((k) => Calendar.addDays(p.start, k))
    const parts = Calendar.splitAt(p, cuts)
    expectExactCover(p, parts)
    for (const part of parts.slice(1)) expect(cuts).toContain(part.start)
  })

  test.prop([period()])("splitByMonth covers the period exactly, each part inside one month", (p) => {
    const parts = Calendar.splitByMonth(p)
    expectExactCover(p, parts)
    const straddling = parts.filter(
      (part) => Calendar.monthOf(part.start) !== Calendar.monthOf(Calendar.addDays(part.end, -1))
    )
    expect(straddling).toStrictEqual([])
    expect(parts.map((part) => Calendar.monthOf(part.start))).toStrictEqual(Calendar.eachMonth(p))
  })

  test.prop([shortPeriod])("eachDay has lengthInDays consecutive days, all contained in the period", (p) => {
    const days = Calendar.eachDay(p)
    expect(days).toHaveLength(Calendar.lengthInDays(p))
    const wrong = days.filter(
      (day, i) => !Calendar.contains(p, day) || (i > 0 && Calendar.daysBetween(days[i - 1]!, day) !== 1)
    )
    expect(wrong).toStrictEqual([])
  })

  test.prop([shortPeriod])("eachMonth lists the distinct months of eachDay, in order", (p) => {
    const months = [...new Set(Calendar.eachDay(p).map(Calendar.monthOf))]
    expect(Calendar.eachMonth(p)).toStrictEqual(months)
  })

  test.prop([period(), period(), localDate()])(
    "a date is in the intersection exactly when it is in both periods",
    (p, q, date) => {
      const both = Calendar.intersection(p, q)
      expect(Calendar.overlaps(p, q)).toBe(both !== undefined)
      expect(both !== undefined && Calendar.contains(both, date)).toBe(
        Calendar.contains(p, date) && Calendar.contains(q, date)
      )
    }
  )

  test.prop([fc.integer({ min: 1, max: 9999 })])(
    "Easter is a Sunday between 22 March and 25 April",
    (year) => {
      const easter = Calendar.easterSunday(year)
      expect(Calendar.dayOfWeek(easter)).toBe(7)
      expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25").toBe(true)
    }
  )

  test.prop([fc.integer({ min: 1900, max: 2100 }), fc.boolean()], { numRuns: 30 })(
    "isPublicHoliday agrees with publicHolidays on every day of the year",
    (year, alsaceMoselle) => {
      const options = { alsaceMoselle }
      const holidays = Calendar.publicHolidays(year, options)
      expect(holidays).toHaveLength(alsaceMoselle ? 13 : 11)
      const dates = new Set(holidays.map((h) => h.date))
      const disagreements = Calendar.eachDay(Calendar.yearPeriod(year)).filter(
        (day) => Calendar.isPublicHoliday(day, options) !== dates.has(day)
      )
      expect(disagreements).toStrictEqual([])
      const sorted = holidays.map((h) => h.date)
      expect(sorted).toStrictEqual([...sorted].sort())
    }
  )

  const jsonInput = fc.oneof(
    fc.jsonValue(),
    fc.record({ start: fc.oneof(localDate(), fc.jsonValue()), end: fc.oneof(localDate(), fc.jsonValue()) })
  )

  test.prop([jsonInput])("the schemas never throw on arbitrary JSON, they return a Result", (json) => {
    for (const schema of [Calendar.LocalDateSchema, Calendar.YearMonthSchema, Calendar.PeriodSchema]) {
      const result = Schema.decodeUnknownResult(schema as Schema.Codec<unknown, unknown>)(json, {
        errors: "all"
      })
      expect(Result.isResult(result)).toBe(true)
    }
  })

  test.prop([fc.string({ maxLength: 12 })])(
    "parseDate accepts exactly the strings the schema accepts",
    (text) => {
      const decoded = Schema.decodeUnknownResult(Calendar.LocalDateSchema)(text)
      expect(Result.isSuccess(Calendar.parseDate(text))).toBe(Result.isSuccess(decoded))
    }
  )
})

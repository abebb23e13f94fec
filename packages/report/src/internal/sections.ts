// The sections of the report computed from the event log (headline, activity, target, staff),
// and the assumptions and documents of a model. Internal.
import {
  Calendar,
  Consultation,
  Contract,
  Explanation,
  type Kpi,
  Policy,
  Programme,
  Provenance as ProvenanceModule,
  Reference
} from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Figure from "../Figure.js"
import * as Format from "../Format.js"
import type * as ProgrammeData from "../ProgrammeData.js"
import type {
  Activity,
  Assumption,
  Assumptions,
  Comparison,
  Document,
  Goal,
  Headline,
  Kpi as HeadlineKpi,
  ReportModel,
  Section,
  Staff,
  Target
} from "../Report.js"
import * as Simulation from "../Simulation.js"
import {
  type Context,
  countedIn,
  logWords,
  noEvents,
  section,
  supportProfessions,
  unavailable
} from "./context.js"

/** The dates the KPIs are taken on besides the window's end: those of the compared figures. */
export const cutOffDates = (
  programme: ProgrammeData.Programme,
  window: { readonly from: string; readonly to: string }
): Array<string> => {
  if (window.from > programme.start.value) return []
  const dates: Array<string> = []
  for (const c of programme.comparisons) {
    const f = Reference.find(programme.figures, c.figure)
    if (f !== undefined && f.nature !== "goal" && f.asOf <= window.to) dates.push(f.asOf)
  }
  return dates
}

// -----------------------------------------------------------------------------
// headline
// -----------------------------------------------------------------------------

const share = (label: string, part: Figure.Figure, whole: Figure.Figure): Figure.Figure =>
  Figure.derived(label, whole.value === 0 ? 0 : part.value / whole.value, "ratio", "the first ÷ the second", [
    part,
    whole
  ])

type CountUnit = "consultations" | "people" | "patients" | "count"

// A figure counting events of the log from the window's start to `to`.
const countedUpTo =
  (c: Context, to: string) =>
  (label: string, n: number, unit: CountUnit, what: string): Figure.Figure =>
    Figure.counted(label, n, unit, countedIn(what, c.window.from, to, c.log))

const kpisOf = (c: Context): Array<HeadlineKpi> => {
  const k = c.fold.kpis
  const { from, to } = c.window
  const counted = countedUpTo(c, to)
  const consultations = counted(
    "Consultations",
    k.consultations.total,
    "consultations",
    "consultation events"
  )
  const consultationEvents = Explanation.counted(
    "Consultation events",
    k.consultations.total,
    countedIn("consultation events", from, to, c.log),
    "consultations"
  )
  const distinct = (label: string, n: number, note: string) =>
    Figure.make(
      n,
      "people",
      Explanation.make(
        Explanation.step(label, {
          value: Explanation.quantity(n, "people"),
          note,
          children: [consultationEvents]
        })
      )
    )
  const unique = distinct(
    "Unique patients seen",
    k.patients.uniquePatients,
    `the distinct patient ids of the consultation events${k.patients.exact ? "" : ", estimated with a sketch"}`
  )
  const seniors = distinct(
    "Unique patients aged 65 or over",
    k.patients.patientsAged65Plus,
    "the distinct patient ids of the consultation events of patients aged 65 or over"
  )
  const seniorConsultations = counted(
    "Consultations of patients aged 65 or over",
    k.consultations.aged65Plus.consultationsAged65Plus,
    "consultations",
    "consultation events of patients aged 65 or over"
  )
  return [
    { id: "consultations", label: "Consultations", figure: consultations },
    { id: "uniquePatients", label: "Unique patients seen (people)", figure: unique },
    {
      id: "regularDoctorPatients",
      label: "Regular-doctor patients (declared a programme doctor, still in force)",
      figure: Figure.make(
        k.regularDoctor.regularDoctorPatients,
        "patients",
        Explanation.make(
          Explanation.step("Regular-doctor patients", {
            value: Explanation.quantity(k.regularDoctor.regularDoctorPatients, "patients"),
            note: "the patients whose latest declaration of a programme doctor as their regular doctor is still in force",
            children: [
              Explanation.counted(
                "Declaration and end events",
                (c.fold.byType.regularDoctorDeclared ?? 0) + (c.fold.byType.regularDoctorEnded ?? 0),
                countedIn("regular-doctor declaration and end events", from, to, c.log)
              )
            ]
          })
        )
      )
    },
    {
      id: "regainedRegularDoctor",
      label: "Patients who regained a regular doctor (had none before)",
      figure: counted(
        "Patients who regained a regular doctor",
        k.regularDoctor.regainedRegularDoctor,
        "patients",
        "regular-doctor declaration events of patients who had none before"
      )
    },
    {
      id: "homeVisits",
      label: "Home visits",
      figure: counted("Home visits", k.homeVisits, "count", "home-visit events")
    },
    {
      id: "patientShare65Plus",
      label: "Share of unique patients aged 65 or over",
      figure: share("Share of unique patients aged 65 or over", seniors, unique)
    },
    {
      id: "consultationShare65Plus",
      label: "Share of consultations with patients aged 65 or over",
      figure: share(
        "Share of consultations with patients aged 65 or over",
        seniorConsultations,
        consultations
      )
    }
  ]
}

const nonSupport = (c: Context, professions: ReadonlyArray<string> | undefined) => {
  const support = supportProfessions(c.programme)
  return (profession: string) =>
    professions === undefined ? !support.has(profession) : professions.includes(profession)
}

const professionsWords = (professions: ReadonlyArray<string> | undefined) =>
  professions === undefined
    ? "clinicians (all but support staff)"
    : professions.map((p) => Format.profession(p)).join(", ")

// A figure computed from the events without being a count of them (a stock, a number of distinct
// patients): its explanation says how, in a note.
// A figure read from the events as a stock on a date, with the events it was read from.
const stock = (
  label: string,
  n: number,
  unit: "patients" | "people",
  note: string,
  events: ReadonlyArray<Explanation.Step>
): Figure.Figure =>
  Figure.make(
    n,
    unit,
    Explanation.make(
      Explanation.step(label, { value: Explanation.quantity(n, unit), note, children: events })
    )
  )

/** The computed figure a comparison sets against a published one, on `asOf`. */
const computedOn = (
  c: Context,
  comparison: ProgrammeData.Comparison,
  kpis: Kpi.ProgrammeKpis,
  asOf: string
): Figure.Figure => {
  const { from } = c.window
  const counted = countedUpTo(c, asOf)
  switch (comparison.kpi) {
    case "consultations":
      return counted("Consultations", kpis.consultations.total, "consultations", "consultation events")
    case "regularDoctorPatients":
      return stock(
        "Regular-doctor patients",
        kpis.regularDoctor.regularDoctorPatients,
        "patients",
        `the patients whose latest declaration of a programme doctor is in force on ${asOf}, from the declaration and end events ${logWords(c.log)}`,
        [
          Explanation.counted(
            "Declaration and end events of the window (those after the date are not counted)",
            (c.fold.byType.regularDoctorDeclared ?? 0) + (c.fold.byType.regularDoctorEnded ?? 0),
            countedIn("regular-doctor declaration and end events", from, c.window.to, c.log)
          )
        ]
      )
    case "regainedRegularDoctor":
      return counted(
        "Patients who regained a regular doctor",
        kpis.regularDoctor.regainedRegularDoctor,
        "patients",
        "regular-doctor declaration events of patients who had none before"
      )
    case "homeVisits":
      return counted("Home visits", kpis.homeVisits, "count", "home-visit events")
    case "patientShare65Plus":
      return share(
        "Share of unique patients aged 65 or over",
        stock(
          "Unique patients aged 65 or over",
          kpis.patients.patientsAged65Plus,
          "people",
          `the distinct patient ids of the consultation events of patients aged 65 or over dated ${from} to ${asOf} ${logWords(c.log)}`,
          [
            Explanation.counted(
              "Consultation events of patients aged 65 or over",
              kpis.consultations.aged65Plus.consultationsAged65Plus,
              countedIn("consultation events of patients aged 65 or over", from, asOf, c.log)
            )
          ]
        ),
        stock(
          "Unique patients seen",
          kpis.patients.uniquePatients,
          "people",
          `the distinct patient ids of the consultation events dated ${from} to ${asOf} ${logWords(c.log)}`,
          [
            Explanation.counted(
              "Consultation events",
              kpis.consultations.total,
              countedIn("consultation events", from, asOf, c.log)
            )
          ]
        )
      )
    case "centresOpen":
      return counted(
        "Centres open",
        c.fold.openings.filter((d) => d <= asOf).length,
        "count",
        "centre-opening events"
      )
    case "staffInPost": {
      const keep = nonSupport(c, comparison.professions)
      const n = Object.entries(kpis.staff.headcountByProfession)
        .filter(([p]) => keep(p))
        .reduce((sum, [, count]) => sum + count, 0)
      return stock(
        `Staff in post: ${professionsWords(comparison.professions)}`,
        n,
        "people",
        `the hiring events less the departure events of ${professionsWords(comparison.professions)} dated ${from} to ${asOf} ${logWords(c.log)}`,
        [
          Explanation.counted(
            `Hiring events: ${professionsWords(comparison.professions)}`,
            c.fold.hires.filter(([date, p]) => date <= asOf && keep(p)).length,
            countedIn("hiring events", from, asOf, c.log)
          ),
          Explanation.counted(
            "Departure events (all professions)",
            kpis.staff.departures,
            countedIn("departure events", from, asOf, c.log)
          )
        ]
      )
    }
    case "staffHired": {
      const keep = nonSupport(c, comparison.professions)
      const n = c.fold.hires.filter(([date, p]) => date <= asOf && keep(p)).length
      return counted(
        `Staff hired: ${professionsWords(comparison.professions)}`,
        n,
        "people",
        `hiring events of ${professionsWords(comparison.professions)}`
      )
    }
  }
}

const readGoal = (
  c: Context,
  definition: (typeof Programme.parameters)["cliniciansGoal" | "consultationsGoal"]
) => {
  if (Policy.parameter(c.policy, definition.id) === undefined) return undefined
  const read = Policy.read(c.policy, definition, Calendar.date(c.window.to))
  return Result.isSuccess(read) ? read.success : undefined
}

const goalsOf = (c: Context, kpis: ReadonlyArray<HeadlineKpi>, fromStart: boolean): Array<Goal> => {
  const on = Calendar.date(c.window.to)
  const deadline = Policy.read(c.policy, Programme.parameters.goalDeadline, on)
  const by = Result.isSuccess(deadline) ? deadline.success.value : undefined
  const goals: Array<Goal> = []
  const consultations = kpis.find((k) => k.id === "consultations")!.figure
  const keep = nonSupport(c, undefined)
  const hires = Figure.counted(
    "Clinicians hired",
    c.fold.hires.filter(([, p]) => keep(p)).length,
    "people",
    countedIn("hiring events of clinicians (all but support staff)", c.window.from, c.window.to, c.log)
  )
  const progress = (goal: Figure.Figure, current: Figure.Figure | undefined) =>
    current === undefined || goal.value === 0
      ? { current, share: undefined }
      : {
          current,
          share: Figure.derived(
            "Share of the goal reached",
            current.value / goal.value,
            "ratio",
            "done ÷ goal",
            [current, goal]
          )
        }
  for (const [definition, current] of [
    [Programme.parameters.cliniciansGoal, hires],
    [Programme.parameters.consultationsGoal, consultations]
  ] as const) {
    const read = readGoal(c, definition)
    if (read === undefined) continue
    const label = Policy.parameter(c.policy, definition.id)?.label ?? definition.label
    const goal = Figure.make(
      read.value,
      definition.unit,
      Explanation.make(
        Explanation.fromParameter(
          label,
          read,
          Figure.valueOf(read.value, definition.unit),
          by === undefined ? undefined : `by ${by}`
        )
      )
    )
    goals.push({
      id: definition.id,
      label,
      source: "policy",
      by,
      goal,
      ...progress(goal, fromStart && c.log.kind !== "none" ? current : undefined)
    })
  }
  for (const f of c.programme.figures) {
    if (f.nature !== "goal") continue
    const goal = Figure.make(
      f.value,
      f.unit,
      Explanation.make(
        Explanation.fromFigure(
          f.label,
          { figureId: f.id, asOf: f.asOf, provenance: f.provenance },
          Figure.valueOf(f.value, f.unit),
          "published goal"
        )
      )
    )
    const comparison = c.programme.comparisons.find((x) => x.figure === f.id)
    const current =
      comparison === undefined || !fromStart || c.log.kind === "none"
        ? undefined
        : computedOn(c, comparison, c.fold.kpis, c.window.to)
    goals.push({
      id: f.id,
      label: f.label,
      source: "published",
      by: f.asOf,
      goal,
      ...progress(goal, current)
    })
  }
  return goals
}

export const headline = (c: Context): Section<Headline> => {
  if (c.log.kind === "none") return unavailable(noEvents)
  return section(() => {
    const fromStart = c.window.from <= c.programme.start.value
    const kpis = kpisOf(c)
    const comparisons: Array<Comparison> = []
    let later = 0
    if (fromStart) {
      for (const comparison of c.programme.comparisons) {
        const f = Reference.find(c.programme.figures, comparison.figure)
        if (f === undefined || f.nature === "goal") continue
        if (f.asOf > c.window.to) {
          later++
          continue
        }
        const snapshot = c.fold.snapshots.get(f.asOf) ?? c.fold.kpis
        const computed = computedOn(c, comparison, snapshot, f.asOf)
        comparisons.push({
          kpi: comparison.kpi,
          published: f,
          computed,
          matches: Reference.matches(f, computed.value)
        })
      }
    }
    const comparisonNote = !fromStart
      ? `The window starts on ${c.window.from}, after the programme's start (${c.programme.start.value}): totals published since the start cannot be compared.`
      : later > 0
        ? `${Format.integer(later)} published figure${later === 1 ? " is" : "s are"} dated after the window's end (${c.window.to}) and not compared.`
        : comparisons.length === 0
          ? `No published figure is dated within the window (up to ${c.window.to}).`
          : undefined
    return { asOf: c.window.to, kpis, comparisons, comparisonNote, goals: goalsOf(c, kpis, fromStart) }
  })
}

// -----------------------------------------------------------------------------
// activity, target, staff
// -----------------------------------------------------------------------------

export const activity = (c: Context): Section<Activity> => {
  if (c.log.kind === "none") return unavailable(noEvents)
  return section(() => {
    const k = c.fold.kpis
    const months = [
      ...new Set([...Object.keys(k.consultations.byMonth), ...c.fold.homeVisitsByMonth.keys()])
    ].sort()
    const monthSpan = (month: string) => {
      const m = Calendar.monthPeriod(Calendar.yearMonth(month))
      const last = Calendar.addDays(m.end, -1)
      return [
        Calendar.max(m.start, Calendar.date(c.window.from)),
        Calendar.min(last, Calendar.date(c.window.to))
      ] as const
    }
    return {
      byMonth: months.map((month) => {
        const [from, to] = monthSpan(month)
        return {
          month,
          consultations: Figure.counted(
            `Consultations in ${month}`,
            k.consultations.byMonth[month] ?? 0,
            "consultations",
            countedIn("consultation events", from, to, c.log)
          ),
          homeVisits: Figure.counted(
            `Home visits in ${month}`,
            c.fold.homeVisitsByMonth.get(month) ?? 0,
            "count",
            countedIn("home-visit events", from, to, c.log)
          )
        }
      }),
      byCentre: Object.keys(k.consultations.byCentre)
        .sort()
        .map((centreId) => {
          const name = c.fold.centreNames.get(centreId) ?? centreId
          return {
            centreId,
            name,
            consultations: Figure.counted(
              `Consultations at ${name}`,
              k.consultations.byCentre[centreId] ?? 0,
              "consultations",
              countedIn(`consultation events of the centre ${centreId}`, c.window.from, c.window.to, c.log)
            )
          }
        })
    }
  })
}

export const target = (c: Context): Section<Target> => {
  if (c.log.kind === "none") return unavailable(noEvents)
  return section(() => {
    const k = c.fold.kpis
    const minutes = Object.values(k.consultations.consultingTimeByClinician).reduce(
      (n, t) => n + t.consultingMinutes,
      0
    )
    const consultingHours = Math.round((minutes / 60) * 100) / 100
    const activity: Consultation.Activity = {
      consultations: k.consultations.total,
      consultingHours,
      complexConsultations: c.fold.complexConsultations
    }
    return Result.map(Consultation.evaluateActivity(c.policy, activity, Calendar.date(c.window.to)), (e) => {
      const consultations = Figure.counted(
        "Consultations",
        activity.consultations,
        "consultations",
        countedIn("consultation events", c.window.from, c.window.to, c.log)
      )
      const hours = Figure.make(
        consultingHours,
        "count",
        Explanation.make(
          Explanation.step("Consulting hours", {
            value: Explanation.quantity(consultingHours, "count"),
            note: "the sum of the recorded durations ÷ 60, to the hundredth; recorded durations, not contracted consulting time, so actual ÷ expected is higher than on contracted time",
            children: [
              Explanation.counted(
                "Consultations whose durations are summed",
                activity.consultations,
                countedIn("consultation events", c.window.from, c.window.to, c.log),
                "consultations"
              )
            ]
          })
        )
      )
      const expected = Figure.make(e.expected, "consultations", e.finding.explanation)
      return {
        ruleId: e.finding.ruleId,
        outcome: e.finding.status,
        consultations,
        complexConsultations: Figure.counted(
          "Consultations with complex patients",
          activity.complexConsultations,
          "consultations",
          countedIn("consultation events marked complex", c.window.from, c.window.to, c.log)
        ),
        consultingHours: hours,
        expected,
        ratio:
          e.ratio === undefined
            ? undefined
            : Figure.derived(
                "Consultations given ÷ expected",
                e.ratio,
                "ratio",
                "given ÷ expected at the target rates",
                [consultations, expected]
              ),
        surplus: Figure.make(e.surplus, "consultations", e.finding.explanation)
      }
    })
  })
}

export const staff = (c: Context): Section<Staff> => {
  if (c.log.kind === "none") return unavailable(noEvents)
  return section(() => {
    const s = c.fold.kpis.staff
    const fullTime = Policy.read(
      c.policy,
      Contract.parameters.fullTimeWeeklyHours,
      Calendar.date(c.window.to)
    )
    const fullTimeStep = Result.isSuccess(fullTime)
      ? [
          Explanation.fromParameter(
            Contract.parameters.fullTimeWeeklyHours.label,
            fullTime.success,
            Explanation.quantity(fullTime.success.value, "hoursPerWeek")
          )
        ]
      : []
    const inPost = (label: string, n: number, who: string) =>
      Figure.counted(
        label,
        n,
        "people",
        countedIn(`hiring events less departure events of ${who}`, c.window.from, c.window.to, c.log)
      )
    const fte = (label: string, n: number) =>
      Figure.make(
        n,
        "count",
        Explanation.make(
          Explanation.step(label, {
            value: Explanation.quantity(n, "count"),
            note: `the weekly hours of the contracts in post ÷ the full-time week of ${Format.integer(c.fullTime)} h, hours above it not counted`,
            children: fullTimeStep
          })
        )
      )
    const professions = Object.keys(s.headcountByProfession).sort()
    return {
      headcount: inPost("Staff in post", s.headcount, "all staff"),
      fte: fte("Full-time equivalents in post", s.fte),
      departures: Figure.counted(
        "Departures",
        s.departures,
        "people",
        countedIn("departure events", c.window.from, c.window.to, c.log)
      ),
      byProfession: professions.map((p) => ({
        profession: p,
        headcount: inPost(
          `${Format.profession(p)} in post`,
          s.headcountByProfession[p] ?? 0,
          Format.profession(p)
        ),
        fte: fte(`Full-time equivalents: ${Format.profession(p)}`, s.fteByProfession[p] ?? 0)
      })),
      departuresByReason: Object.keys(s.departuresByReason)
        .sort()
        .map((reason) => ({
          reason,
          count: Figure.counted(
            `Departures: ${Format.departure(reason)}`,
            s.departuresByReason[reason] ?? 0,
            "people",
            countedIn(`departure events (${Format.departure(reason)})`, c.window.from, c.window.to, c.log)
          )
        }))
    }
  })
}

// -----------------------------------------------------------------------------
// assumptions and documents
// -----------------------------------------------------------------------------

// Every provenance in a value, with its path: `visit` is called on each.
const eachProvenance = (
  value: unknown,
  visit: (provenance: ProvenanceModule.Provenance, path: ReadonlyArray<string | number>) => void,
  path: Array<string | number> = []
): void => {
  if (Array.isArray(value)) {
    // An item with an id is named by it, as the explanations name it: `payExamples[s2-gp-27h]`.
    for (const [i, v] of value.entries()) {
      const id = v !== null && typeof v === "object" ? (v as { readonly id?: unknown }).id : undefined
      eachProvenance(v, visit, [...path, typeof id === "string" ? `[${id}]` : i])
    }
    return
  }
  if (value === null || typeof value !== "object") return
  const record = value as Record<string, unknown>
  if (
    (record.kind === "citation" && typeof record.document === "string") ||
    (record.kind === "assumption" && typeof record.rationale === "string")
  ) {
    visit(record as ProvenanceModule.Provenance, path)
    return
  }
  for (const [key, v] of Object.entries(record)) eachProvenance(v, visit, [...path, key])
}

// A path in the programme data as a reader finds it: `typicalCentre.staff[1].consultationsPerHour`.
const dataPath = (path: ReadonlyArray<string | number>): string =>
  path
    .filter((key) => key !== "provenance")
    .map((key, i) =>
      typeof key === "number" ? `[${key}]` : i === 0 || key.startsWith("[") ? key : `.${key}`
    )
    .join("")

export const assumptions = (c: Context): Assumptions => {
  const policy: Array<Assumption> = Policy.assumptions(c.policy).map(({ parameterId, entry }) => ({
    where: parameterId,
    from: entry.from,
    rationale: entry.provenance.kind === "assumption" ? entry.provenance.rationale : "",
    replaceWith: entry.provenance.kind === "assumption" ? entry.provenance.replaceWith : ""
  }))
  const programme: Array<Assumption> = []
  const { simulation: _simulation, figures: _figures, ...scenarios } = c.programme
  eachProvenance(scenarios, (p, path) => {
    if (p.kind === "assumption")
      programme.push({
        where: dataPath(path),
        from: undefined,
        rationale: p.rationale,
        replaceWith: p.replaceWith
      })
  })
  const calibration = c.programme.simulation
  return {
    policy,
    programme,
    simulation:
      c.log.kind === "simulated" && calibration !== undefined
        ? Simulation.constants(calibration).map((k) => ({ name: k.name, provenance: k.provenance }))
        : undefined
  }
}

/** The documents a model cites, from the policy's bibliography, in id order. */
export const bibliography = (
  model: Omit<ReportModel, "documents">,
  policy: Policy.Policy
): Array<Document> => {
  const ids = new Set<string>()
  eachProvenance(model, (p) => {
    for (const id of ProvenanceModule.documentIds(p)) ids.add(id)
  })
  return [...ids].sort().flatMap((id) => {
    const d = Object.hasOwn(policy.bibliography, id) ? policy.bibliography[id] : undefined
    return d === undefined ? [] : [{ id, title: d.title, publisher: d.publisher, date: d.date, url: d.url }]
  })
}

// The report model laid out as a document (headings, tables, explanations, charts), once for
// both the Markdown and the HTML renderers. Every number is written by Format. Internal.
import { Explanation, Provenance, type Reference } from "@gip-sante/core"
import type * as Figure from "../Figure.js"
import * as Format from "../Format.js"
import type * as Reconciliation from "../Reconciliation.js"
import type * as Report from "../Report.js"
import { compact } from "./charts.js"
import type { Block, Inline, Text } from "./document.js"

/** The section headings, in order (the same in Markdown and HTML). */
export const headings = {
  headline: "Headline KPIs against the published figures",
  activity: "Activity by month and by centre",
  target: "Consultation rate against the target",
  pay: "Pay of illustrative contracts",
  staff: "Staff summary",
  opening: "Opening scenario of a typical centre",
  projection: "Projection",
  reconciliation: "The model's money against the published figures",
  assumptions: "Assumptions used"
} as const

// A figure as written in a table cell or a sentence that names its unit: the number alone (a
// share as a percentage, money in euros).
const value = (f: Figure.Figure): string =>
  f.unit === "ratio" || f.unit.startsWith("euros")
    ? Format.quantity(f.value, f.unit === "ratio" ? "ratio" : "euros")
    : Number.isInteger(f.value)
      ? Format.integer(f.value)
      : Format.decimal(f.value)
const maybe = (f: Figure.Figure | undefined): string => (f === undefined ? "not computed" : value(f))
const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

const qualifier: Record<Reference.Figure["precision"], string> = {
  exact: "",
  about: "about ",
  atLeast: "at least ",
  atMost: "at most ",
  range: ""
}

/** A published figure's value as published: `about 300 000`, `5 000 to 8 950 €`. */
export const published = (f: Reference.Figure): string =>
  f.precision === "range" && f.high !== undefined
    ? `${Format.quantity(f.value, f.unit)} to ${Format.quantity(f.high, f.unit)}`
    : `${qualifier[f.precision]}${Format.quantity(f.value, f.unit)}`

// Where the report's ids lead: the handbook written beside it (its entries' anchors are
// Handbook.anchor's), and the report's own list of documents. Set by reportDocument for the
// document being built (rendering is synchronous).
let handbookHref = "handbook.md"

/** A link to an id's entry in the handbook. */
const entry = (kind: "parameter" | "figure" | "rule" | "data", id: string): Inline => ({
  link: id,
  href: `${handbookHref}#${kind}-${id}`,
  code: true
})

/** A link to the handbook entry of a value an explanation reads: a policy parameter, or a value of the programme data or of the model. */
const valueEntry = (id: string): Inline =>
  entry(/^(?:programmeData|projection|simulation)\./u.test(id) ? "data" : "parameter", id)

/** A link to a document in the report's list of documents cited. */
const documentRef = (id: string): Inline => ({ link: id, href: `#document-${id}` })

/** A citation's place in its document, then the source's own words in « ». */
const citedWords = (p: Provenance.Citation): Array<Inline> => [
  `, ${p.locator}`,
  ...(p.quote === undefined ? [] : [": ", { quote: p.quote } satisfies Inline])
]

const citation = (p: Provenance.Provenance): Text =>
  p.kind === "citation"
    ? [documentRef(p.document), ...citedWords(p)]
    : [{ badge: "ASSUMPTION", tone: "assumption" }, ` ${p.rationale}`]

const explained = (title: string, f: { readonly explanation: Explanation.Explanation }) => ({
  title,
  text: Explanation.toText(f.explanation)
})

// What a set of figures rests on, in one sentence: the parameters (with their source), the
// published figures, and whether an assumption is involved.
const basis = (
  figures: ReadonlyArray<{ readonly explanation: Explanation.Explanation }>,
  simulated: boolean
): Text => {
  const parameters = new Map<string, string>()
  const published = new Map<string, string>()
  const rules = new Map<string, ReadonlyArray<string>>()
  let assumed = simulated
  for (const f of figures) {
    for (const r of Explanation.rules(f.explanation))
      rules.set(r.ruleId, r.sources.flatMap(Provenance.documentIds))
    for (const s of Explanation.sources(f.explanation)) {
      parameters.set(s.parameterId, s.provenance.kind === "citation" ? s.provenance.document : "assumption")
      if (s.provenance.kind === "assumption") assumed = true
    }
    for (const p of Explanation.figures(f.explanation)) published.set(p.figureId, p.provenance.document)
  }
  const list = (entries: ReadonlyMap<string, string>, link: (id: string) => Inline): Array<Inline> =>
    [...entries].flatMap(
      ([id, source], i): Array<Inline> => [
        ...(i === 0 ? [] : [", "]),
        link(id),
        " (",
        source === "assumption" ? source : documentRef(source),
        ")"
      ]
    )
  return [
    { strong: "What it rests on:" },
    ...(parameters.size === 0 && published.size === 0
      ? [" the events counted, nothing else"]
      : [
          ...(parameters.size === 0
            ? []
            : [" parameters and programme data ", ...list(parameters, valueEntry)]),
          ...(published.size === 0
            ? []
            : [
                `${parameters.size === 0 ? "" : ";"} published figures `,
                ...list(published, (id) => entry("figure", id))
              ])
        ]),
    ...(rules.size === 0
      ? []
      : [
          "; rules ",
          ...[...rules].flatMap(
            ([id, documents], i): Array<Inline> => [
              ...(i === 0 ? [] : [", "]),
              entry("rule", id),
              " (",
              ...(documents.length === 0
                ? ["no source given"]
                : documents.flatMap((d, j): Array<Inline> => [...(j === 0 ? [] : [", "]), documentRef(d)])),
              ")"
            ]
          )
        ]),
    `. Assumptions involved: ${Format.yesNo(assumed)}${simulated ? " (the event log is simulated)" : ""}.`
  ]
}

const sectionOf = <A>(
  id: keyof typeof headings | "projection",
  title: string,
  s: Report.Section<A>,
  body: (a: A) => ReadonlyArray<Block>
): Block => ({
  kind: "section",
  id,
  blocks: [
    { kind: "heading", level: 2, text: title },
    ...(s.status === "ok"
      ? body(s.value)
      : [
          {
            kind: "note",
            tone: "error",
            text: [{ strong: "Not available:" }, ` ${s.reason}`]
          } satisfies Block
        ])
  ]
})

const logWords = (log: Report.Log): string =>
  log.kind === "simulated"
    ? "the simulated log"
    : log.kind === "files"
      ? "the event files"
      : "the events given"

const logBlocks = (m: Report.ReportModel): Array<Block> => {
  const log = m.log
  switch (log.kind) {
    case "simulated":
      return [
        {
          kind: "note",
          tone: "simulated",
          text: [
            { strong: "Simulated data." },
            ` The event log is SIMULATED: produced by the seeded simulation of ${m.programme.name} (seed ${log.seed}), calibrated on its published figures. It is not a record of what happened; its calibration constants are listed under the assumptions.`
          ]
        }
      ]
    case "files":
      return [
        {
          kind: "paragraph",
          text: [
            { strong: "Event files." },
            ` ${Format.integer(log.files.length)} file${log.files.length === 1 ? "" : "s"}: ${Format.integer(log.read)} record${log.read === 1 ? "" : "s"} read, ${Format.integer(log.decoded)} decoded into events, ${Format.integer(log.rejected)} rejected (not counted)${log.outsideWindow === 0 ? "" : `, ${Format.integer(log.outsideWindow)} event${log.outsideWindow === 1 ? "" : "s"} dated outside ${m.window.from} to ${m.window.to} (ignored)`}.`
          ]
        },
        { kind: "list", items: log.files.map((f) => [{ code: f }]) }
      ]
    case "given":
      return [
        {
          kind: "paragraph",
          text: `Events given: ${Format.integer(log.events)} within the window${log.outsideWindow === 0 ? "" : `, ${Format.integer(log.outsideWindow)} dated outside it (ignored)`}.`
        }
      ]
    case "none":
      return [
        {
          kind: "note",
          tone: "info",
          text: [
            { strong: "No event log." },
            " This report has no events: the sections that count them (headline KPIs, activity, the consultation target, staff) are not available. Pay, the opening scenario and the projection are computed from the policy and the programme data alone."
          ]
        }
      ]
  }
}

// -----------------------------------------------------------------------------
// sections
// -----------------------------------------------------------------------------

const headlineBlocks = (m: Report.ReportModel, h: Report.Headline): Array<Block> => {
  const simulated = m.log.kind === "simulated"
  return [
    { kind: "paragraph", text: `On ${h.asOf}, from ${logWords(m.log)}:` },
    {
      kind: "table",
      head: ["KPI", "Value"],
      rows: h.kpis.map((k) => [k.label, value(k.figure)]),
      numeric: [1]
    },
    {
      kind: "paragraph",
      text: "Consultations, unique patients and regular-doctor patients are three different counts: visits, people seen, and people who declared a programme doctor."
    },
    {
      kind: "paragraph",
      text: basis(
        h.kpis.map((k) => k.figure),
        simulated
      )
    },
    {
      kind: "explanations",
      summary: "How each KPI is computed",
      items: h.kpis.map((k) => explained(k.label, k.figure))
    },
    { kind: "heading", level: 3, text: "Against the published figures" },
    ...(h.comparisonNote === undefined
      ? []
      : [{ kind: "paragraph", text: h.comparisonNote } satisfies Block]),
    ...(h.comparisons.length === 0
      ? []
      : [
          {
            kind: "table",
            head: ["Figure id", "Published figure", "On", "Published", "Computed", "Agrees", "Source"],
            nowrap: [2],
            rows: h.comparisons.map((c) => [
              [entry("figure", c.published.id)],
              c.published.label,
              c.published.asOf,
              published(c.published),
              value(c.computed),
              Format.yesNo(c.matches),
              citation(c.published.provenance)
            ]),
            numeric: [3, 4]
          } satisfies Block
        ]),
    { kind: "heading", level: 3, text: "Goals" },
    h.goals.length === 0
      ? { kind: "paragraph", text: "The policy and the programme data state no goal." }
      : {
          kind: "table",
          head: [
            "Goal",
            "Id",
            "By",
            "Goal value",
            simulated ? "Now (simulated)" : "Now",
            "Share reached",
            "Source"
          ],
          nowrap: [2],
          rows: h.goals.map((g) => [
            g.label,
            [
              entry(g.source === "policy" ? "parameter" : "figure", g.id),
              g.source === "policy" ? " (policy parameter)" : " (published figure)"
            ],
            g.by ?? "",
            value(g.goal),
            g.current === undefined ? "not counted" : value(g.current),
            g.share === undefined ? "" : value(g.share),
            citation(sourceOfGoal(g))
          ]),
          numeric: [3, 4, 5]
        }
  ]
}

const sourceOfGoal = (g: Report.Goal): Provenance.Provenance => {
  const root = g.goal.explanation.root
  return (
    root.source?.provenance ??
    root.figure?.provenance ?? { kind: "assumption", rationale: "not stated", replaceWith: "" }
  )
}

const activityBlocks = (m: Report.ReportModel, a: Report.Activity): Array<Block> => [
  {
    kind: "chart",
    chart: {
      kind: "lines",
      id: "chart-activity",
      title: `Consultations by month${m.log.kind === "simulated" ? " (simulated data)" : ""}`,
      description:
        a.byMonth.length === 0
          ? "No consultation in the window."
          : `${Format.integer(a.byMonth.length)} months from ${a.byMonth[0]!.month} to ${a.byMonth.at(-1)!.month}; from ${value(a.byMonth[0]!.consultations)} to ${value(a.byMonth.at(-1)!.consultations)} a month. The table below gives every month.`,
      months: a.byMonth.map((r) => r.month),
      series: [
        {
          label: "consultations a month",
          colour: "#1f6feb",
          values: a.byMonth.map((r) => r.consultations.value)
        }
      ],
      format: compact
    }
  },
  { kind: "heading", level: 3, text: "By month" },
  {
    kind: "table",
    head: ["Month", "Consultations", "Home visits"],
    rows: a.byMonth.map((r) => [r.month, value(r.consultations), value(r.homeVisits)]),
    numeric: [1, 2],
    folded: `Every month (${Format.integer(a.byMonth.length)} rows)`
  },
  { kind: "heading", level: 3, text: "By centre" },
  {
    kind: "table",
    head: ["Centre", "Id", "Consultations"],
    rows: a.byCentre.map((r) => [r.name, [{ code: r.centreId }], value(r.consultations)]),
    numeric: [2]
  },
  {
    kind: "paragraph",
    text: `Each figure counts the events of its month or centre in ${logWords(m.log)}, within ${m.window.from} to ${m.window.to}.`
  }
]

const targetBlocks = (m: Report.ReportModel, t: Report.Target): Array<Block> => [
  {
    kind: "list",
    items: [
      `Consultations: ${value(t.consultations)} (of which ${value(t.complexConsultations)} with complex patients) in ${value(t.consultingHours)} consulting hours.`,
      [
        `Expected at the target rates: ${value(t.expected)}; given ÷ expected: ${maybe(t.ratio)}; difference: ${Format.integer(t.surplus.value)}; finding of the rule `,
        entry("rule", t.ruleId),
        ": ",
        { strong: Format.status(t.outcome) },
        "."
      ]
    ]
  },
  { kind: "paragraph", text: basis([t.surplus, t.consultingHours], m.log.kind === "simulated") },
  {
    kind: "explanations",
    summary: "How it is computed",
    items: [explained("The finding", t.surplus), explained("Consulting hours", t.consultingHours)]
  }
]

const payBlocks = (examples: ReadonlyArray<Report.PayExample>): Array<Block> =>
  examples.flatMap(
    (p): Array<Block> => [
      { kind: "heading", level: 3, text: p.label },
      {
        kind: "paragraph",
        text: `On ${p.on}: net ${value(p.net)}, gross ${value(p.gross)}, employer cost ${value(p.employerCost)} a month. The contract: ${Format.profession(p.contract.profession, 1)}, ${Format.decimal(p.contract.weeklyHours)} h a week over ${Format.integer(p.contract.daysPerWeek)} days, from ${p.contract.start}, with ${Format.decimal(p.contract.seniorityAtHireYears)} years of seniority counted at hire.`
      },
      ...(p.published === undefined
        ? []
        : [
            {
              kind: "paragraph",
              text: [
                `Published: ${published(p.published.figure)} (`,
                entry("figure", p.published.figure.id),
                ", ",
                ...citationInline(p.published.figure.provenance),
                `): ${p.published.matches ? (p.published.byConstruction ? "the computed pay matches by construction (an assumed term of the example was fitted to this figure): not a confirmation" : "the computed pay agrees") : "the computed pay differs"}.`
              ]
            } satisfies Block
          ]),
      { kind: "paragraph", text: basis([p.employerCost], false) },
      { kind: "explanations", summary: "How it is computed", items: [explained(p.label, p.employerCost)] }
    ]
  )

const citationInline = (p: Provenance.Citation): Array<Inline> => [documentRef(p.document), ...citedWords(p)]

const staffBlocks = (m: Report.ReportModel, s: Report.Staff): Array<Block> => [
  {
    kind: "table",
    head: ["Profession", "Headcount", "Full-time equivalents"],
    rows: [
      ...s.byProfession.map(
        (p): ReadonlyArray<Text> => [
          capital(Format.profession(p.profession)),
          value(p.headcount),
          Format.decimal(p.fte.value)
        ]
      ),
      [[{ strong: "Total" }], value(s.headcount), Format.decimal(s.fte.value)]
    ],
    numeric: [1, 2]
  },
  {
    kind: "paragraph",
    text: `Departures: ${value(s.departures)}${s.departuresByReason.length === 0 ? "" : ` (${s.departuresByReason.map((d) => `${Format.departure(d.reason)}: ${value(d.count)}`).join("; ")})`}.`
  },
  { kind: "paragraph", text: basis([s.fte], m.log.kind === "simulated") },
  {
    kind: "explanations",
    summary: "How it is computed",
    items: [explained("Staff in post", s.headcount), explained("Full-time equivalents", s.fte)]
  }
]

const openingBlocks = (o: Report.Opening): Array<Block> => [
  {
    kind: "paragraph",
    text: `${o.label}. Opening on ${o.opening}, over ${Format.integer(o.years.length)} years.`
  },
  {
    kind: "table",
    head: [
      "Staff",
      "Role",
      "Count",
      "Weekly hours",
      "Seniority at hire (years)",
      "Employer cost a year",
      "Consultations a year at full activity"
    ],
    rows: o.staff.map((s) => [
      capital(Format.profession(s.profession, s.count)),
      s.role === "support" ? "support staff" : "clinician",
      Format.integer(s.count),
      Format.decimal(s.weeklyHours),
      Format.decimal(s.seniorityAtHireYears),
      value(s.costPerYear),
      s.consultationsPerYear === undefined ? "none" : Format.integer(s.consultationsPerYear.value)
    ]),
    numeric: [2, 3, 4, 5, 6]
  },
  {
    kind: "paragraph",
    text: `At full activity: ${Format.integer(o.consultationsAtFullActivity.value)} consultations and ${Format.integer(o.homeVisitsAtFullActivity.value)} home visits a year, from the clinicians' consulting hours in the policy and the rates above; staff cost ${value(o.clinicianCostPerYear)} (clinicians) + ${value(o.supportStaffCostPerYear)} (support staff) a year. The ramp-up applies once, to that full activity.`
  },
  {
    kind: "chart",
    chart: {
      kind: "bars",
      id: "chart-pnl",
      title: "Result of the typical centre by year",
      description: `${o.years.map((y) => `year ${y.year}: ${value(y.result)}`).join("; ")}. Red bars: deficit; green bars: surplus.`,
      bars: o.years.map((y) => ({ label: `Year ${y.year}`, value: y.result.value })),
      format: (v) => compact(v / 100)
    }
  },
  {
    kind: "table",
    head: [
      "Year",
      "Period",
      "Activity",
      "Consultations",
      "Revenue (subsidies included)",
      "Cost",
      "Result",
      "Cumulative",
      "Region's contribution",
      "Cost per consultation",
      "Subsidy per consultation"
    ],
    nowrap: [1],
    rows: o.years.map((y) => [
      Format.integer(y.year),
      `${y.start} to ${y.end}`,
      value(y.activityShare),
      value(y.consultations),
      value(y.revenue),
      value(y.cost),
      value(y.result),
      value(y.cumulativeResult),
      value(y.regionContribution),
      maybe(y.costPerConsultation),
      maybe(y.subsidyPerConsultation)
    ]),
    numeric: [2, 3, 4, 5, 6, 7, 8, 9, 10]
  },
  {
    kind: "paragraph",
    text: `First year without a deficit: ${o.breakEvenYear === undefined ? "none within the horizon" : `year ${o.breakEvenYear}`}; accumulated result non-negative from: ${o.paybackYear === undefined ? "none within the horizon" : `year ${o.paybackYear}`}. The scenario's ledger holds ${Format.integer(o.ledgerEntries)} entries: gip-sante report --ledger FILE writes them (CSV or JSON), each with its source.`
  },
  {
    kind: "paragraph",
    text: basis(
      o.years.flatMap((y) => [y.revenue, y.cost, y.activityShare]).concat(o.staff.map((s) => s.costPerYear)),
      false
    )
  },
  {
    kind: "explanations",
    summary: "How it is computed",
    items: [
      ...o.staff.map((s) =>
        explained(`Employer cost: ${Format.profession(s.profession, s.count)}`, s.costPerYear)
      ),
      ...o.staff.flatMap((s) =>
        s.consultationsPerYear === undefined
          ? []
          : [
              explained(
                `Consultations a year: ${Format.profession(s.profession, s.count)}`,
                s.consultationsPerYear
              )
            ]
      ),
      ...o.years.flatMap((y) => [
        explained(`Year ${y.year}: revenue`, y.revenue),
        explained(`Year ${y.year}: cost`, y.cost),
        ...(y.subsidyPerConsultation === undefined
          ? []
          : [explained(`Year ${y.year}: subsidy per consultation`, y.subsidyPerConsultation)])
      ])
    ]
  }
]

const consultationsBlocks = (p: Report.ConsultationsProjection, horizon: string): Array<Block> => {
  const last = p.path.points.at(-1)
  return [
    { kind: "heading", level: 3, text: "Consultations to the goal" },
    {
      kind: "chart",
      chart: {
        kind: "lines",
        id: "chart-projection",
        title: `Cumulative consultations projected to ${horizon}`,
        description: `From the published totals, then projected: with the staffing plan the goal of ${value(p.goal)} is reached in ${p.goalMonthWithPlan.value ?? `no month by ${horizon}`}; with no growth in ${p.goalMonthNoGrowth.value ?? `no month by ${horizon}`}.`,
        months: p.path.points.map((q) => q.month),
        series: [
          {
            label: "with the staffing plan",
            colour: "#1f6feb",
            values: p.path.points.map((q) => q.withPlan)
          },
          {
            label: "no growth",
            colour: "#8250df",
            dashed: true,
            values: p.path.points.map((q) => q.noGrowth)
          }
        ],
        level: { value: p.goal.value, label: `goal ${compact(p.goal.value)}` },
        format: compact
      }
    },
    {
      kind: "list",
      items: [
        `${p.goalLabel}: ${value(p.goal)}.`,
        `Rate (${p.rateKind === "estimated" ? "estimated from the published totals" : "assumed"}): ${Format.decimal(p.rate.value)} consultations per clinician per month.`,
        [
          "With the staffing plan, the goal is reached in ",
          { strong: p.goalMonthWithPlan.value ?? `no month by ${horizon}` },
          "; with no growth, in ",
          { strong: p.goalMonthNoGrowth.value ?? `no month by ${horizon}` },
          "."
        ],
        `Cumulative consultations at the end of ${last?.month ?? horizon}: ${value(p.endWithPlan)} with the plan, ${value(p.endNoGrowth)} with no growth.`,
        [
          "Published totals on the path: ",
          ...p.checkpoints.flatMap(
            (c, i): Array<Inline> => [
              ...(i === 0 ? [] : ["; "]),
              entry("figure", c.published.id),
              ` ${published(c.published)} (projected ${value(c.projected)})`
            ]
          ),
          "."
        ]
      ]
    },
    { kind: "paragraph", text: basis([p.endWithPlan, p.goal], false) },
    {
      kind: "explanations",
      summary: "How it is computed",
      items: [explained("With the staffing plan", p.endWithPlan), explained("The rate", p.rate)]
    }
  ]
}

const recruitmentBlocks = (r: Report.RecruitmentProjection, horizon: string): Array<Block> => [
  { kind: "heading", level: 3, text: "Recruitment to the goal" },
  {
    kind: "list",
    items: [
      `${r.goalLabel}: ${value(r.goal)} by ${r.deadline}.`,
      [
        `Latest published count: ${published(r.latest)} on ${r.latest.asOf} (`,
        entry("figure", r.latest.id),
        ")."
      ],
      `Pace observed between the two latest published counts: ${Format.decimal(r.paceObserved.value)} a month; pace needed to reach the goal: ${Format.decimal(r.paceNeeded.value)} a month.`,
      [
        `At the observed pace: ${Format.integer(r.atDeadline.value)} by ${r.deadline}; the goal is reached in `,
        { strong: r.goalMonth.value ?? `no month by ${horizon}` },
        "."
      ]
    ]
  },
  { kind: "paragraph", text: basis([r.paceObserved, r.paceNeeded], false) },
  {
    kind: "explanations",
    summary: "How it is computed",
    items: [
      explained("Pace observed", r.paceObserved),
      explained("Pace needed", r.paceNeeded),
      explained("At the deadline", r.atDeadline)
    ]
  }
]

const partOf = <A>(
  s: Report.Section<A> | undefined,
  title: string,
  body: (a: A) => Array<Block>
): Array<Block> =>
  s === undefined
    ? []
    : s.status === "ok"
      ? body(s.value)
      : [
          { kind: "heading", level: 3, text: title },
          { kind: "note", tone: "error", text: [{ strong: "Not available:" }, ` ${s.reason}`] }
        ]

const assumptionBlocks = (m: Report.ReportModel): Array<Block> => {
  const a = m.assumptions
  return [
    {
      kind: "list",
      items: [
        [
          { strong: "Policy:" },
          ` ${Format.integer(a.policy.length)} dated values of the policy are assumptions no source gives; see the handbook.`
        ],
        [
          { strong: "Programme data:" },
          ` ${Format.integer(a.programme.length)} values of the scenarios and plans (pay examples, typical centre, projection) are assumptions, listed below.`
        ],
        ...(a.simulation === undefined
          ? []
          : [
              [
                { strong: "Simulated data (not real):" },
                ` the event log is produced by the programme's seeded simulation; its ${Format.integer(a.simulation.length)} calibration constants are listed below.`
              ] satisfies Text
            ])
      ]
    },
    {
      kind: "table",
      head: ["Programme data", "Assumption", "Replace with"],
      rows: a.programme.map((x) => [[entry("data", `programmeData.${x.where}`)], x.rationale, x.replaceWith]),
      folded: "The programme data's assumptions"
    },
    ...(a.simulation === undefined
      ? []
      : [
          {
            kind: "table",
            head: ["Calibration constant", "Provenance"],
            rows: a.simulation.map((x) => [[entry("data", `simulation.${x.name}`)], citation(x.provenance)]),
            folded: "The simulation's calibration constants"
          } satisfies Block
        ]),
    {
      kind: "table",
      head: ["Parameter", "From", "Assumption", "Replace with"],
      rows: a.policy.map((x) => [[entry("parameter", x.where)], x.from ?? "", x.rationale, x.replaceWith]),
      folded: "The policy's assumed values"
    },
    { kind: "heading", level: 3, text: "Documents cited" },
    {
      kind: "list",
      items: m.documents.map(
        (d): Text => [
          { anchor: `document-${d.id}` },
          { code: d.id },
          `: ${/[.!?…]$/u.test(d.title) ? d.title : `${d.title}.`} ${d.publisher}, ${d.date}. `,
          ...(d.url === undefined
            ? ["No public address recorded."]
            : ["Online: ", { link: d.url, href: d.url } satisfies Inline, "."]),
          " Its entry in the handbook: ",
          { link: "documents cited", href: `${handbookHref}#document-${d.id}` },
          "."
        ]
      )
    }
  ]
}

const statusWords: Record<Reconciliation.Status, string> = {
  agrees: "agrees",
  agreesAfterCalibration: "agrees after calibration (not a confirmation)",
  matchedByConstruction: "matched by construction (not a confirmation)",
  disagrees: "disagrees"
}

const reconciliationBlocks = (r: Reconciliation.Reconciliation): Array<Block> => [
  {
    kind: "paragraph",
    text: `The programme's accounts are built from the typical centre: each year's opened centres run through its opening scenario, scaled to the average centre, plus the GIP's central costs. "About" is read as within ${Format.quantity(r.aboutTolerance, "ratio")}. A row that agrees after calibration rests on assumptions tuned against that figure; a row matched by construction repeats a figure an assumption was fitted to: neither confirms the model.`
  },
  {
    kind: "table",
    head: [
      "Year",
      "Centres open",
      "Revenue (subsidies included)",
      "Cost",
      "Region's contribution",
      "Share from acts and subsidies"
    ],
    rows: r.years.map((y) => [
      String(y.year),
      Format.integer(y.centresOpen),
      value(y.revenue),
      value(y.cost),
      value(y.regionContribution),
      maybe(y.shareFromActsAndSubsidies)
    ]),
    numeric: [1, 2, 3, 4, 5]
  },
  {
    kind: "table",
    head: [
      "Published figure",
      "Published",
      "Model",
      "Gap",
      "Status",
      "What drives the gap",
      "Reading",
      "Source"
    ],
    rows: r.rows.map((row) => [
      [{ code: row.figure.id }, ` ${row.figure.label}${row.year === undefined ? "" : ` (${row.year})`}`],
      published(row.figure),
      value(row.model),
      value(row.gap),
      statusWords[row.status],
      row.drivers.flatMap((d, i): Array<Inline> => [...(i === 0 ? [] : [", "]), { code: d }]),
      row.reading,
      citation(row.figure.provenance)
    ]),
    numeric: [1, 2, 3]
  },
  ...(r.conflicts.length === 0
    ? []
    : [
        { kind: "paragraph", text: [{ strong: "Published figures that cannot all hold at once:" }] } as Block,
        { kind: "list", items: r.conflicts } as Block
      ]),
  {
    kind: "paragraph",
    text: basis(
      r.rows.map((row) => row.model),
      false
    )
  },
  {
    kind: "explanations",
    summary: "How it is computed",
    items: [
      ...r.years.flatMap((y) => [
        explained(`Programme revenue in ${y.year}`, y.revenue),
        explained(`Programme cost in ${y.year}`, y.cost),
        explained(`The Region's contribution in ${y.year}`, y.regionContribution)
      ]),
      ...r.rows.map((row) => explained(`Model value for ${row.figure.id}`, row.model))
    ]
  }
]

/** The report as a document. */
export const reportDocument = (
  m: Report.ReportModel,
  handbook: string
): { readonly title: string; readonly blocks: ReadonlyArray<Block> } => {
  handbookHref = handbook
  const title = `Programme report: ${m.programme.name} (${m.programme.region})`
  const policy = m.policy
  const blocks: Array<Block> = [
    { kind: "heading", level: 1, text: title },
    {
      kind: "paragraph",
      text: `Computed from the policy "${policy.name}" (${policy.region}, version ${policy.version}), the programme data (version ${m.programme.version}) and ${m.log.kind === "none" ? "no event log" : `the event log from ${m.window.from} to ${m.window.to}`}.${policy.base === undefined ? "" : ` The policy overrides "${policy.base.name}" (${policy.base.region}, version ${policy.base.version}): what it does not override, it inherits.`}`
    },
    ...logBlocks(m),
    sectionOf("headline", headings.headline, m.headline, (h) => headlineBlocks(m, h)),
    sectionOf("activity", headings.activity, m.activity, (a) => activityBlocks(m, a)),
    sectionOf("target", headings.target, m.target, (t) => targetBlocks(m, t)),
    sectionOf("pay", headings.pay, m.pay, payBlocks),
    sectionOf("staff", headings.staff, m.staff, (s) => staffBlocks(m, s)),
    sectionOf("opening", headings.opening, m.opening, openingBlocks),
    sectionOf(
      "projection",
      m.projection.status === "ok"
        ? `${headings.projection} to ${m.projection.value.horizon}`
        : headings.projection,
      m.projection,
      (p) => [
        ...partOf(p.consultations, "Consultations to the goal", (c) => consultationsBlocks(c, p.horizon)),
        ...partOf(p.recruitment, "Recruitment to the goal", (r) => recruitmentBlocks(r, p.horizon))
      ]
    ),
    sectionOf("reconciliation", headings.reconciliation, m.reconciliation, reconciliationBlocks),
    {
      kind: "section",
      id: "assumptions",
      blocks: [{ kind: "heading", level: 2, text: headings.assumptions }, ...assumptionBlocks(m)]
    }
  ]
  return { title, blocks }
}

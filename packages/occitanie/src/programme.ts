import type { ProgrammeData } from "@gip-sante/report"
import { calibration } from "./calibration.js"
import { figures } from "./figures.js"

const s2 = (locator: string, quote: string) => ({ kind: "citation", document: "S2", locator, quote }) as const

/**
 * Occitanie's programme data as JSON (what `programme.json` contains): its published figures,
 * the figures the KPIs are compared with, the pay examples, the typical-centre scenario, the
 * projection's inputs, the report's default window, the programme's start and the calibration of
 * its simulated event log. Its goals are the policy's `programme.goal.*` parameters.
 *
 * @since 0.1.0
 */
export const programmeData = {
  $schema: "../report/schemas/programme.schema.json",
  name: "Ma santé, ma région",
  region: "Occitanie",
  version: "2025.12.0",
  description:
    "The programme data of Occitanie's GIP: figures published up to December 2025, the scenarios the report computes, and the calibration of its simulated event log. Every value not given by a source is a flagged assumption.",
  start: {
    value: "2022-07-01",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "first centre opened at Sainte-Croix-Volvestre on 1 July 2022",
      confidence: "medium"
    }
  },
  window: { from: "2022-07-01", to: "2025-12-31" },
  figures,
  comparisons: [
    { figure: "consultations.total.apr2025", kpi: "consultations" },
    { figure: "consultations.total.summer2025", kpi: "consultations" },
    { figure: "patients.regularDoctorRegained.apr2025", kpi: "regainedRegularDoctor" },
    { figure: "patients.regularDoctorRegained.dec2025", kpi: "regainedRegularDoctor" },
    { figure: "homeVisits.total.apr2025", kpi: "homeVisits" },
    { figure: "patients.share65Plus.dec2025", kpi: "patientShare65Plus" }
  ],
  payExamples: [
    {
      id: "new-gp-35h",
      label: "A new GP on 35 h a week",
      profession: "gp",
      weeklyHours: 35,
      daysPerWeek: 5,
      provenance: s2(
        "a young GP out of residency on 35 h starts at 4 700 € net",
        "un jeune médecin aux 35 heures perçoit 4700 euros net"
      ),
      seniorityAtHireYears: {
        value: 0,
        provenance: s2(
          "a young GP out of residency on 35 h starts at 4 700 € net",
          "un jeune médecin aux 35 heures perçoit 4700 euros net"
        )
      }
    },
    {
      id: "s2-gp-27h",
      label: "S2's GP, 27 h over 3 days, among the first hired",
      profession: "gp",
      weeklyHours: 27,
      daysPerWeek: 3,
      provenance: s2("27 h a week over three days", "27 heures par semaine, réparties sur trois jours"),
      seniorityAtHireYears: {
        value: 12,
        provenance: {
          kind: "assumption",
          rationale:
            "She is 61 and among the first hired (S2), so she came with a long career; 12 years counted at hire puts her on the grid's step fitted to her published pay.",
          replaceWith: "the seniority the GIP counted when it hired her",
          references: ["S2"]
        }
      },
      start: {
        value: "2022-07-01",
        provenance: {
          kind: "assumption",
          rationale: "Among the first hired (S2): taken as hired when the first centre opened.",
          replaceWith: "her hiring date",
          references: ["S2"]
        }
      },
      published: "examples.gp27h.monthlyNet",
      fittedToPublished: true
    },
    {
      id: "s2-midwife-39h",
      label: "S2's midwife, 39 h over 4 days",
      profession: "midwife",
      weeklyHours: 39,
      daysPerWeek: 4,
      provenance: s2("39 h a week over four days", "39 heures par semaine sur 4 jours"),
      seniorityAtHireYears: {
        value: 20,
        provenance: {
          kind: "assumption",
          rationale:
            "She worked 40 to 50 h a week as a self-employed midwife before (S2): a long career, counted as 20 years at hire, the grid's senior step.",
          replaceWith: "the seniority the GIP counted when it hired her",
          references: ["S2"]
        }
      },
      start: {
        value: "2023-01-01",
        provenance: {
          kind: "assumption",
          rationale:
            "The first midwife was hired in 2023 (regional press); her hiring date is not published.",
          replaceWith: "her hiring date",
          references: ["regional-press-gip"]
        }
      },
      published: "examples.midwife39h.monthlyGross"
    }
  ],
  typicalCentre: {
    label: "A centre like Saint-Gilles: two GPs, a midwife and two secretaries",
    opening: {
      value: "2025-01-01",
      provenance: {
        kind: "assumption",
        rationale: "A centre opening at the start of the last year with published figures.",
        replaceWith: "the opening date of the centre to plan"
      }
    },
    years: {
      value: 4,
      provenance: {
        kind: "assumption",
        rationale: "Four years: the ramp-up and two years at full activity.",
        replaceWith: "the planning horizon the GIP uses"
      }
    },
    ramp: {
      value: [0.75, 0.9, 1],
      provenance: {
        kind: "assumption",
        rationale:
          "Calibrated (issue 16) against a centre's published loss of tens of thousands of euros in its first years (S1): three quarters of the full activity in the first year and nine tenths in the second. The centres open where doctors are lacking and no centre has had empty slots yet (S2), so diaries fill fast; the earlier half and four fifths made a new centre lose over 200 k€ in its first year, against S1. Opening a centre takes several years to break even (regional press).",
        replaceWith: "the activity of the GIP's centres by year since opening",
        references: ["S1", "S2", "regional-press-gip"]
      }
    },
    staff: [
      {
        profession: "gp",
        role: "clinician",
        count: 2,
        weeklyHours: 35,
        seniorityAtHireYears: 0,
        consultationsPerHour: {
          value: 2.45,
          provenance: {
            kind: "assumption",
            rationale:
              "Calibrated (issue 16) on the published totals: 100 000 consultations from April to summer 2025 (S1, S2) by about 103 clinicians is about 205 consultations a head a month, 2 466 a year; with part-timers (about 0,8 of full time a head, as in economics.clinicianScale) that is about 3 080 a full-time GP, 2,45 an hour over the policy's consulting hours (28 a week, 45 weeks). The target of 3 an hour (S2) would give 3 742, more than the programme's published activity supports.",
            replaceWith: "the consultations per consulting hour in the GIP's records",
            references: ["S1", "S2"]
          }
        },
        provenance: s2(
          "two GPs also work at the Saint-Gilles centre",
          "où exercent également deux généralistes"
        ),
        terms: {
          kind: "assumption",
          rationale: "Full-time contracts with no seniority counted: a new centre's recruits.",
          replaceWith: "the contracts of a new centre's staff"
        }
      },
      {
        profession: "midwife",
        role: "clinician",
        count: 1,
        weeklyHours: 35,
        seniorityAtHireYears: 0,
        consultationsPerHour: {
          value: 1.6,
          provenance: {
            kind: "assumption",
            rationale:
              "Calibrated (issue 16) with the GPs' rate: the target of 3 consultations an hour is for doctors (S2); a midwife's consultations are longer, taken as two thirds of the GPs' calibrated 2,45, 1,6 an hour, and valued at the consultation tariff like the doctors'.",
            replaceWith: "a midwife's consultations per hour and the tariffs of her acts",
            references: ["S2"]
          }
        },
        provenance: s2(
          "a centre with two GPs and a midwife has two full-time secretaries",
          "les deux secrétaires à temps plein du centre de Saint-Gilles, où exercent également deux généralistes"
        ),
        terms: {
          kind: "assumption",
          rationale: "Full-time contracts with no seniority counted: a new centre's recruits.",
          replaceWith: "the contracts of a new centre's staff"
        }
      },
      {
        profession: "secretary",
        role: "support",
        count: 2,
        weeklyHours: 35,
        seniorityAtHireYears: 0,
        provenance: s2(
          "two full-time secretaries at the Saint-Gilles centre",
          "les deux secrétaires à temps plein du centre de Saint-Gilles"
        ),
        terms: {
          kind: "assumption",
          rationale:
            "Full time as in S2's example centre, with no seniority counted: a new centre's recruits.",
          replaceWith: "the contracts of a new centre's staff",
          references: ["S2"]
        }
      }
    ],
    complexShare: {
      value: 0.03,
      provenance: {
        kind: "assumption",
        rationale: "A few per cent of consultations are with complex patients (S2), about 3 %.",
        replaceWith: "the share of complex consultations in the centres' records",
        references: ["S2"]
      }
    },
    homeVisitsPerConsultation: {
      value: 0.063,
      provenance: {
        kind: "assumption",
        rationale: "19 000 home visits against about 300 000 consultations by April 2025 (S1).",
        replaceWith: "home visits per consultation in the centres' records",
        references: ["S1"]
      }
    },
    regularDoctorPatients: {
      value: 800,
      provenance: {
        kind: "assumption",
        rationale:
          "Calibrated (issue 16): about 400 regular-doctor patients per full-time GP, the programme's average (over 35 000 patients regained a regular doctor, S2, for about 100 GPs, S1, many part-time); S2's GP with 989 is one senior doctor, an example and not the average; Centre-Val de Loire planned 1 000 per doctor and observed about 600 (regional audit court). Two GPs: 800.",
        replaceWith: "the regular-doctor declarations of the centre's doctors",
        references: ["S1", "S2"]
      }
    },
    centralShare: {
      value: 0.0385,
      provenance: {
        kind: "assumption",
        rationale:
          "The GIP's central costs shared equally among its 26 centres (S2, December 2025): 1/26. The policy's key (consultations) gives about the same share to a centre of average activity; no source says how the GIP allocates them.",
        replaceWith: "the typical centre's share of central costs in the GIP's management accounts",
        references: ["S2"]
      }
    }
  },
  economics: {
    openings: [
      {
        year: 2022,
        centres: 7,
        provenance: {
          kind: "citation",
          document: "regional-press-gip",
          locator: "7 centres in January 2023",
          confidence: "medium"
        }
      },
      {
        year: 2023,
        centres: 4,
        provenance: {
          kind: "citation",
          document: "regional-press-gip",
          locator: "11 centres in September 2023",
          confidence: "medium"
        }
      },
      {
        year: 2024,
        centres: 10,
        provenance: {
          kind: "assumption",
          rationale:
            "19 centres in mid-2024 (regional press) and 22 in April 2025 (S1): 8 opened in the first half of 2024, and 2 of the 3 between mid-2024 and April 2025 are taken as opened in 2024, so that 2025 has the 5 openings planned (S1).",
          replaceWith: "the opening dates of the GIP's centres",
          references: ["regional-press-gip", "S1"]
        }
      },
      {
        year: 2025,
        centres: 5,
        provenance: {
          kind: "citation",
          document: "S1",
          locator: "five new centres to open this year",
          note: "26 centres in December 2025 (S2): 7 + 4 + 10 + 5."
        }
      }
    ],
    openingMonth: {
      value: 7,
      provenance: {
        kind: "assumption",
        rationale:
          "Each year's centres are taken to open in the middle of the year (1 July): openings are spread over the year.",
        replaceWith: "each centre's opening date"
      }
    },
    clinicianScale: {
      value: 1.28,
      provenance: {
        kind: "assumption",
        rationale:
          "100 GPs and 6 midwives in 22 centres in April 2025 (S1), about 0,8 of full time a head (many part-timers, S2): 3,85 full-time clinicians a centre against the typical centre's 3.",
        replaceWith: "the full-time equivalents of clinicians per centre in the GIP's records",
        references: ["S1", "S2"]
      }
    },
    supportScale: {
      value: 0.93,
      provenance: {
        kind: "assumption",
        rationale:
          "41 secretaries and medical assistants in 22 centres in April 2025 (S1): 1,86 a centre against the typical centre's 2.",
        replaceWith: "the full-time equivalents of support staff per centre in the GIP's records",
        references: ["S1"]
      }
    },
    reconciliation: [
      {
        figure: "money.region.costPerYear",
        measure: "regionContribution",
        year: 2025,
        basis: "calibrated",
        drivers: [
          "accounting.central.costPerYear",
          "accounting.centre.rentPerMonth",
          "accounting.centre.flatPaymentsPerYear",
          "tariff.regularDoctorFee",
          "programmeData.typicalCentre.staff[0].consultationsPerHour",
          "programmeData.economics.clinicianScale"
        ],
        reading:
          "The Region covers the GIP's deficit; the model has no other partner paying, so its contribution is the whole deficit of 2025."
      },
      {
        figure: "money.region.investment.y2025",
        measure: "programmeCost",
        year: 2025,
        basis: "independent",
        drivers: [
          "pay.gp.grid",
          "pay.employerContributionRate",
          "programmeData.economics.clinicianScale",
          "accounting.central.costPerYear"
        ],
        reading:
          "Read as what opening and running the centres cost in 2025 (all costs, before revenue), not the Region's net contribution. The model's yearly cost is below it: the 14 M€ probably counts one-off investment (fitting out and equipping the year's openings beyond the opening cost) or spending of other partners; see the figures that cannot all hold at once."
      },
      {
        figure: "money.gip.resourcesFromSubsidiesAndActs",
        measure: "shareFromActsAndSubsidies",
        year: 2025,
        basis: "independent",
        drivers: [
          "tariff.consultation.g",
          "programmeData.typicalCentre.staff[0].consultationsPerHour",
          "accounting.centre.installationSubsidy"
        ],
        reading:
          "Resources are revenue + the Region's contribution; health insurance's flat payments and regular-doctor fees are counted with the acts."
      },
      {
        figure: "money.gip.revenueFromActsAndSubsidies",
        measure: "shareFromActsAndSubsidies",
        year: 2025,
        basis: "independent",
        drivers: [
          "tariff.consultation.g",
          "programmeData.typicalCentre.staff[0].consultationsPerHour",
          "accounting.centre.installationSubsidy"
        ],
        reading:
          "Read like S1's three quarters (revenue with the Region's contribution). The model lands nearer S1's 75 % than S2's 70 %: S2's figure holds if partners other than the Region pay a tenth of the resources, which the model does not have."
      },
      {
        figure: "money.centre.earlyYearsLoss",
        measure: "centreLossFirstYears",
        basis: "calibrated",
        drivers: [
          "programmeData.typicalCentre.ramp",
          "accounting.centre.openingCost",
          "accounting.centre.installationSubsidy",
          "programmeData.typicalCentre.centralShare"
        ],
        reading:
          "Read as a yearly loss; the typical centre's worse year of its first two, opening cost included. The model's first year loses more: the centre pays its full staff from the opening while its diary fills. S1's figure holds if staff are hired as activity grows, or if the opening cost is spread over several years (capitalised) rather than booked at once."
      },
      {
        figure: "gip.budget.y2022",
        measure: "programmeCost",
        year: 2022,
        basis: "independent",
        drivers: [
          "programmeData.economics.openings[0]",
          "programmeData.economics.openingMonth",
          "accounting.central.costPerYear"
        ],
        reading:
          "Read as the GIP's spending in 2022, its first half-year. The model opens the 7 centres on 1 July with the average centre's full staff; they opened from July to December, with 27 doctors in January 2023 (regional press), so the model overstates 2022."
      },
      {
        figure: "money.centre.openingCost",
        measure: "openingCost",
        basis: "construction",
        drivers: ["accounting.centre.openingCost"],
        reading: "The parameter cites this figure: the same number, not a confirmation."
      },
      {
        figure: "money.centre.yearsToBreakEven",
        measure: "yearsToBreakEven",
        basis: "independent",
        drivers: [
          "programmeData.typicalCentre.ramp",
          "programmeData.typicalCentre.centralShare",
          "tariff.regularDoctorFee"
        ],
        reading: "The first year without a deficit in the typical centre's scenario."
      },
      {
        figure: "money.centre.revenueShareFromActs",
        measure: "centreShareFromActs",
        basis: "calibrated",
        drivers: [
          "accounting.centre.flatPaymentsPerYear",
          "tariff.regularDoctorFee",
          "programmeData.typicalCentre.regularDoctorPatients"
        ],
        reading: "The typical centre at full activity; a health centre in general, not only the GIP's."
      },
      {
        figure: "money.centre.revenueShareFromFlatPayments",
        measure: "centreShareFromFlatPayments",
        basis: "calibrated",
        drivers: [
          "accounting.centre.flatPaymentsPerYear",
          "tariff.regularDoctorFee",
          "programmeData.typicalCentre.regularDoctorPatients"
        ],
        reading:
          "The typical centre at full activity; flat payments are the health-centre agreement's and the regular-doctor fees."
      },
      {
        figure: "pay.gp.startHeadline",
        measure: "startingPay",
        basis: "independent",
        drivers: ["pay.gp.grid", "pay.netShareOfGross"],
        reading:
          "Neither reading holds: the model's start is 4 700 € net (S1, S2), below 5 000 €, and about 5 767 € gross, above a little over 5 000 €. The headline may count allowances (out-of-hours duty) in net pay, or round up a later grid; it is kept as a published figure the model does not reproduce."
      }
    ]
  },
  projection: {
    horizon: "2028-12",
    consultations: {
      totals: ["consultations.total.apr2025", "consultations.total.summer2025"],
      clinicians: ["staff.gps.apr2025", "staff.cliniciansRecruited.dec2025"],
      planStart: "staff.cliniciansRecruited.dec2025",
      plan: {
        kind: "assumption",
        rationale:
          "From the 110 clinicians recruited by December 2025 (S2) to the policy's clinicians goal at its deadline, on a straight line; recruits counted as clinicians in post.",
        replaceWith: "the GIP's own recruitment plan, in clinicians in post",
        references: ["S2"]
      }
    },
    recruitment: {
      headcounts: ["staff.gps.apr2025", "staff.cliniciansRecruited.dec2025"],
      provenance: {
        kind: "assumption",
        rationale:
          "The pace between the two latest published headcounts continues; the April 2025 count is of GPs in post (S1), the December 2025 one of clinicians recruited since the start (S2), so the pace is approximate.",
        replaceWith: "the GIP's monthly recruitment records",
        references: ["S1", "S2"]
      }
    }
  },
  simulation: calibration
} as const satisfies ProgrammeData.Encoded

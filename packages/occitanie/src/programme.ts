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
      published: "examples.gp27h.monthlyNet"
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
      value: [0.5, 0.8, 1],
      provenance: {
        kind: "assumption",
        rationale:
          "Half the full activity in the first year and four fifths in the second while the patient base builds; opening a centre takes several years to break even (regional press).",
        replaceWith: "the activity of the GIP's centres by year since opening",
        references: ["regional-press-gip"]
      }
    },
    staff: [
      {
        profession: "gp",
        role: "clinician",
        count: 2,
        weeklyHours: 35,
        seniorityAtHireYears: 0,
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
          value: 2,
          provenance: {
            kind: "assumption",
            rationale:
              "The target of 3 consultations an hour is for doctors (S2); a midwife's consultations are taken as longer, 2 an hour, and valued at the consultation tariff like the doctors'.",
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
    }
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

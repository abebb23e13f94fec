import type { Parameter } from "@gip-sante/core"
import { contributionParameters } from "./contributions.js"

/**
 * Every parameter of the Occitanie preset, keyed by id: contracts, pay grids, consultation
 * targets and time use, obligations in return for the salary, programme rules and goals,
 * health-insurance tariffs and the accounting placeholders.
 *
 * Each dated value either cites a document of the preset's `bibliography` or is an assumption with
 * its rationale and what a region should put in its place, so an auditor can tell at a glance
 * which numbers are sourced. Programme parameters start on 17 June 2022, the GIP's launch;
 * tariffs carry their own history.
 *
 * @example
 * ```ts
 * import { parameters } from "@gip-sante/occitanie"
 * import { Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const start = Result.getOrThrow(Parameter.decode("pay.gp.startingMonthlyNet", parameters["pay.gp.startingMonthlyNet"]))
 * start.history[0]?.value // 470000 (cents)
 * ```
 *
 * @since 0.1.0
 */
export const parameters = {
  // ---------------------------------------------------------------------------
  // contract
  // ---------------------------------------------------------------------------
  "contract.fullTimeWeeklyHours": {
    label: "Full-time weekly hours",
    description:
      "Weekly hours of a full-time contract. The model uses it to turn a contract's hours into a " +
      "full-time-equivalent share, which scales pay and obligations.",
    type: "number",
    unit: "hoursPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 35,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "a young GP out of residency on 35 h starts at 4 700 € net",
          quote: "un jeune médecin aux 35 heures perçoit 4700 euros net"
        }
      }
    ]
  },
  "contract.minWeeklyHours": {
    label: "Minimum weekly hours of a contract",
    description:
      "Smallest number of weekly hours a clinician's contract may have. Contracts below it are rejected " +
      "when a staffing plan is checked.",
    type: "number",
    unit: "hoursPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 4,
        provenance: {
          kind: "assumption",
          rationale:
            "S2 says a contract can be as short as a few hours a week but gives no floor; 4 h, one half-day of " +
            "consultations, is taken as the smallest contract worth organising.",
          replaceWith: "the shortest weekly contract the GIP actually signs",
          references: ["S2"]
        }
      }
    ]
  },
  "contract.maxWeeklyHours": {
    label: "Maximum weekly hours of a contract",
    description:
      "Largest number of weekly hours a contract may have. Hours above the full-time week, up to this " +
      "maximum, are compensated by RTT days rather than paid.",
    type: "number",
    unit: "hoursPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 39,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "most staff are on 35 h or 39 h contracts",
          quote: "La plupart des salariés ont des contrats de 35 ou 39 heures",
          note: "Most contracts are 35 or 39 h; that 39 h is the maximum is inferred, the article states no cap."
        }
      }
    ]
  },
  "contract.minDaysPerWeek": {
    label: "Minimum working days per week",
    description:
      "Fewest days per week over which a contract's hours may be spread. Used to check that a contract's " +
      "hours fit in its days.",
    type: "number",
    unit: "daysPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 1,
        provenance: {
          kind: "assumption",
          rationale:
            "No source states a minimum; a contract of a few hours a week (S2) fits in one day, so one day is " +
            "the natural floor.",
          replaceWith: "the fewest weekly working days the GIP's contracts allow",
          references: ["S2"]
        }
      }
    ]
  },
  "contract.maxDaysPerWeek": {
    label: "Maximum working days per week",
    description:
      "Most days per week over which a contract's hours may be spread, out-of-hours duty excluded. Used to " +
      "check that a contract is feasible.",
    type: "number",
    unit: "daysPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 5,
        provenance: {
          kind: "assumption",
          rationale:
            "No source states a maximum; the examples in S2 work 3 days (27 h) and 4 days (39 h), and a " +
            "five-day week is the ordinary maximum for daytime consultations. Out-of-hours shifts are counted " +
            "separately.",
          replaceWith: "the most weekly working days the GIP's contracts allow",
          references: ["S2"]
        }
      }
    ]
  },
  "contract.maxHoursPerDay": {
    label: "Maximum working hours per day",
    description:
      "Legal maximum of working hours in one day. With the days per week it bounds the weekly hours a " +
      "contract can hold (39 h needs at least 4 days).",
    type: "number",
    unit: "hoursPerDay",
    history: [
      {
        from: "2022-06-17",
        value: 10,
        provenance: {
          kind: "citation",
          document: "code-travail-l3121-18",
          locator: "daily working time may not exceed 10 hours",
          confidence: "high"
        }
      }
    ]
  },
  "contract.annualHoursFullTime": {
    label: "Annual hours of a full-time contract",
    description:
      "Hours worked in a year by a full-time employee once leave and public holidays are taken. The model " +
      "uses it to convert weekly activity into yearly activity.",
    type: "number",
    unit: "hoursPerYear",
    history: [
      {
        from: "2022-06-17",
        value: 1607,
        provenance: {
          kind: "citation",
          document: "fph-working-time",
          locator: "1 607 hours a year for a full-time public servant",
          confidence: "high"
        }
      }
    ]
  },
  "contract.rttDaysPerExtraWeeklyHour": {
    label: "RTT days per weekly hour above full time",
    description:
      "Days off (RTT) a year earned by each contracted weekly hour above the full-time week. A 39 h " +
      "contract gets four times this number of RTT days.",
    type: "number",
    unit: "daysPerYear",
    history: [
      {
        from: "2022-06-17",
        value: 5,
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives the GIP's RTT rule. A 39 h week is usually said to earn about 20 to 23 RTT days a " +
            "year (a computed, low-confidence reference value); 20 days for 4 extra hours gives 5 days per " +
            "extra weekly hour, the low end of that range.",
          replaceWith: "the RTT days per year the GIP grants for each contracted weekly hour above 35 h",
          references: ["fph-working-time", "S2"],
          confidence: "low"
        }
      }
    ]
  },
  "contract.extraHoursCompensatedByRtt": {
    label: "Hours above full time are compensated by RTT",
    description:
      "Whether contracted hours between the full-time week and the maximum are given back as RTT days " +
      "instead of being paid. When true, a 39 h contract is paid the full-time amount.",
    type: "boolean",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: true,
        provenance: {
          kind: "assumption",
          rationale:
            "The grid is inspired by the hospital service (S2), where hours between 35 and 39 are given back " +
            "as RTT days (S2 reader comment); the S2 midwife on 39 h earns 4 500 € gross, consistent with a " +
            "full-time amount. No source states the GIP's rule.",
          replaceWith: "the GIP's rule for contracted hours above 35 h (RTT days or paid hours)",
          references: ["S2"]
        }
      }
    ]
  },
  "contract.paidLeaveDaysPerYear": {
    label: "Paid leave days per year",
    description:
      "Working days of paid leave per year for a full-time contract (Monday to Friday week). Used to count " +
      "the weeks in which a clinician consults.",
    type: "number",
    unit: "daysPerYear",
    history: [
      {
        from: "2022-06-17",
        value: 25,
        provenance: {
          kind: "citation",
          document: "code-travail-l3141-3",
          locator: "five weeks of paid leave a year",
          quote: "deux jours et demi ouvrables par mois de travail effectif",
          note: "Five weeks: 30 days counted Monday to Saturday, i.e. 25 days on a Monday-to-Friday week.",
          confidence: "high"
        }
      }
    ]
  },

  // ---------------------------------------------------------------------------
  // pay
  // ---------------------------------------------------------------------------
  "pay.gp.startingMonthlyNet": {
    label: "GP starting monthly net pay (full time)",
    description:
      "Monthly net pay of a full-time GP at the start of the grid. The GP grid must start at this amount.",
    type: "money",
    unit: "eurosPerMonthNet",
    history: [
      {
        from: "2022-06-17",
        value: "4700.00",
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "a young GP out of residency on 35 h is paid 4 700 € net",
          quote: "un jeune médecin aux 35 heures perçoit 4700 euros net",
          note:
            "S1 gives the same bottom of the range (GPs paid 4 700 to 6 400 € net), and regional press reported " +
            "4 700 € net at 35 h at the 2022 launch, so the value applies from the launch."
        }
      }
    ]
  },
  "pay.gp.maximumMonthlyNet": {
    label: "GP maximum monthly net pay (full time)",
    description:
      "Monthly net pay of a full-time GP at the top of the grid. The GP grid must end at this amount.",
    type: "money",
    unit: "eurosPerMonthNet",
    history: [
      {
        from: "2022-06-17",
        value: "6400.00",
        provenance: {
          kind: "citation",
          document: "S1",
          locator: "GPs paid between 4 700 and 6 400 € net",
          quote: "Rémunérés entre 4700 et 6400 euros net",
          note: "The article says net but not per month; a monthly amount is the only reading consistent with S2."
        }
      }
    ]
  },
  "pay.gp.grid": {
    label: "GP pay grid (full-time monthly net)",
    description:
      "Full-time monthly net pay of a GP by years of seniority. Pay for a part-time contract is this amount " +
      "scaled by the contract's full-time-equivalent share.",
    type: "grid",
    unit: "eurosPerMonthNet",
    history: [
      {
        from: "2022-06-17",
        value: [
          { fromYears: 0, amount: "4700.00" },
          { fromYears: 2, amount: "4900.00" },
          { fromYears: 4, amount: "5100.00" },
          { fromYears: 7, amount: "5350.00" },
          { fromYears: 10, amount: "5600.00" },
          { fromYears: 12, amount: "5833.33" },
          { fromYears: 16, amount: "6100.00" },
          { fromYears: 20, amount: "6400.00" }
        ],
        provenance: {
          kind: "assumption",
          rationale:
            "Only the endpoints are published: 4 700 € net at the start (S1, S2) and 6 400 € net at the top " +
            "(S1); the steps in between are not. The grid is said to be inspired by the hospital service " +
            "(S2), and the published range matches roughly echelons 2 to 8 of the hospital practitioner " +
            "grid (computed mapping), so 8 steps spaced 2 to 4 years apart, like that grid's middle " +
            "echelons, rise from 4 700 to 6 400 €. The 12-year step is set at 5 833,33 €, the full-time " +
            "equivalent of the S2 GP paid 4 500 € net for 27 h (4 500 × 35 / 27), so that example is " +
            "reproduced; how prior self-employed years count towards seniority is not published.",
          replaceWith: "the GIP's actual GP grid: seniority thresholds and full-time monthly net amounts",
          references: ["S1", "S2", "ph-grid-2023"],
          confidence: "low"
        }
      }
    ]
  },
  "pay.midwife.grid": {
    label: "Midwife pay grid (full-time monthly gross)",
    description:
      "Full-time monthly gross pay of a midwife by years of seniority. Pay for a contract above 35 h is the " +
      "full-time amount when extra hours are compensated by RTT days.",
    type: "grid",
    unit: "eurosPerMonthGross",
    history: [
      {
        from: "2022-06-17",
        value: [
          { fromYears: 0, amount: "3300.00" },
          { fromYears: 3, amount: "3550.00" },
          { fromYears: 6, amount: "3800.00" },
          { fromYears: 10, amount: "4050.00" },
          { fromYears: 15, amount: "4300.00" },
          { fromYears: 20, amount: "4500.00" }
        ],
        provenance: {
          kind: "assumption",
          rationale:
            "The only published point is the S2 midwife: 39 h a week, a long career, 4 500 € gross a month. " +
            "With hours above 35 compensated by RTT days, 4 500 € is her full-time amount, so it is taken as " +
            "the senior (20-year) step. The start at 3 300 € and the steps in between are placeholders with " +
            "a hospital-like progression; no source gives them.",
          replaceWith:
            "the GIP's actual midwife grid: seniority thresholds and full-time monthly gross amounts",
          references: ["S2"],
          confidence: "low"
        }
      }
    ]
  },
  "pay.ipa.grid": {
    label: "Advanced-practice nurse (IPA) pay grid (full-time monthly gross)",
    description:
      "Full-time monthly gross pay of an advanced-practice nurse by years of seniority. Scaled by the " +
      "contract's full-time-equivalent share.",
    type: "grid",
    unit: "eurosPerMonthGross",
    history: [
      {
        from: "2022-06-17",
        value: [
          { fromYears: 0, amount: "2900.00" },
          { fromYears: 4, amount: "3200.00" },
          { fromYears: 8, amount: "3500.00" },
          { fromYears: 13, amount: "3800.00" },
          { fromYears: 20, amount: "4100.00" }
        ],
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives IPA pay; the GIP employs a single IPA (S2). The amounts are placeholders set " +
            "below the midwife grid, with a hospital-like progression over 20 years.",
          replaceWith: "the GIP's actual IPA grid: seniority thresholds and full-time monthly gross amounts",
          references: ["S2"],
          confidence: "low"
        }
      }
    ]
  },
  "pay.secretary.grid": {
    label: "Secretary and medical assistant pay grid (full-time monthly gross)",
    description:
      "Full-time monthly gross pay of a secretary or medical assistant by years of seniority. Scaled by the " +
      "contract's full-time-equivalent share.",
    type: "grid",
    unit: "eurosPerMonthGross",
    history: [
      {
        from: "2022-06-17",
        value: [
          { fromYears: 0, amount: "1900.00" },
          { fromYears: 3, amount: "2000.00" },
          { fromYears: 7, amount: "2100.00" },
          { fromYears: 12, amount: "2250.00" },
          { fromYears: 20, amount: "2400.00" }
        ],
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives the pay of the GIP's secretaries and medical assistants (41 in April 2025, S1; " +
            "their tasks are described in S2). The start is a placeholder a little above the 2025 minimum " +
            "wage for 35 h (about 1 800 € gross), rising slowly as in public-service administrative grids.",
          replaceWith: "the GIP's actual secretary and medical assistant grid, full-time monthly gross",
          references: ["S1", "S2"],
          confidence: "low"
        }
      }
    ]
  },
  ...contributionParameters,
  "pay.roundingMode": {
    label: "Payroll rounding mode",
    description:
      "How each payroll step (pro rata, net to gross, contributions) is rounded to the cent. The model " +
      "rounds with this mode at each step.",
    type: "text",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: "halfUp",
        provenance: {
          kind: "assumption",
          rationale:
            "Payroll usually rounds each amount to the nearest cent with ties rounded up; no source states the " +
            "GIP's payroll rule.",
          replaceWith:
            "the rounding rule of the GIP's payroll software (to the nearest cent with halves up, or halves to the even cent)"
        }
      }
    ]
  },
  "pay.proration": {
    label: "Proration of a part of a month",
    description:
      "How a month the contract covers only in part is paid: calendarDays (monthly pay × days worked ÷ days " +
      "in the month) or thirtieths (the public-service rule: every month counts 30 days). A start on 17 " +
      "March pays 4 700 € × 15/31 = 2 274,19 € in calendar days, × 14/30 = 2 193,33 € in thirtieths.",
    type: "text",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: "calendarDays",
        provenance: {
          kind: "assumption",
          rationale:
            "No source states how the GIP prorates a month. Its contract staff are public-law agents, for " +
            "whom the public service counts thirtieths; calendar days are kept as the simpler rule an outside " +
            "reader checks by hand, and the difference is at most a few days' pay at a start or an end.",
          replaceWith: "the GIP payroll's rule for a month worked in part (calendarDays or thirtieths)",
          confidence: "low"
        }
      }
    ]
  },

  // ---------------------------------------------------------------------------
  // consultation
  // ---------------------------------------------------------------------------
  "consultation.targetPerHour": {
    label: "Target consultations per hour",
    description:
      "Consultations per hour and per doctor the GIP aims for. The model multiplies scheduled hours by it " +
      "to estimate capacity.",
    type: "number",
    unit: "consultationsPerHour",
    history: [
      {
        from: "2022-06-17",
        value: 3,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "target of 3 consultations per hour per doctor",
          quote: "l'objectif de trois consultations par heure et par médecin",
          note: "A target, not a rule: the Region says it cannot impose it but that it is well respected."
        }
      }
    ]
  },
  "consultation.targetPerHourComplex": {
    label: "Target consultations per hour, complex patients",
    description:
      "Consultations per hour the GIP aims for with complex patients. Used instead of the general target " +
      "for the share of hours spent on complex patients.",
    type: "number",
    unit: "consultationsPerHour",
    history: [
      {
        from: "2022-06-17",
        value: 2,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "2 per hour for complex patients",
          quote: "2 s'il s'agit de patients complexes"
        }
      }
    ]
  },
  "consultation.timeShare.scheduled": {
    label: "Share of hours in scheduled consultations",
    description:
      "Share of a clinician's contract hours spent on booked consultations. The five time shares sum to 1.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.7,
        provenance: {
          kind: "assumption",
          rationale:
            "No source splits contract hours. Booked consultations are taken as the bulk of the time once the " +
            "obligations (unscheduled slots, home visits) and non-clinical time are set aside; secretaries take " +
            "most of the paperwork (S2).",
          replaceWith: "the share of contract hours in booked consultations, from the centres' schedules",
          references: ["S2"]
        }
      }
    ]
  },
  "consultation.timeShare.unscheduled": {
    label: "Share of hours in unscheduled-care slots",
    description:
      "Share of contract hours kept free for same-day unscheduled care (SNP), an obligation of the salaried " +
      "doctors. The five time shares sum to 1.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.1,
        provenance: {
          kind: "assumption",
          rationale:
            "S1 and S2 say doctors reserve slots for unscheduled care but give no quantity; one hour in ten is " +
            "a placeholder.",
          replaceWith: "the share of slots the centres keep for unscheduled care",
          references: ["S1", "S2"]
        }
      }
    ]
  },
  "consultation.timeShare.homeVisits": {
    label: "Share of hours on home visits",
    description:
      "Share of contract hours spent on home visits, travel included. The five time shares sum to 1.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.08,
        provenance: {
          kind: "assumption",
          rationale:
            "About 10 visits a month per full-time doctor (see obligations.homeVisits.perMonthFullTime) at 1 " +
            "to 1,2 h each with rural travel is 10 to 12 h of the 152 h of a 35 h month (0,066 to 0,079); the " +
            "top of that range is used because the visit rate per full-time doctor is probably above 10.",
          replaceWith: "the share of contract hours the centres' doctors spend on home visits",
          references: ["S1"]
        }
      }
    ]
  },
  "consultation.timeShare.admin": {
    label: "Share of hours on administration",
    description:
      "Share of contract hours spent on clinical administration (letters, results, coordination) that " +
      "secretaries cannot take. The five time shares sum to 1.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.07,
        provenance: {
          kind: "assumption",
          rationale:
            "Secretaries handle appointments, archives and calls to specialists (S2), so the doctor's own " +
            "administration is taken as small: 0,07, about half the self-employed placeholder " +
            "(consultation.selfEmployed.adminShare).",
          replaceWith: "the share of contract hours the centres' doctors spend on administration",
          references: ["S2"]
        }
      }
    ]
  },
  "consultation.timeShare.training": {
    label: "Share of hours on training and coordination meetings",
    description:
      "Share of contract hours spent on continuing education and team meetings. The five time shares sum " +
      "to 1.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.05,
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives it; the remainder after the other four shares, about two hours of a 35 h week.",
          replaceWith: "the share of contract hours spent on training and team meetings"
        }
      }
    ]
  },
  "consultation.workingWeeksPerYear": {
    label: "Consulting weeks per year (salaried)",
    description:
      "Weeks a year in which a salaried clinician consults, after leave, RTT and public holidays. Weekly " +
      "capacity times this number gives yearly capacity.",
    type: "number",
    unit: "weeksPerYear",
    history: [
      {
        from: "2022-06-17",
        value: 45,
        provenance: {
          kind: "assumption",
          rationale:
            "1 607 h a year at 35 h a week is about 45,9 weeks; rounded down to 45 whole weeks to leave room " +
            "for sick leave and training days away from the centre.",
          replaceWith: "the average number of weeks a year the centres' clinicians actually consult",
          references: ["fph-working-time"]
        }
      }
    ]
  },
  "consultation.selfEmployed.weeklyHours": {
    label: "Weekly hours of a self-employed GP (comparison)",
    description:
      "Weekly hours of a self-employed GP in the comparison with salaried practice. Used only to compute " +
      "capacity under the self-employed model.",
    type: "number",
    unit: "hoursPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 50,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "reader comment: a doctor who worked 50 h a week",
          quote: "le Dr A qui travaillait 50 h par semaine",
          note: "A reader's figures (a rheumatologist), not an official one."
        }
      }
    ]
  },
  "consultation.selfEmployed.perHour": {
    label: "Consultations per hour of a self-employed GP (comparison)",
    description:
      "Consultations per hour of a self-employed GP in the comparison with salaried practice. Used only to " +
      "compute capacity under the self-employed model.",
    type: "number",
    unit: "consultationsPerHour",
    history: [
      {
        from: "2022-06-17",
        value: 4,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "reader comment: 4 patients an hour in self-employed practice",
          quote: "voyait 50 x 4 = 200 patients",
          note: "A reader's figures (a rheumatologist), not an official one."
        }
      }
    ]
  },
  "consultation.selfEmployed.adminShare": {
    label: "Share of a self-employed GP's hours on administration",
    description:
      "Share of a self-employed GP's hours spent on administration that the centre's secretaries absorb. " +
      "The comparison removes it from the hours available for consultations.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.15,
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives it; S2 says the salaried clinicians are relieved of appointments, archives and " +
            "calls to specialists. About one hour in seven is a placeholder for that load in self-employed " +
            "practice. Note that the reader's 50 h × 4 per hour comparison counts every hour as consulting.",
          replaceWith: "a measured share of self-employed GPs' working time spent on administration",
          references: ["S2"]
        }
      }
    ]
  },
  "consultation.selfEmployed.workingWeeksPerYear": {
    label: "Consulting weeks per year (self-employed comparison)",
    description:
      "Weeks a year in which a self-employed GP consults, in the comparison with salaried practice. Weekly " +
      "capacity times this number gives yearly capacity.",
    type: "number",
    unit: "weeksPerYear",
    history: [
      {
        from: "2022-06-17",
        value: 46,
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives it: 52 weeks less about five weeks of holiday and one of public holidays; one week " +
            "more than the salaried placeholder because self-employed doctors have no RTT days (the S2 midwife " +
            "had no paid leave before).",
          replaceWith: "a measured number of weeks a year self-employed GPs in the area consult",
          references: ["S2"]
        }
      }
    ]
  },

  // ---------------------------------------------------------------------------
  // obligations
  // ---------------------------------------------------------------------------
  "obligations.pdsa.shiftsPerMonthFullTime": {
    label: "Out-of-hours (PDSA) shifts per month, full time",
    description:
      "Out-of-hours primary care shifts a full-time doctor takes each month in return for the salary. " +
      "Scaled by the full-time-equivalent share for part-timers above the exemption threshold.",
    type: "number",
    unit: "shiftsPerMonth",
    history: [
      {
        from: "2022-06-17",
        value: 2,
        provenance: {
          kind: "assumption",
          rationale:
            "S1 and S2 say salaried doctors take part in PDSA but give no quota; two shifts a month is a " +
            "placeholder within the PDSA hours set by the public health code, on a rota the ARS organises.",
          replaceWith: "the PDSA quota written in the GIP doctors' contracts, or shifts actually taken",
          references: ["S1", "S2", "csp-r6315-1"]
        }
      }
    ]
  },
  "obligations.pdsa.minWeeklyHours": {
    label: "Weekly hours from which PDSA applies",
    description:
      "Contracts below these weekly hours are exempt from out-of-hours duty. The model assigns no PDSA shift " +
      "to them.",
    type: "number",
    unit: "hoursPerWeek",
    history: [
      {
        from: "2022-06-17",
        value: 17.5,
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives an exemption; contracts below half time (17,5 h) are assumed exempt, as small " +
            "contracts of a few hours (S2) could not carry a fixed quota.",
          replaceWith: "the GIP's rule on which contracts carry out-of-hours duty",
          references: ["S2"]
        }
      }
    ]
  },
  "obligations.pdsa.retireesExempt": {
    label: "Retired doctors are exempt from PDSA",
    description:
      "Whether doctors who combine a pension with their contract are exempt from out-of-hours duty. When " +
      "false they take shifts like any other doctor of the same hours.",
    type: "boolean",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: false,
        provenance: {
          kind: "assumption",
          rationale:
            "S2 says many part-timers are retirees and that salaried doctors take part in PDSA in return for " +
            "the salary, without any exemption mentioned; so none is assumed.",
          replaceWith: "the GIP's rule on out-of-hours duty for retired doctors",
          references: ["S2"]
        }
      }
    ]
  },
  "obligations.pdsa.onCallPayPerShift": {
    label: "On-call pay per PDSA shift",
    description:
      "Flat on-call pay the regional health agency pays per out-of-hours shift, on top of the acts billed " +
      "during it. The model counts it as GIP revenue per shift.",
    type: "money",
    unit: "eurosPerShift",
    history: [
      {
        from: "2022-06-17",
        value: "150.00",
        provenance: {
          kind: "citation",
          document: "ars-pdsa-pay",
          locator: "floor of about 150 to 180 € per 12 h shift since 2021",
          note:
            "Each ARS sets its own amounts (historically 50 € for 20–24h, 100 € for 0–8h, 150 € for a Sunday " +
            "day; ranges of 50–200 € per 4 h); the bottom of the 12 h floor is used.",
          confidence: "medium"
        }
      }
    ]
  },
  "obligations.homeVisits.perMonthFullTime": {
    label: "Home visits per month, full time",
    description:
      "Home visits a full-time doctor makes each month. Scaled by the full-time-equivalent share; the model " +
      "uses it for home-visit activity and revenue.",
    type: "number",
    unit: "visitsPerMonth",
    history: [
      {
        from: "2022-06-17",
        value: 10,
        provenance: {
          kind: "assumption",
          rationale:
            "Derived from S1's 19 000 home visits between July 2022 and April 2025. Interpolating doctor " +
            "headcount linearly between 1 (Jul 2022), 27 (Jan 2023), 44 (Sep 2023), 80 (mid-2024) and 100 " +
            "(Apr 2025) gives about 1 825 doctor-months, so 19 000 / 1 825 ≈ 10,4 visits per doctor per " +
            "month, rounded to 10. Headcount, not full-time equivalents: with part-timers the rate per " +
            "full-time doctor is somewhat higher.",
          replaceWith: "home visits per full-time doctor per month from the GIP's activity data",
          references: ["S1", "regional-press-gip"],
          confidence: "medium"
        }
      }
    ]
  },
  "obligations.unscheduled.reservedShare": {
    label: "Share of consultation slots reserved for unscheduled care",
    description:
      "Share of consultation slots kept free for same-day unscheduled care. Consistent with the time shares: " +
      "unscheduled / (scheduled + unscheduled).",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.125,
        provenance: {
          kind: "assumption",
          rationale:
            "S1 and S2 give no quantity; the value follows from the time-share placeholders: 0,10 / (0,70 + " +
            "0,10) = 0,125.",
          replaceWith: "the share of consultation slots the centres keep for unscheduled care",
          references: ["S1", "S2"]
        }
      }
    ]
  },

  // ---------------------------------------------------------------------------
  // programme
  // ---------------------------------------------------------------------------
  "programme.recruitment.maxEmptySlotShare": {
    label: "Empty-slot share at which recruitment stops",
    description:
      "Share of a centre's consultation slots left empty above which the GIP stops recruiting for it. The " +
      "model stops adding clinicians to a centre above this share.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: "2022-06-17",
        value: 0.02,
        provenance: {
          kind: "assumption",
          rationale:
            "S2 quotes the rule that recruiting stops when slots go empty (which has not happened in any " +
            "centre yet) without a threshold; tolerating 2 % of empty slots (last-minute cancellations) is ours.",
          replaceWith: "the empty-slot share at which the GIP decides to stop recruiting for a centre",
          references: ["S2"]
        }
      }
    ]
  },
  "programme.goal.clinicians": {
    label: "Goal: clinicians recruited since the programme's start",
    description:
      "Total clinicians the GIP aims to have recruited since its start by the goals' deadline. Compared with " +
      "the clinicians recruited so far, and the end point of the projection's staffing plan.",
    type: "number",
    unit: "people",
    history: [
      {
        from: "2022-06-17",
        value: 200,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "goal of 200 clinicians recruited by 2028",
          quote: "son objectif de 200 soignants recrutés d'ici 2028",
          note: "Stated in December 2025; held over the whole programme so it can be read at any date."
        }
      }
    ]
  },
  "programme.goal.deadline": {
    label: "Deadline of the goals",
    description:
      "The day by which the goals (clinicians, consultations) are to be reached, as an ISO date. Goal " +
      "progress counts the months left until it and the monthly pace of recruitment needed.",
    type: "text",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: "2028-12-31",
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "goal of 200 clinicians recruited by 2028",
          quote: "son objectif de 200 soignants recrutés d'ici 2028",
          note: "The sources say 'by 2028' (S1's headline says 2027); read as the last day of 2028."
        }
      }
    ]
  },
  "programme.goal.additionalClinicians": {
    label: "Goal: clinicians to recruit on top of those in post in April 2025",
    description:
      "Clinicians to recruit on top of a baseline count (here those in post in April 2025) by the goals' " +
      "deadline. Compared with the clinicians recruited since the baseline in goal progress.",
    type: "number",
    unit: "people",
    history: [
      {
        from: "2022-06-17",
        value: 100,
        provenance: {
          kind: "citation",
          document: "S1",
          locator: "100 more clinicians to recruit by 2028",
          quote: "100 professionnels de santé de plus doivent être recrutés",
          note: "The article's body says 2028 while its standfirst says 2027; the body is used. Stated in April 2025."
        }
      }
    ]
  },
  "programme.goal.consultations": {
    label: "Goal: consultations since the programme's start",
    description:
      "Total consultations since the first centre opened that the Region aims to reach by the goals' deadline. " +
      "Consultations, not people: the model compares it with cumulative consultations, never with unique patients.",
    type: "number",
    unit: "consultations",
    history: [
      {
        from: "2022-06-17",
        value: 1000000,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "the Region hopes to reach one million consultations in 2028",
          quote: "la Région espère atteindre le million en 2028",
          note: "The Region equates it with one Occitan in six having visited a centre; consultations are not people."
        }
      }
    ]
  },
  "programme.opening.requiresPoliticalConsultation": {
    label: "Opening requires a political consultation",
    description:
      "Whether a centre opens only after local elected officials have said they want it. The opening " +
      "checklist includes this step when true.",
    type: "boolean",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: true,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "before each opening, a political exchange: local elected officials must want the centre",
          quote: "un échange politique – il faut que les élus nous veuillent"
        }
      }
    ]
  },
  "programme.opening.requiresClinicianConsultation": {
    label: "Opening requires a consultation of local clinicians",
    description:
      "Whether a centre opens only after the area's clinicians have been consulted and expect it. The " +
      "opening checklist includes this step when true.",
    type: "boolean",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: true,
        provenance: {
          kind: "citation",
          document: "S2",
          locator:
            "before each opening, an exchange with the area's clinicians, who must expect the centre too",
          quote: "un avec les professionnels du bassin – il faut qu'ils nous attendent aussi"
        }
      }
    ]
  },
  "programme.opening.requiresUnderServedArea": {
    label: "Opening requires an under-served area",
    description:
      "Whether centres open only in areas short of doctors. The opening checklist includes this condition " +
      "when true.",
    type: "boolean",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: true,
        provenance: {
          kind: "citation",
          document: "S2",
          locator: "centres opened to fight medical deserts, where the need is felt",
          quote: "là où les besoins se font ressentir",
          note:
            "A weak constraint in practice: a bit over 80 % of the Occitanie territory is said to be under " +
            "tension (S2)."
        }
      }
    ]
  },

  // ---------------------------------------------------------------------------
  // tariffs
  // ---------------------------------------------------------------------------
  "tariff.consultation.g": {
    label: "GP consultation tariff (G)",
    description:
      "Health-insurance tariff of a GP consultation. The model bills it for each consultation to compute " +
      "the GIP's revenue from acts.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2017-05-01",
        to: "2023-11-01",
        value: "25.00",
        provenance: {
          kind: "citation",
          document: "convention-2016",
          locator: "G consultation at 25 € from 1 May 2017",
          confidence: "high"
        }
      },
      {
        from: "2023-11-01",
        to: "2024-12-22",
        value: "26.50",
        provenance: {
          kind: "citation",
          document: "arbitration-2023",
          locator: "G consultation raised to 26,50 € on 1 Nov 2023",
          confidence: "high"
        }
      },
      {
        from: "2024-12-22",
        value: "30.00",
        provenance: {
          kind: "citation",
          document: "cnam-tariffs-2024",
          locator: "G consultation at 30 € from 22 Dec 2024",
          quote: "passe ainsi de 26,50 € à 30 €",
          note: "S2 (a reader's comment) also gives 30 € per consultation from health insurance.",
          confidence: "high"
        }
      }
    ]
  },
  "tariff.consultation.teleconsultation": {
    label: "GP teleconsultation tariff",
    description:
      "Health-insurance tariff of a GP teleconsultation. The model bills it for consultations held remotely.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2018-09-15",
        to: "2023-11-01",
        value: "25.00",
        provenance: {
          kind: "citation",
          document: "convention-2016",
          locator: "teleconsultation billed at the G rate, 25 €",
          note:
            "Teleconsultation was reimbursed under the 2016 convention from 15 Sep 2018 (amendment 6), so the " +
            "history starts then rather than with the G on 1 May 2017; that date is not in DOMAIN.md.",
          confidence: "medium"
        }
      },
      {
        from: "2023-11-01",
        to: "2024-12-22",
        value: "26.50",
        provenance: {
          kind: "citation",
          document: "arbitration-2023",
          locator: "teleconsultation at 26,50 € with the G from 1 Nov 2023",
          confidence: "medium"
        }
      },
      {
        from: "2024-12-22",
        value: "26.50",
        provenance: {
          kind: "citation",
          document: "cnam-tariffs-2024",
          locator: "teleconsultation stays at 26,50 € when the G rises to 30 €",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.homeVisit.travelSupplement": {
    label: "Home-visit travel supplement (MD)",
    description:
      "Supplement billed on top of the consultation tariff for a justified home visit (a visit is billed " +
      "VG = G plus MD). The model adds it to each home visit's revenue.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2022-06-17",
        to: "2024-12-22",
        value: "10.00",
        provenance: {
          kind: "assumption",
          rationale:
            "The source gives 10 € for the supplement under the 2024 convention; the same amount is assumed " +
            "before it, for the programme's first years.",
          replaceWith:
            "the MD supplement in force before 22 Dec 2024, from the health-insurance tariff tables",
          references: ["cnam-tariffs-2024"],
          confidence: "medium"
        }
      },
      {
        from: "2024-12-22",
        value: "10.00",
        provenance: {
          kind: "citation",
          document: "cnam-tariffs-2024",
          locator: "home visit billed VG = G plus a 10 € MD travel supplement",
          note: "From a regional GP union page, rated medium-high.",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.consultation.gl": {
    label: "Long consultation tariff (GL)",
    description:
      "Health-insurance tariff of the long consultation for patients aged 80 or more and specific cases, " +
      "from 2026. No value before 2026: the act did not exist.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2026-01-01",
        value: "60.00",
        provenance: {
          kind: "citation",
          document: "cnam-tariffs-2024",
          locator: "long consultation GL at 60 € from 1 Jan 2026",
          confidence: "high"
        }
      }
    ]
  },
  "tariff.pdsa.crn": {
    label: "Regulated out-of-hours supplement, evening and early morning (CRN)",
    description:
      "Supplement per act seen on Samu regulation from 20:00 to 24:00 and 06:00 to 08:00. The model adds it " +
      "to acts performed during PDSA shifts in those hours.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2022-06-17",
        value: "42.50",
        provenance: {
          kind: "citation",
          document: "convention-2016",
          locator: "CRN 42,50 € per act, unchanged in 2024",
          note: "History before the programme's launch is not modelled.",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.pdsa.crm": {
    label: "Regulated out-of-hours supplement, night (CRM)",
    description:
      "Supplement per act seen on Samu regulation from 00:00 to 06:00. The model adds it to acts performed " +
      "during PDSA shifts in those hours.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2022-06-17",
        value: "51.50",
        provenance: {
          kind: "citation",
          document: "convention-2016",
          locator: "CRM 51,50 € per act, unchanged in 2024",
          note: "History before the programme's launch is not modelled.",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.pdsa.crd": {
    label: "Regulated out-of-hours supplement, Sunday and public holiday (CRD)",
    description:
      "Supplement per act seen on Samu regulation on Sundays and public holidays. The model adds it to acts " +
      "performed during PDSA shifts on those days.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2022-06-17",
        value: "26.50",
        provenance: {
          kind: "citation",
          document: "convention-2016",
          locator: "CRD 26,50 € per act, unchanged in 2024",
          note: "History before the programme's launch is not modelled.",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.pdsa.crs": {
    label: "Regulated out-of-hours supplement, Saturday afternoon and bridge day (CRS)",
    description:
      "Supplement per act seen on Samu regulation on Saturday afternoons and bridge days. The model adds it " +
      "to acts performed during PDSA shifts in those periods.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2022-06-17",
        value: "26.50",
        provenance: {
          kind: "citation",
          document: "convention-2016",
          locator: "CRS 26,50 € per act, unchanged in 2024",
          note: "History before the programme's launch is not modelled.",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.sasSupplement": {
    label: "Regulated-care supplement (SAS)",
    description:
      "Supplement per act for an unscheduled consultation booked through the health access service (SAS). " +
      "The model adds it to the share of unscheduled consultations regulated by the SAS.",
    type: "money",
    unit: "eurosPerAct",
    history: [
      {
        from: "2023-01-01",
        value: "15.00",
        provenance: {
          kind: "citation",
          document: "sas-supplement-2023",
          locator: "unscheduled care booked through the SAS: +15 € per act since 2023",
          note:
            "Medium confidence; only the year 2023 is known, so the value starts on 1 January 2023 and no value " +
            "is given before.",
          confidence: "medium"
        }
      }
    ]
  },
  "tariff.regularDoctorFee": {
    label: "Average regular-doctor flat fee (forfait médecin traitant) per patient per year",
    description:
      "Yearly flat fee health insurance pays a centre for each patient who declared one of its doctors as their " +
      "regular doctor (médecin traitant), averaged over the patients' ages and conditions. The model books it " +
      "month by month for the typical centre's regular-doctor patients.",
    type: "money",
    unit: "eurosPerYear",
    history: [
      {
        from: "2022-06-17",
        to: "2026-01-01",
        value: "20.00",
        provenance: {
          kind: "assumption",
          rationale:
            "Calibrated (December 2026, issue 16) against the programme's published money: the fee ran from 5 € to " +
            "70 € a patient by age and condition until 2025 (health insurance); half of the centres' patients are " +
            "65 or older (the programme's press coverage), so the average is taken above the low end, at 20 €.",
          replaceWith: "the GIP's regular-doctor fee receipts divided by its regular-doctor patients, by year"
        }
      },
      {
        from: "2026-01-01",
        value: "30.00",
        provenance: {
          kind: "assumption",
          rationale:
            "Calibrated (December 2026, issue 16): the fee was reformed on 1 January 2026, up to 100 € a patient " +
            "(health insurance); with the same patient mix the average is taken to rise by half, to 30 €.",
          replaceWith: "the GIP's regular-doctor fee receipts divided by its regular-doctor patients, by year"
        }
      }
    ]
  },

  // ---------------------------------------------------------------------------
  // accounting
  // ---------------------------------------------------------------------------
  "accounting.centre.openingCost": {
    label: "One-off cost of opening a centre",
    description:
      "One-off cost of fitting out and equipping a new centre. The model books it in the month a centre " +
      "opens.",
    type: "money",
    unit: "euros",
    history: [
      {
        from: "2022-06-17",
        value: "100000.00",
        provenance: {
          kind: "citation",
          document: "regional-press-gip",
          locator: "opening a GIP centre costs about 100 k€",
          note: "Reported in 2024 with several years to break even; applied to every opening since the launch.",
          confidence: "medium"
        }
      }
    ]
  },
  "accounting.centre.rentPerMonth": {
    label: "Rent per centre per month",
    description: "Monthly rent of a centre's premises. The model books it every month a centre is open.",
    type: "money",
    unit: "eurosPerMonth",
    history: [
      {
        from: "2022-06-17",
        value: "500.00",
        provenance: {
          kind: "assumption",
          rationale:
            "Calibrated (issue 16) against the Occitanie Region's published yearly cost of the programme: no source " +
            "gives rents, and the partner local authorities often provide the premises, free or at a low rent; 500 € a month " +
            "(was 1 500 €, the rent of a small rural practice) stands for that mix.",
          replaceWith: "each centre's actual rent (or zero where a local authority provides the premises)"
        }
      }
    ]
  },
  "accounting.centre.runningCostsPerMonth": {
    label: "Other running costs per centre per month",
    description:
      "Monthly running costs of a centre other than staff and rent (energy, IT, supplies, insurance). The " +
      "model books them every month a centre is open.",
    type: "money",
    unit: "eurosPerMonth",
    history: [
      {
        from: "2022-06-17",
        value: "2500.00",
        provenance: {
          kind: "assumption",
          rationale:
            "No source gives them; 2 500 € a month is a placeholder for a centre of a few clinicians.",
          replaceWith: "each centre's actual non-staff, non-rent running costs from the GIP's accounts"
        }
      }
    ]
  },
  "accounting.centre.flatPaymentsPerYear": {
    label: "Health-insurance flat payments per centre per year",
    description:
      "Yearly flat payments a centre receives under the health-centre national agreement (opening hours, " +
      "coordination, public health). The model adds them to each open centre's revenue.",
    type: "money",
    unit: "eurosPerYear",
    history: [
      {
        from: "2022-06-17",
        value: "20000.00",
        provenance: {
          kind: "assumption",
          rationale:
            "Calibrated (issue 16) against a health centre's published revenue mix: the national agreement pays " +
            "such flat amounts, their level depending on each centre's commitments; a typical centre gets at most " +
            "about 15 % of its revenue from flat payments and about 80 % from acts. With the regular-doctor fees " +
            "(tariff.regularDoctorFee) counted as flat payments too, 20 000 € a year (was 15 000 €) keeps the " +
            "typical centre at that bound.",
          replaceWith: "the flat payments each centre actually receives under the national agreement",
          references: ["health-centre-agreement", "centre-revenue-mix"]
        }
      }
    ]
  },
  "accounting.centre.installationSubsidy": {
    label: "Installation subsidy per new centre",
    description:
      "One-off subsidy a new centre receives when it opens. The model books it as revenue in the month a " +
      "centre opens.",
    type: "money",
    unit: "euros",
    history: [
      {
        from: "2022-06-17",
        value: "100000.00",
        provenance: {
          kind: "assumption",
          rationale:
            "Calibrated (issue 16) against S1: installation subsidies and acts make three quarters of the GIP's " +
            "resources, which acts alone cannot reach, so the subsidies are large; they are taken to cover the " +
            "opening cost (about 100 k€, regional press) from the partners (State, health agency, local " +
            "authorities). Was 50 000 €, half the opening cost.",
          replaceWith:
            "the installation subsidies each centre actually received (State, ARS, local authorities)",
          references: ["S1", "regional-press-gip"]
        }
      }
    ]
  },
  "accounting.central.costPerYear": {
    label: "Central (GIP head-office) costs per year",
    description:
      "Yearly costs of the GIP's central services (management, recruitment, payroll, communication). The " +
      "model allocates them to centres with the allocation key.",
    type: "money",
    unit: "eurosPerYear",
    history: [
      {
        from: "2022-06-17",
        value: "800000.00",
        provenance: {
          kind: "assumption",
          rationale:
            "Calibrated (issue 16) against the Region's published yearly cost (S2) and the GIP's 2022 budget of " +
            "1,5 M€ (regional press), which paid for the head office and the first 7 centres: no source separates " +
            "head-office costs; about ten people (management, recruitment, payroll, finance, communication) and " +
            "their premises make 0,8 M€ a year (was 1,5 M€, the whole 2022 budget, which overstated them).",
          replaceWith: "the GIP's actual central costs from its accounts",
          references: ["regional-press-gip", "S2"]
        }
      }
    ]
  },
  "accounting.allocationKey": {
    label: "Key for allocating central costs to centres",
    description:
      "How central costs are shared between centres: by consultations, by full-time equivalents or equally. " +
      "Allowed values: consultations, fte, equal.",
    type: "text",
    unit: "none",
    history: [
      {
        from: "2022-06-17",
        value: "consultations",
        provenance: {
          kind: "assumption",
          rationale:
            "No source says how the GIP allocates its costs; consultations are chosen so the subsidy per " +
            "consultation a reader asked about (S2) can be computed centre by centre.",
          replaceWith: "the allocation key the GIP's management accounts use (consultations, fte or equal)",
          references: ["S2"]
        }
      }
    ]
  }
} as const satisfies Record<string, Parameter.Encoded>

import type { Parameter } from "@gip-sante/core"

// National rules are dated from 1 January 2020, before the GIP existed, so that a region whose
// programme started earlier (Centre-Val de Loire, 2020) inherits them without restating them.
const since2020 = "2020-01-01"

type Provenance = Parameter.Encoded["history"][number]["provenance"]

const urssaf = (locator: string, note?: string): Provenance => ({
  kind: "citation",
  document: "urssaf-rates",
  locator,
  ...(note === undefined ? {} : { note }),
  confidence: "high"
})

const ircantec = (locator: string): Provenance => ({
  kind: "citation",
  document: "ircantec-rates",
  locator,
  confidence: "high"
})

const rate = (
  label: string,
  description: string,
  history: ReadonlyArray<{ from: string; to?: string; value: number; provenance: Provenance }>
) =>
  ({
    label,
    description,
    type: "number",
    unit: "ratio",
    history: history.map((h) => ({ ...h }))
  }) as const

// A switch the preset assumes off, with the rationale of that choice.
const assumedOff = (label: string, description: string, provenance: Provenance) =>
  ({
    label,
    description,
    type: "boolean",
    unit: "none",
    history: [{ from: since2020, value: false, provenance }]
  }) as const

const flatRate = (label: string, description: string, value: number, provenance: Provenance) =>
  rate(label, description, [{ from: since2020, value, provenance }])

/**
 * The contribution lines of the Occitanie preset: one rate per line and side, the
 * social-security ceiling, the CSG base and the switches, for a public-law contract affiliated
 * to IRCANTEC (the GIP's clinicians). National rates cite Urssaf, IRCANTEC and the
 * social-security code; what depends on the GIP's own status (full or reduced rates,
 * unemployment insurance, taxe sur les salaires, versement mobilité, work-accident rate) is a
 * flagged assumption with its rationale.
 *
 * @example
 * ```ts
 * import { contributionParameters } from "@gip-sante/occitanie"
 *
 * contributionParameters["contributions.ircantecA.employeeRate"].history[0]?.value // 0.028
 * ```
 *
 * @since 0.1.0
 */
export const contributionParameters = {
  "contributions.socialSecurityCeiling": {
    label: "Monthly social-security ceiling (PMSS)",
    description:
      "Monthly ceiling of the basic pension (tranche A) and the unit of IRCANTEC's tranches, of the " +
      "unemployment-insurance base and of the CSG allowance. Set each year by decree.",
    type: "money",
    unit: "eurosPerMonth",
    history: [
      {
        from: since2020,
        to: "2023-01-01",
        value: "3428.00",
        provenance: urssaf("plafond mensuel 2020 à 2022 : 3 428 €", "Unchanged in 2021 and 2022.")
      },
      {
        from: "2023-01-01",
        to: "2024-01-01",
        value: "3666.00",
        provenance: urssaf("plafond mensuel 2023 : 3 666 €")
      },
      {
        from: "2024-01-01",
        to: "2025-01-01",
        value: "3864.00",
        provenance: urssaf("plafond mensuel 2024 : 3 864 €")
      },
      {
        from: "2025-01-01",
        to: "2026-01-01",
        value: "3925.00",
        provenance: urssaf("plafond mensuel 2025 : 3 925 €")
      },
      { from: "2026-01-01", value: "4005.00", provenance: urssaf("plafond mensuel 2026 : 4 005 €") }
    ]
  },
  "contributions.csgBaseShare": {
    label: "Share of gross pay subject to CSG and CRDS",
    description:
      "CSG and CRDS on pay are levied on gross pay less an allowance for professional costs of 1,75 %, " +
      "on the part of pay up to four social-security ceilings; above, on the whole pay.",
    type: "number",
    unit: "ratio",
    history: [
      {
        from: since2020,
        value: 0.9825,
        provenance: {
          kind: "citation",
          document: "css-l136-1-2",
          locator: "abattement de 1,75 % dans la limite de quatre plafonds",
          confidence: "high"
        }
      }
    ]
  },
  "contributions.health.employerRate": flatRate(
    "Health insurance (maladie): employer rate",
    "Employer's health-insurance contribution on the whole gross pay. Full rate: the rate reduced by 6 " +
      "points for pay up to 2,25–2,5 minimum wages does not concern these salaries, and is assumed not to " +
      "apply to a public employer outside unemployment insurance.",
    0.13,
    urssaf("maladie, taux plein employeur : 13 %")
  ),
  "contributions.oldAgeCapped.employeeRate": flatRate(
    "Basic pension, capped (vieillesse plafonnée): employee rate",
    "Employee's basic pension contribution on gross pay up to the social-security ceiling.",
    0.069,
    urssaf("vieillesse plafonnée, part salariale : 6,90 %")
  ),
  "contributions.oldAgeCapped.employerRate": flatRate(
    "Basic pension, capped (vieillesse plafonnée): employer rate",
    "Employer's basic pension contribution on gross pay up to the social-security ceiling.",
    0.0855,
    urssaf("vieillesse plafonnée, part patronale : 8,55 %")
  ),
  "contributions.oldAgeUncapped.employeeRate": flatRate(
    "Basic pension, uncapped (vieillesse déplafonnée): employee rate",
    "Employee's basic pension contribution on the whole gross pay.",
    0.004,
    urssaf("vieillesse déplafonnée, part salariale : 0,40 %")
  ),
  "contributions.oldAgeUncapped.employerRate": rate(
    "Basic pension, uncapped (vieillesse déplafonnée): employer rate",
    "Employer's basic pension contribution on the whole gross pay; raised by 0,12 point in 2024 (and the " +
      "work-accident rates lowered by as much).",
    [
      {
        from: since2020,
        to: "2024-01-01",
        value: 0.019,
        provenance: urssaf("vieillesse déplafonnée, part patronale : 1,90 %")
      },
      {
        from: "2024-01-01",
        value: 0.0202,
        provenance: urssaf("vieillesse déplafonnée, part patronale 2024 : 2,02 %")
      }
    ]
  ),
  "contributions.familyAllowances.employerRate": flatRate(
    "Family allowances (allocations familiales): employer rate",
    "Employer's family-allowance contribution on the whole gross pay.",
    0.0525,
    {
      kind: "assumption",
      rationale:
        "Full rate (5,25 %, Urssaf). The reduced rate (3,45 %) for pay up to 3,5 minimum wages would cover " +
        "most of these salaries, but it belongs to the same relief as the reduced health rate, which is assumed " +
        "not to reach a public employer outside unemployment insurance. Choosing the reduced rate lowers the " +
        "employer cost by 1,8 % of gross pay.",
      replaceWith: "the family-allowance rate on the GIP's payslips (full 5,25 % or reduced 3,45 %)",
      references: ["urssaf-rates"],
      confidence: "medium"
    }
  ),
  "contributions.workAccidents.employerRate": flatRate(
    "Work accidents and occupational diseases (AT/MP): employer rate",
    "Employer's work-accident contribution on the whole gross pay; each employer is notified its own rate.",
    0.015,
    {
      kind: "assumption",
      rationale:
        "Each employer's rate is notified by its regional pension and occupational-risk fund (Carsat) and " +
        "depends on its activity and size; no source gives the GIP's. 1,5 % is an order of magnitude for " +
        "health-care employers with little physical risk.",
      replaceWith: "the AT/MP rate notified to the GIP by the Carsat",
      confidence: "low"
    }
  ),
  "contributions.ircantecA.employeeRate": flatRate(
    "IRCANTEC supplementary pension, tranche A: employee rate",
    "Supplementary pension of public-law contract staff, on gross pay up to the social-security ceiling.",
    0.028,
    ircantec("tranche A, part agent : 2,80 %")
  ),
  "contributions.ircantecA.employerRate": flatRate(
    "IRCANTEC supplementary pension, tranche A: employer rate",
    "Supplementary pension of public-law contract staff, on gross pay up to the social-security ceiling.",
    0.042,
    ircantec("tranche A, part employeur : 4,20 %")
  ),
  "contributions.ircantecB.employeeRate": flatRate(
    "IRCANTEC supplementary pension, tranche B: employee rate",
    "Supplementary pension of public-law contract staff, on gross pay between one and eight ceilings.",
    0.0695,
    ircantec("tranche B, part agent : 6,95 %")
  ),
  "contributions.ircantecB.employerRate": flatRate(
    "IRCANTEC supplementary pension, tranche B: employer rate",
    "Supplementary pension of public-law contract staff, on gross pay between one and eight ceilings.",
    0.1255,
    ircantec("tranche B, part employeur : 12,55 %")
  ),
  "contributions.csgDeductible.employeeRate": flatRate(
    "CSG, deductible from taxable income: employee rate",
    "Generalised social contribution on the CSG base, the part deductible from taxable income.",
    0.068,
    urssaf("CSG déductible : 6,80 %")
  ),
  "contributions.csgNonDeductible.employeeRate": flatRate(
    "CSG, not deductible: employee rate",
    "Generalised social contribution on the CSG base, the part not deductible from taxable income.",
    0.024,
    urssaf("CSG non déductible : 2,40 %")
  ),
  "contributions.crds.employeeRate": flatRate(
    "CRDS: employee rate",
    "Contribution to the repayment of the social debt, on the CSG base.",
    0.005,
    urssaf("CRDS : 0,50 %")
  ),
  "contributions.housingFund.employerRate": flatRate(
    "Housing fund (FNAL): employer rate",
    "Employer's contribution to the national housing fund, on the whole gross pay.",
    0.005,
    {
      kind: "assumption",
      rationale:
        "An employer of 50 people or more pays 0,50 % on the whole pay, a smaller one 0,10 % up to the " +
        "ceiling (Urssaf). The GIP has employed well over 50 people since 2024 (its doctors and assistants); " +
        "the larger rate is applied over the whole programme, which slightly overstates the first years.",
      replaceWith: "the FNAL rate on the GIP's payslips for each year",
      references: ["urssaf-rates"],
      confidence: "medium"
    }
  ),
  "contributions.autonomy.employerRate": flatRate(
    "Solidarity contribution for autonomy (CSA): employer rate",
    "Employer's contribution to the funding of care for the elderly and disabled, on the whole gross pay.",
    0.003,
    urssaf("contribution solidarité autonomie : 0,30 %")
  ),
  "contributions.unemployment.employerRate": rate(
    "Unemployment insurance: employer rate",
    "Employer's unemployment-insurance contribution on gross pay up to four ceilings, where the employer " +
      "pays it (see contributions.unemployment.paid).",
    [
      { from: since2020, to: "2025-05-01", value: 0.0405, provenance: urssaf("assurance chômage : 4,05 %") },
      { from: "2025-05-01", value: 0.04, provenance: urssaf("assurance chômage au 1er mai 2025 : 4,00 %") }
    ]
  ),
  "contributions.unemployment.paid": assumedOff(
    "The employer pays unemployment insurance contributions",
    "Whether the employer contributes to unemployment insurance for its contract staff. A public employer " +
      "may instead insure itself (paying the benefits of the staff it loses) or join the regime by agreement.",
    {
      kind: "assumption",
      rationale:
        "No source says how the GIP covers unemployment. Assumed self-insured, as public employers may be, " +
        "which matches the public-law case of the outside check (cost ÷ gross 1,33–1,36); joining the " +
        "regime adds about 4 % of gross pay (1,40).",
      replaceWith: "true if the GIP pays unemployment insurance for its contract staff",
      references: ["openfisca-rates-2025"],
      confidence: "low"
    }
  ),
  "contributions.mobility.employerRate": flatRate(
    "Versement mobilité (transport levy): employer rate",
    "Levy on the whole gross pay for public transport, at the rate of the mobility authority of the area " +
      "where each employee works, for employers of 11 people or more in that area.",
    0,
    {
      kind: "assumption",
      rationale:
        "The rate depends on each centre's area (up to about 2 % in large urban areas, nothing where no " +
        "mobility authority levies it); most centres are in rural areas short of doctors. 0 is assumed; a " +
        "region whose centres are in a levying area puts that rate here.",
      replaceWith: "the weighted rate of the mobility authorities where the GIP's staff work",
      confidence: "low"
    }
  ),
  "contributions.payrollTax.liable": assumedOff(
    "The employer is liable to the taxe sur les salaires",
    "Employers whose turnover is mostly outside VAT, as care is, pay the taxe sur les salaires on pay in " +
      "progressive brackets; public bodies are exempt for their activities outside competition.",
    {
      kind: "assumption",
      rationale:
        "Open point: a GIP whose care is billed to health insurance could be liable (about 11,6 % of gross " +
        "for these salaries), or exempt as a public body. Assumed not liable, which matches the outside " +
        "check's public-law case; set it to true to see the cost if liable.",
      replaceWith: "whether the GIP pays the taxe sur les salaires (its tax filings say)",
      references: ["cgi-231"],
      confidence: "low"
    }
  ),
  "contributions.payrollTax1.employerRate": flatRate(
    "Taxe sur les salaires, first bracket: employer rate",
    "Rate on the part of yearly pay up to the first threshold.",
    0.0425,
    { kind: "citation", document: "cgi-231", locator: "taux de 4,25 %", confidence: "high" }
  ),
  "contributions.payrollTax2.employerRate": flatRate(
    "Taxe sur les salaires, second bracket: employer rate",
    "Rate on the part of yearly pay between the two thresholds (4,25 % plus 4,25 %).",
    0.085,
    {
      kind: "citation",
      document: "cgi-231",
      locator: "taux majoré de 4,25 % (8,50 % en tout)",
      confidence: "high"
    }
  ),
  "contributions.payrollTax3.employerRate": flatRate(
    "Taxe sur les salaires, third bracket: employer rate",
    "Rate on the part of yearly pay above the second threshold (4,25 % plus 9,35 %).",
    0.136,
    {
      kind: "citation",
      document: "cgi-231",
      locator: "taux majoré de 9,35 % (13,60 % en tout)",
      confidence: "high"
    }
  ),
  "contributions.payrollTax.threshold1": {
    label: "Taxe sur les salaires: first threshold",
    description: "Yearly pay per employee up to which the first rate applies; revalued each year.",
    type: "money",
    unit: "eurosPerYear",
    history: [
      {
        from: since2020,
        to: "2023-01-01",
        value: "8004.00",
        provenance: {
          kind: "citation",
          document: "cgi-231",
          locator: "8 004 € (2020 à 2022)",
          confidence: "medium"
        }
      },
      {
        from: "2023-01-01",
        to: "2024-01-01",
        value: "8573.00",
        provenance: { kind: "citation", document: "cgi-231", locator: "8 573 € (2023)", confidence: "medium" }
      },
      {
        from: "2024-01-01",
        value: "8985.00",
        provenance: {
          kind: "citation",
          document: "cgi-231",
          locator: "8 985 € (2024)",
          confidence: "medium",
          note: "Later revaluations not recorded here: the 2024 threshold is kept."
        }
      }
    ]
  },
  "contributions.payrollTax.threshold2": {
    label: "Taxe sur les salaires: second threshold",
    description: "Yearly pay per employee above which the third rate applies; revalued each year.",
    type: "money",
    unit: "eurosPerYear",
    history: [
      {
        from: since2020,
        to: "2023-01-01",
        value: "15981.00",
        provenance: {
          kind: "citation",
          document: "cgi-231",
          locator: "15 981 € (2020 à 2022)",
          confidence: "medium"
        }
      },
      {
        from: "2023-01-01",
        to: "2024-01-01",
        value: "17114.00",
        provenance: {
          kind: "citation",
          document: "cgi-231",
          locator: "17 114 € (2023)",
          confidence: "medium"
        }
      },
      {
        from: "2024-01-01",
        value: "17936.00",
        provenance: {
          kind: "citation",
          document: "cgi-231",
          locator: "17 936 € (2024)",
          confidence: "medium",
          note: "Later revaluations not recorded here: the 2024 threshold is kept."
        }
      }
    ]
  }
} as const satisfies Record<string, Parameter.Encoded>

import type { Reference } from "@gip-sante/core"

/**
 * The figures the Occitanie programme and the press have published about it: centres, staff,
 * consultations, patients, money, goals, the two pay examples of S2, readers' counter-examples,
 * the GIP's history from regional press, and the regional context (population, zoning).
 *
 * Each figure is dated (`asOf`), says whether it is a stock, a total since a date, a rate, a goal
 * or an example, how precisely it was published, and cites its document. Money figures are in
 * cents. Reports and tests put computed values beside them with `Reference.matches`.
 *
 * @example
 * ```ts
 * import { figures } from "@gip-sante/occitanie"
 * import { Reference } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const decoded = Result.getOrThrow(Reference.decodeFigures(figures))
 * const centres = Reference.find(decoded, "centres.open.dec2025")
 * centres?.value // 26
 * ```
 *
 * @since 0.1.0
 */
export const figures = [
  // ---------------------------------------------------------------------------
  // structure and territory
  // ---------------------------------------------------------------------------
  {
    id: "gip.partners.localAuthorities",
    label: "Local authorities taking part in the GIP",
    value: 36,
    unit: "count",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "36 local authorities take part in the GIP",
      quote: "auquel participent 36 collectivités"
    },
    note: "Besides the Region itself and the medical faculties of Toulouse and Montpellier."
  },
  {
    id: "territory.underTensionShare",
    label: "Share of the Occitanie territory short of doctors",
    value: 0.8,
    unit: "ratio",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "atLeast",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "a bit over 80 % of the territory under tension",
      quote: "Un peu plus de 80% du territoire occitan est en tension"
    },
    note: "A share of the territory as stated by the Region's vice-president, not a population share."
  },
  {
    id: "population.total.y2022",
    label: "Population of the Occitanie region",
    value: 6080731,
    unit: "people",
    asOf: "2022-01-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "insee-population-2022",
      locator: "6 080 731 inhabitants on 1 January 2022",
      confidence: "high"
    }
  },
  {
    id: "population.underServedShare.y2022",
    label: "Share of the population living in under-served areas",
    value: 0.48,
    unit: "ratio",
    asOf: "2022-05-04",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "zoning-decree-2022",
      locator: "48 % of the population in under-served areas",
      confidence: "high"
    }
  },
  {
    id: "communes.aidEligibleShare.y2022",
    label: "Share of communes eligible for installation aid",
    value: 0.83,
    unit: "ratio",
    asOf: "2022-05-04",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "zoning-decree-2022",
      locator: "83 % of communes eligible for aid",
      confidence: "high"
    }
  },

  // ---------------------------------------------------------------------------
  // centres
  // ---------------------------------------------------------------------------
  {
    id: "centres.open.jul2022",
    label: "Health centres open (first centre)",
    value: 1,
    unit: "count",
    asOf: "2022-07-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "first centre opened at Sainte-Croix-Volvestre on 1 July 2022",
      confidence: "medium"
    }
  },
  {
    id: "centres.open.jan2023",
    label: "Health centres open",
    value: 7,
    unit: "count",
    asOf: "2023-01-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "7 centres in January 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "centres.open.sep2023",
    label: "Health centres open",
    value: 11,
    unit: "count",
    asOf: "2023-09-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "11 centres in September 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "centres.open.jun2024",
    label: "Health centres open",
    value: 19,
    unit: "count",
    asOf: "2024-06-30",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "19 centres in mid-2024",
      confidence: "medium"
    },
    note: "Published as mid-2024; dated 30 June 2024."
  },
  {
    id: "centres.open.apr2025",
    label: "Health centres open",
    value: 22,
    unit: "count",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "22 health centres created",
      quote: "la création de 22 centres de santé"
    }
  },
  {
    id: "centres.open.dec2025",
    label: "Health centres open",
    value: 26,
    unit: "count",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "26 centres; the 26th recently opened at Verdun-sur-Garonne",
      quote: "Le 26e centre a récemment ouvert ses portes à Verdun-sur-Garonne"
    }
  },
  {
    id: "sites.consultation.dec2025",
    label: "Consultation sites (centres and satellite sites)",
    value: 35,
    unit: "count",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "around 35 consultation sites",
      quote: "En lieux de consultation, on doit être autour de 35"
    },
    note: "Most centres have satellite sites (antennes) in nearby villages."
  },
  {
    id: "centres.goal.new2025",
    label: "Goal: new centres opening in 2025",
    value: 5,
    unit: "count",
    asOf: "2025-12-31",
    nature: "goal",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "five new centres to open this year",
      quote: "Cinq nouveaux centres de santé ouvriront cette année"
    },
    note: "Announced on 9 April 2025 for the rest of the year."
  },

  // ---------------------------------------------------------------------------
  // staff
  // ---------------------------------------------------------------------------
  {
    id: "staff.doctors.jan2023",
    label: "Doctors employed",
    value: 27,
    unit: "people",
    asOf: "2023-01-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "27 doctors in January 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "staff.secretaries.jan2023",
    label: "Secretaries employed",
    value: 13,
    unit: "people",
    asOf: "2023-01-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "13 secretaries in January 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "staff.gps.sep2023",
    label: "GPs employed",
    value: 44,
    unit: "people",
    asOf: "2023-09-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "44 GPs in September 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "staff.secretaries.sep2023",
    label: "Secretaries employed",
    value: 21,
    unit: "people",
    asOf: "2023-09-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "21 secretaries in September 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "staff.midwives.sep2023",
    label: "Midwives employed",
    value: 1,
    unit: "people",
    asOf: "2023-09-01",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "1 midwife in September 2023",
      confidence: "medium"
    },
    note: "Only the month is known; dated on its first day."
  },
  {
    id: "staff.doctors.jun2024",
    label: "Doctors employed",
    value: 80,
    unit: "people",
    asOf: "2024-06-30",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "80 doctors in mid-2024",
      confidence: "medium"
    },
    note: "Published as mid-2024; dated 30 June 2024."
  },
  {
    id: "staff.gps.apr2025",
    label: "GPs employed",
    value: 100,
    unit: "people",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "100 salaried GPs recruited",
      quote: "le recrutement de 100 médecins généralistes"
    }
  },
  {
    id: "staff.midwives.apr2025",
    label: "Midwives employed",
    value: 6,
    unit: "people",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "six midwives recruited",
      quote: "de six sages-femmes"
    }
  },
  {
    id: "staff.secretaries.apr2025",
    label: "Secretaries and medical assistants employed",
    value: 41,
    unit: "people",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "41 secretaries and medical assistants",
      quote: "41 secrétaires et assistantes médicales"
    }
  },
  {
    id: "staff.cliniciansRecruited.dec2025",
    label: "Clinicians recruited since the GIP's launch",
    value: 110,
    unit: "people",
    asOf: "2025-12-17",
    since: "2022-06-17",
    nature: "cumulative",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "110 clinicians recruited since the launch, mostly GPs",
      quote: "110 professionnels de santé ont été recrutés"
    },
    note: "Recruitments, not clinicians in post: departures are not subtracted."
  },
  {
    id: "staff.ipa.dec2025",
    label: "Advanced-practice nurses (IPA) employed",
    value: 1,
    unit: "people",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "the GIP also employs one IPA",
      quote: "le GIP embauche également une IPA et huit sages-femmes"
    }
  },
  {
    id: "staff.midwives.dec2025",
    label: "Midwives employed",
    value: 8,
    unit: "people",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "the GIP also employs eight midwives",
      quote: "le GIP embauche également une IPA et huit sages-femmes"
    }
  },
  {
    id: "staff.departuresToSelfEmployed.dec2025",
    label: "Doctors who left the GIP to practise as self-employed nearby",
    value: 3,
    unit: "people",
    asOf: "2025-12-17",
    since: "2022-06-17",
    nature: "cumulative",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "three doctors resigned to set up as self-employed in the area",
      quote: "Trois médecins ont démissionné du groupement pour s'installer en libéral sur le secteur"
    },
    note: "The GIP counts these departures as a success."
  },

  // ---------------------------------------------------------------------------
  // activity
  // ---------------------------------------------------------------------------
  {
    id: "consultations.total.apr2025",
    label: "Consultations since July 2022",
    value: 300000,
    unit: "consultations",
    asOf: "2025-04-09",
    since: "2022-07-01",
    nature: "cumulative",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "300 000 consultations since July 2022",
      quote: "300 000 consultations réalisées depuis juillet 2022"
    }
  },
  {
    id: "consultations.total.summer2025",
    label: "Consultations since July 2022 (milestone passed in summer 2025)",
    value: 400000,
    unit: "consultations",
    asOf: "2025-08-31",
    since: "2022-07-01",
    nature: "cumulative",
    precision: "atLeast",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "the 400 000-consultation mark was passed this summer",
      quote: "le cap symbolique des 400 000 consultations a été franchi cet été"
    },
    note:
      "The milestone was passed at an unstated date during summer 2025; dated at the end of summer (31 August) " +
      "as a lower bound: at least 400 000 consultations had been held by then."
  },
  {
    id: "patients.shareOfPopulationGoal.y2028",
    label: "Share of Occitans the Region says will have visited a centre (claim)",
    value: 0.1667,
    unit: "ratio",
    asOf: "2028-12-31",
    nature: "goal",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "one Occitan in six will have visited a centre",
      quote: "un Occitan sur six sera passé dans l'un de nos centres"
    },
    note:
      "The Region derives it from one million consultations; consultations are not unique patients, so the " +
      "claim conflates the two (1 000 000 / 6 080 731 ≈ 0,164)."
  },
  {
    id: "homeVisits.total.apr2025",
    label: "Home visits since 2022",
    value: 19000,
    unit: "count",
    asOf: "2025-04-09",
    since: "2022-07-01",
    nature: "cumulative",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "19 000 home visits since 2022",
      quote: "visites à domicile (19 000 depuis 2022)"
    },
    note: "Published as since 2022; counted from the first centre's opening on 1 July 2022."
  },

  // ---------------------------------------------------------------------------
  // patients
  // ---------------------------------------------------------------------------
  {
    id: "patients.regularDoctorRegained.apr2025",
    label: "Patients who regained a regular doctor",
    value: 31000,
    unit: "patients",
    asOf: "2025-04-09",
    since: "2022-07-01",
    nature: "cumulative",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "31 000 patients found a regular doctor again since 2022",
      quote: "31 000 patients ont pu retrouver un médecin traitant"
    }
  },
  {
    id: "patients.regularDoctorRegained.dec2025",
    label: "Patients who regained a regular doctor",
    value: 35000,
    unit: "patients",
    asOf: "2025-12-17",
    since: "2022-07-01",
    nature: "cumulative",
    precision: "atLeast",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "over 35 000 patients found a regular doctor again",
      quote: "plus de 35 000 patients ont retrouvé un médecin traitant"
    }
  },
  {
    id: "patients.share65Plus.dec2025",
    label: "Share of the centres' patients aged 65 or over",
    value: 0.5,
    unit: "ratio",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "half of the patients are 65 or older",
      quote: "la moitié de la patientèle des centres sont des personnes âgées de 65 ans et plus"
    }
  },

  // ---------------------------------------------------------------------------
  // money (cents)
  // ---------------------------------------------------------------------------
  {
    id: "gip.budget.y2022",
    label: "GIP budget for 2022",
    value: 150000000,
    unit: "eurosPerYear",
    asOf: "2022-12-31",
    nature: "rate",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "2022 budget of 1,5 M€",
      confidence: "medium"
    }
  },
  {
    id: "money.region.investment.y2025",
    label: "Region's 2025 investment in opening and running the centres",
    value: 1400000000,
    unit: "eurosPerYear",
    asOf: "2025-04-09",
    nature: "rate",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "14 M€ in 2025 to open and run the centres",
      quote: "un investissement de 14 millions d'euros pour la région"
    },
    note:
      "For the year 2025, as announced in April. Read as gross spending on the centres; compare with the " +
      "1,5–2,5 M€ net yearly cost (money.region.costPerYear)."
  },
  {
    id: "money.gip.resourcesFromSubsidiesAndActs",
    label: "Share of the GIP's resources from installation subsidies and billed acts",
    value: 0.75,
    unit: "ratio",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "three quarters of the GIP's resources are installation subsidies and acts",
      quote: "Les trois quarts des ressources du GIP sont liées aux subventions à l'installation et aux actes"
    }
  },
  {
    id: "money.centre.earlyYearsLoss",
    label: "Loss per centre in its first years",
    value: 1000000,
    high: 9999900,
    unit: "euros",
    asOf: "2025-04-09",
    nature: "rate",
    precision: "range",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "a loss of tens of thousands of euros per centre in the first years",
      quote: "des dizaines de milliers d'euros par centre de santé"
    },
    note:
      "Published as tens of thousands of euros, read as 10 000 to 99 999 €; whether per year or in total is " +
      "not stated."
  },
  {
    id: "money.region.costPerYear",
    label: "Yearly cost of the programme to the Region",
    value: 150000000,
    high: 250000000,
    unit: "eurosPerYear",
    asOf: "2025-12-17",
    nature: "rate",
    precision: "range",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "costs about 1,5 to 2,5 M€ a year",
      quote: "autour de 1,5 et 2,5 millions d'euros par an"
    },
    note: "Mostly to open new centres."
  },
  {
    id: "money.gip.revenueFromActsAndSubsidies",
    label: "Share of the programme's revenue from billed acts and subsidies",
    value: 0.7,
    unit: "ratio",
    asOf: "2025-12-17",
    nature: "stock",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "revenue 70 % from acts and subsidies",
      quote: "reposent à 70% sur les actes réalisés par les soignants et les subventions"
    },
    note: "S1 gave three quarters in April 2025 (money.gip.resourcesFromSubsidiesAndActs)."
  },
  {
    id: "money.region.totalBudget",
    label: "The Region's total yearly budget",
    value: 350000000000,
    unit: "eurosPerYear",
    asOf: "2025-12-17",
    nature: "rate",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "Region's overall budget of 3,5 bn€",
      quote: "la Région qui est de 3,5 milliards"
    }
  },
  {
    id: "money.centre.openingCost",
    label: "Cost of opening a GIP centre",
    value: 10000000,
    unit: "euros",
    asOf: "2024-06-30",
    nature: "example",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "opening a GIP centre costs about 100 k€",
      confidence: "medium"
    }
  },
  {
    id: "money.centre.yearsToBreakEven",
    label: "Years a new centre takes to break even",
    value: 2,
    unit: "years",
    asOf: "2024-06-30",
    nature: "example",
    precision: "atLeast",
    provenance: {
      kind: "citation",
      document: "regional-press-gip",
      locator: "several years to break even",
      confidence: "medium"
    },
    note: "Published as several years, read as at least two."
  },
  {
    id: "money.centre.revenueShareFromActs",
    label: "Share of a typical health centre's revenue from billed acts",
    value: 0.8,
    unit: "ratio",
    asOf: "2024-12-31",
    nature: "example",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "centre-revenue-mix",
      locator: "about 80 % of a centre's revenue comes from billed acts",
      confidence: "medium"
    },
    note: "Health centres in general, not the GIP's."
  },
  {
    id: "money.centre.revenueShareFromFlatPayments",
    label: "Share of a typical health centre's revenue from flat payments",
    value: 0.15,
    unit: "ratio",
    asOf: "2024-12-31",
    nature: "example",
    precision: "atMost",
    provenance: {
      kind: "citation",
      document: "centre-revenue-mix",
      locator: "at most about 15 % from flat payments",
      confidence: "medium"
    },
    note: "Health centres in general, not the GIP's."
  },
  {
    id: "pay.gp.startHeadline",
    label: "A GP's pay at the start of a career (S2's sub-heading)",
    value: 500000,
    high: 550000,
    unit: "eurosPerMonth",
    asOf: "2025-12-17",
    nature: "example",
    precision: "range",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "un peu plus de 5 000 euros en début de carrière"
    },
    note:
      "A little over 5 000 € a month, read as 5 000 to 5 500 €; whether net or gross is not stated. The same " +
      "article and S1 give 4 700 € net on 35 h at the start."
  },

  // ---------------------------------------------------------------------------
  // pay examples (S2)
  // ---------------------------------------------------------------------------
  {
    id: "examples.gp27h.monthlyNet",
    label: "Example GP on 27 h a week: monthly net pay",
    value: 450000,
    unit: "eurosPerMonthNet",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "a GP on 27 h a week earns 4 500 € net a month",
      quote: "4500 euros nets par mois"
    },
    note: "Full-time equivalent 4 500 × 35 / 27 ≈ 5 833 € net, inside the 4 700–6 400 € range."
  },
  {
    id: "examples.gp27h.weeklyHours",
    label: "Example GP: weekly hours",
    value: 27,
    unit: "hoursPerWeek",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "27 h a week over three days",
      quote: "27 heures par semaine, réparties sur trois jours"
    }
  },
  {
    id: "examples.gp27h.daysPerWeek",
    label: "Example GP: working days per week",
    value: 3,
    unit: "daysPerWeek",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "27 h a week over three days",
      quote: "27 heures par semaine, réparties sur trois jours"
    }
  },
  {
    id: "examples.gp27h.age",
    label: "Example GP: age",
    value: 61,
    unit: "years",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "a GP aged 61, among the first hired",
      quote: "61 ans, qui fait partie des premiers à avoir été embauchés"
    },
    note: "Most of her career was self-employed; how those years count towards seniority is not published."
  },
  {
    id: "examples.gp27h.regularDoctorPatients",
    label: "Example GP: patients for whom she is the regular doctor",
    value: 989,
    unit: "patients",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "989 patients with her as regular doctor",
      quote: "Elle compte 989 patients médecin traitant"
    }
  },
  {
    id: "examples.midwife39h.monthlyGross",
    label: "Example midwife on 39 h a week: monthly gross pay",
    value: 450000,
    unit: "eurosPerMonthGross",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "a midwife on 39 h a week earns 4 500 € gross a month, with paid leave",
      quote: "4500 euros bruts par mois"
    }
  },
  {
    id: "examples.midwife39h.weeklyHours",
    label: "Example midwife: weekly hours",
    value: 39,
    unit: "hoursPerWeek",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "39 h a week over four days",
      quote: "39 heures par semaine sur 4 jours"
    }
  },
  {
    id: "examples.midwife39h.daysPerWeek",
    label: "Example midwife: working days per week",
    value: 4,
    unit: "daysPerWeek",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "39 h a week over four days",
      quote: "39 heures par semaine sur 4 jours"
    }
  },
  {
    id: "examples.midwife39h.selfEmployedWeeklyHours",
    label: "Example midwife: weekly hours when she was self-employed",
    value: 40,
    high: 50,
    unit: "hoursPerWeek",
    asOf: "2021-01-01",
    nature: "example",
    precision: "range",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "40 to 50 h a week when self-employed",
      quote: "entre 40 et 50 lorsqu'elle était en libéral"
    },
    note: "She stopped self-employed practice in 2021; only the year is known, dated on its first day."
  },
  {
    id: "examples.saintGilles.secretaries",
    label: "Example centre (Saint-Gilles): full-time secretaries",
    value: 2,
    unit: "people",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "two full-time secretaries at the Saint-Gilles centre",
      quote: "les deux secrétaires à temps plein du centre de Saint-Gilles"
    },
    note: "For two GPs and a midwife (examples.saintGilles.gps)."
  },
  {
    id: "examples.saintGilles.gps",
    label: "Example centre (Saint-Gilles): GPs",
    value: 2,
    unit: "people",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "two GPs also work at the Saint-Gilles centre",
      quote: "où exercent également deux généralistes"
    }
  },
  {
    id: "examples.patients.yearsWithoutDoctor",
    label: "Example: years some patients had gone without seeing a doctor",
    value: 5,
    unit: "years",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "some patients had not seen a doctor for five years",
      quote: "Certaines personnes n'avaient pas vu de médecin depuis cinq ans"
    }
  },

  // ---------------------------------------------------------------------------
  // readers' comments (S2): individual figures, not official ones
  // ---------------------------------------------------------------------------
  {
    id: "comments.hospitalPractitioner.weeklyHours",
    label: "Reader comment: real weekly hours of a full-time hospital practitioner",
    value: 50,
    high: 55,
    unit: "hoursPerWeek",
    asOf: "2025-12-17",
    nature: "example",
    precision: "range",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "reader comment: 10 half-days a week, 50 to 55 h in practice",
      quote: "10 demi-journées par semaine, donc en pratique 50 à 55 heures hebdomadaires"
    },
    note: "A reader's figures (a pneumologist), not an official one."
  },
  {
    id: "comments.capacity.selfEmployedPerWeek",
    label: "Reader comment: weekly consultations of a self-employed doctor (50 h at 4 an hour)",
    value: 200,
    unit: "consultations",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "reader comment: 50 × 4 = 200 patients a week",
      quote: "voyait 50 x 4 = 200 patients"
    },
    note: "A reader's arithmetic (a rheumatologist), per week; every hour counted as consulting."
  },
  {
    id: "comments.capacity.salariedPerWeek",
    label: "Reader comment: weekly consultations of a salaried doctor (35 h at 3 an hour)",
    value: 105,
    unit: "consultations",
    asOf: "2025-12-17",
    nature: "example",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S2",
      locator: "reader comment: 35 × 3 = 105 patients a week",
      quote: "travaille maintenant 35 heures et en voit 35 x 3 = 105"
    },
    note: "A reader's arithmetic (a rheumatologist), per week; every hour counted as consulting."
  },

  // ---------------------------------------------------------------------------
  // the Region's other health spending (S1), for context
  // ---------------------------------------------------------------------------
  {
    id: "region.hospitals.investment",
    label: "Region's investment in rebuilding and equipping public hospitals",
    value: 5200000000,
    unit: "euros",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "nearly 52 M€ for 4 public hospitals",
      quote:
        "près de 52 millions d'euros pour des projets de reconstruction et d'équipement de 4 hôpitaux publics"
    },
    note: "Total amount committed; the period it covers is not stated."
  },
  {
    id: "region.hospitals.count",
    label: "Public hospitals rebuilt or equipped with the Region's investment",
    value: 4,
    unit: "count",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "nearly 52 M€ for 4 public hospitals",
      quote:
        "près de 52 millions d'euros pour des projets de reconstruction et d'équipement de 4 hôpitaux publics"
    }
  },
  {
    id: "region.emergencyCare.investment",
    label: "Region's support to emergency and intensive-care services",
    value: 3000000000,
    unit: "euros",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "about",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "30 M€ for emergency and intensive care",
      quote: "30 millions d'euros pour soutenir les services d'urgence et réanimation"
    },
    note: "Total amount committed; the period it covers is not stated."
  },
  {
    id: "region.specialistPosts.count",
    label: "Specialist posts partly funded by the Region",
    value: 20,
    unit: "count",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "20 specialist posts in 12 establishments partly funded",
      quote: "finance en partie 20 postes de médecins spécialistes dans 12 établissements"
    }
  },
  {
    id: "region.specialistPosts.establishments",
    label: "Establishments where the Region partly funds specialist posts",
    value: 12,
    unit: "count",
    asOf: "2025-04-09",
    nature: "stock",
    precision: "exact",
    provenance: {
      kind: "citation",
      document: "S1",
      locator: "20 specialist posts in 12 establishments partly funded",
      quote: "finance en partie 20 postes de médecins spécialistes dans 12 établissements"
    }
  }
] as const satisfies ReadonlyArray<Reference.FigureEncoded>

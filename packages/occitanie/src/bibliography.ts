import type { Provenance } from "@gip-sante/core"

/**
 * The documents the Occitanie preset cites: the two press articles the programme is modelled
 * on (`S1`, `S2`) and the secondary public sources behind the values the articles leave out
 * (tariffs, contribution rates, working-time law, regional press on the GIP's history).
 *
 * Each secondary document says in its `note` that it is a secondary source and how far it can
 * be trusted; where only a month or a year is known, the date is the first day of that month or
 * year and the note says so. A document has its public address (`url`) where one is known, and
 * its language where citations quote it in its own words.
 *
 * @example
 * ```ts
 * import { bibliography } from "@gip-sante/occitanie"
 *
 * bibliography.S2.publisher // "Egora"
 * bibliography["openfisca-rates-2025"].kind // "computed"
 * ```
 *
 * @since 0.1.0
 */
export const bibliography = {
  S1: {
    title: "En Occitanie, les 100 médecins généralistes salariés par la région suivent 31 000 patients",
    publisher: "Egora, quoting the APM news agency",
    date: "2025-04-09",
    kind: "press",
    url: "https://egora.fr/actus-pro/acces-aux-soins/en-occitanie-les-100-medecins-generalistes-salaries-par-la-region-suivent",
    language: "fr",
    confidence: "high",
    note:
      "Press article of April 2025 reporting the figures the Region gave at its press conference of 9 April 2025 " +
      "(Carole Delga, president of the Region; Dr Vincent Bounes, vice-president for health). The date is that " +
      "of the press conference; the article's own publication day is not known."
  },
  S2: {
    title:
      "« J'ai à peu près la même aisance financière mais je travaille moins » : avec ses centres de santé, " +
      "l'Occitanie a-t-elle trouvé la « recette magique » ?",
    publisher: "Egora",
    author: "Louise Claereboudt",
    date: "2025-12-17",
    kind: "press",
    language: "fr",
    confidence: "high",
    note:
      "Interviews of Dr Vincent Bounes (Region vice-president for health), a salaried GP and a salaried midwife. " +
      "Readers' comments below the article are cited as such: they are individual opinions, not official figures. " +
      "Published on egora.fr; its exact address was not recorded, so none is given: search the site for the title."
  },
  "cnam-tariffs-2024": {
    title: "GP tariffs under the 2024 national medical convention (G, teleconsultation, home visit, GL)",
    publisher: "Assurance maladie (ameli.fr), with press and GP union pages",
    date: "2024-12-22",
    kind: "official",
    url: "https://www.ameli.fr/assure/actualites/tarifs-des-medecins-generalistes-et-specialistes-ce-qui-change-le-22-decembre-2024",
    language: "fr",
    confidence: "high",
    note:
      "The address is Assurance maladie's news page on the tariffs of 22 Dec 2024, which gives the G " +
      "consultation at 30 € (high). The other values are secondary, from press articles and union pages, not " +
      "the convention text: teleconsultation stays 26,50 € (medium); home visit VG = G plus the MD travel " +
      "supplement of 10 € (regional union page, medium-high); long consultation GL 60 € from 1 Jan 2026 (high)."
  },
  "arbitration-2023": {
    title: "2023 arbitration ruling on GP tariffs (règlement arbitral)",
    publisher: "Ministry of Health (as reported by the press)",
    date: "2023-11-01",
    kind: "official",
    confidence: "high",
    language: "fr",
    note:
      "Secondary: known through press coverage of the ruling. The date is the day the G consultation rose to " +
      "26,50 € (1 Nov 2023), not the day the ruling was issued."
  },
  "convention-2016": {
    title: "2016 national medical convention: G consultation and regulated out-of-hours supplements",
    publisher: "Assurance maladie and doctors' unions (as reported by secondary sources)",
    date: "2017-05-01",
    kind: "official",
    confidence: "medium",
    note:
      "Secondary. The date is the day the G consultation reached 25 € under this convention, not its signature. " +
      "Out-of-hours supplements regulated by the Samu: CRN 42,50 €, CRM 51,50 €, CRD 26,50 €, CRS 26,50 € per " +
      "act, reported unchanged in 2024 (medium confidence)."
  },
  "csp-r6315-1": {
    title: "Code de la santé publique, article R6315-1: hours of out-of-hours primary care (PDSA)",
    publisher: "Légifrance",
    date: "2010-01-01",
    kind: "law",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038444077",
    language: "fr",
    confidence: "high",
    note:
      "The address is the article's wording in force since 5 May 2019 (the hours are unchanged since 2010). " +
      "PDSA runs every day from 20:00 to 08:00, on " +
      "Sundays and public holidays from 08:00 to 20:00 and, where the regional plan says so, on Saturday " +
      "afternoons and bridge days; the ARS sets sectors, the medical council keeps the rota, the Samu (15) " +
      "regulates calls. In force since 2010: only the year is known, so the date is 1 January 2010."
  },
  "ars-pdsa-pay": {
    title: "On-call pay for out-of-hours primary care (PDSA), as set by the regional health agencies",
    publisher: "Regional health agencies (ARS), as reported by secondary sources",
    date: "2021-01-01",
    kind: "secondary",
    confidence: "medium",
    note:
      "Secondary, medium confidence. Historically 50 € (20:00–24:00), 100 € (00:00–08:00) and 150 € (a Sunday " +
      "or holiday day shift); since 2021 a floor of about 150–180 € per 12 h shift; ARS ranges of 50–200 € per " +
      "4 h. Each ARS sets its own amounts. Only the year 2021 is known, so the date is 1 January 2021."
  },
  "sas-supplement-2023": {
    title: "Supplement for unscheduled care regulated by the health access service (SAS)",
    publisher: "Assurance maladie (as reported by secondary sources)",
    date: "2023-01-01",
    kind: "official",
    confidence: "medium",
    note:
      "Secondary, medium confidence: +15 € per act for an unscheduled consultation booked through the SAS, " +
      "from 2023. Only the year is known, so the date is 1 January 2023."
  },
  "openfisca-rates-2025": {
    title:
      "Gross-to-net and employer contribution rates of a public-law contract affiliated to IRCANTEC, 2025",
    publisher: "Computed for this preset from openfisca-france parameter files",
    date: "2025-01-01",
    kind: "computed",
    url: "https://github.com/openfisca/openfisca-france",
    confidence: "medium",
    note:
      "Computed, not read: net ≈ 81,5 % of gross (≈ 18,5 % employee deductions); employer contributions ≈ 34,5 % " +
      "of gross (≈ 38,5 % if the employer pays unemployment insurance). For comparison, a private-law contract " +
      "gives net ≈ 78–79 % and employer ≈ 41–42 % (computed from the mon-entreprise rules). The address is the " +
      "openfisca-france repository, whose parameter files hold the contribution rates. Medium confidence: " +
      "the result depends on the salary level and on which optional contributions apply."
  },
  "urssaf-rates": {
    title:
      "Taux et barèmes des cotisations sociales : taux du secteur privé et plafonds de la sécurité sociale",
    publisher: "Urssaf",
    date: "2025-01-01",
    kind: "official",
    confidence: "high",
    url: "https://www.urssaf.fr/accueil/outils-documentation/taux-baremes.html",
    note:
      "The rates of the general social-security contributions (health, old age, family, FNAL, CSA, CSG, CRDS, " +
      "unemployment insurance) and the yearly social-security ceilings, as Urssaf publishes them each year; " +
      "earlier years read from the openfisca-france parameter files " +
      "(https://github.com/openfisca/openfisca-france, prelevements_sociales). Dated from the 2025 edition."
  },
  "ircantec-rates": {
    title: "Taux de cotisation à l'Ircantec (tranches A et B)",
    publisher: "Ircantec (Caisse des dépôts)",
    date: "2017-01-01",
    kind: "official",
    confidence: "high",
    url: "https://www.ircantec.retraites.fr/",
    note:
      "Supplementary pension of public-law contract staff: tranche A (up to the social-security ceiling) and " +
      "tranche B (up to eight ceilings), employee and employer rates, unchanged since the end of the 2011–2017 " +
      "increases. Also in openfisca-france's parameter files."
  },
  "css-l136-1-2": {
    title: "Code de la sécurité sociale, article L136-1-2: base of the CSG on pay",
    publisher: "Légifrance",
    date: "2018-01-01",
    kind: "law",
    confidence: "high",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189",
    note:
      "The CSG (and the CRDS, which follows its base) on pay is levied after an allowance of 1,75 % for " +
      "professional costs, on pay up to four social-security ceilings. Dated from the 2018 wording."
  },
  "cgi-231": {
    title: "Code général des impôts, article 231: taxe sur les salaires",
    publisher: "Légifrance",
    date: "2024-01-01",
    kind: "law",
    confidence: "medium",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069577",
    note:
      "Who is liable (employers not subject to VAT on most of their turnover), the rates by bracket of yearly " +
      "pay per employee (4,25 %, 8,50 %, 13,60 %) and the revalued thresholds, as summarised by the tax " +
      "administration; thresholds read from secondary summaries (medium confidence)."
  },
  "ph-grid-2023": {
    title: "Pay grid of full-time hospital practitioners (praticiens hospitaliers) from 1 July 2023",
    publisher: "Ministry of Health decree tables (as reported by the press)",
    date: "2023-07-01",
    kind: "official",
    confidence: "high",
    note:
      "Secondary: known through the press. Echelon 1: 55 607,79 € gross a year; echelon 13: 112 416,56 € gross " +
      "a year; plus an exclusivity allowance of 1 010 € gross a month. The mapping of the GIP's 4 700–6 400 € " +
      "net range onto echelons 2 to 8 is computed for this preset (medium confidence)."
  },
  "fph-working-time": {
    title: "Annual working time of a full-time public servant: 1 607 hours",
    publisher: "French public-service working-time rules",
    date: "2005-01-01",
    kind: "law",
    confidence: "high",
    note:
      "Secondary summary of the public-service rules (35 h a week, 1 607 h a year including the solidarity " +
      "day). The summary gives no in-force date; the date is the first day of the year the solidarity day took " +
      "effect and should be read as approximate."
  },
  "code-travail-l3121-18": {
    title: "Code du travail, article L3121-18: maximum working time of 10 hours a day",
    publisher: "Légifrance",
    date: "2016-08-08",
    kind: "law",
    confidence: "high",
    note:
      "Secondary reading of the Labour Code (article in its 2016 numbering). The public-service working-time " +
      "rules applied to public-law contracts set the same 10 h daily maximum."
  },
  "code-travail-l3141-3": {
    title: "Code du travail, article L3141-3: paid leave of 2,5 working days per month, five weeks a year",
    publisher: "Légifrance",
    date: "2016-08-08",
    kind: "law",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020826",
    language: "fr",
    confidence: "high",
    note:
      "Article in its 2016 numbering, in force since 10 August 2016: 30 working days counted Monday to " +
      "Saturday, i.e. five weeks. The public-service rule (five times the weekly working days) gives the same " +
      "five weeks."
  },
  "regional-press-gip": {
    title: "Regional press coverage of the GIP « Ma santé, ma région », 2022–2025",
    publisher: "Occitanie regional press (several titles)",
    date: "2025-04-01",
    kind: "secondary",
    language: "fr",
    confidence: "medium",
    note:
      "Secondary family of regional press articles whose figures agree with each other: medium-high " +
      "confidence, rounded down to medium (the schema has no intermediate level). GIP launched 17 Jun 2022; " +
      "first centre at Sainte-Croix-Volvestre on 1 Jul 2022; 2022 budget 1,5 M€; starting pay 4 700 € net at " +
      "35 h with out-of-hours duty; Jan 2023: 7 centres, 27 doctors, 13 secretaries; Sep 2023: 11 centres, 44 " +
      "GPs, 21 secretaries, 1 midwife; mid-2024: 19 centres, 80 doctors; opening a centre costs about 100 k€ and " +
      "takes several years to break even (2024). The date is the first day of the month of the latest figure " +
      "(April 2025). Public examples: https://www.touleco.fr/Region-Occitanie-Le-Service-public-de-la-sante-continue-de-se,36628 " +
      "(January 2023: 7 centres, 27 doctors, 13 secretaries); " +
      "https://www.concourspluripro.fr/exercice-pluriprofessionnel/centres-de-sante/deux-ans-apres-le-lancement-de-ma-sante-ma-region-19 " +
      "(2024: 19 centres, 80 doctors)."
  },
  "insee-population-2022": {
    title: "Legal population of the Occitanie region on 1 January 2022",
    publisher: "INSEE",
    date: "2022-01-01",
    kind: "dataset",
    confidence: "high",
    note: "Secondary copy of the INSEE figure (6 080 731 inhabitants); the date is the reference date of the count."
  },
  "zoning-decree-2022": {
    title: "Occitanie under-served areas zoning for GPs (decision of 4 May 2022)",
    publisher: "ARS Occitanie (as reported by the press)",
    date: "2022-05-04",
    kind: "official",
    confidence: "high",
    note:
      "Secondary: known through the press. 48 % of the region's population lives in areas classed as " +
      "under-served; 83 % of communes are eligible for installation aid."
  },
  "health-centre-agreement": {
    title:
      "National agreement between health insurance and health centres (accord national des centres de santé)",
    publisher: "Assurance maladie and health-centre federations (as reported by secondary sources)",
    date: "2015-01-01",
    kind: "official",
    confidence: "high",
    note:
      "Secondary. Flat payments for opening hours, coordination and public-health work. Agreement of 2015 (only " +
      "the year is known, so the date is 1 January 2015); a new agreement, signed on 28 Aug 2025, expresses the " +
      "payments in euros rather than points."
  },
  "centre-revenue-mix": {
    title: "Revenue mix of a typical French health centre",
    publisher: "Mutual-insurance sector information page",
    date: "2024-01-01",
    kind: "secondary",
    confidence: "medium",
    note:
      "Secondary, medium confidence: about 80 % of a typical centre's revenue comes from billed acts and at " +
      "most 15 % from flat payments. The page's date was not recorded: 2024-01-01 is a placeholder date, " +
      "not a publication date."
  }
} as const satisfies Record<string, typeof Provenance.DocumentSchema.Encoded>

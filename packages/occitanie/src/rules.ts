import type { Policy } from "@gip-sante/core"

const cite = (document: string, locator: string, quote?: string) =>
  quote === undefined
    ? { kind: "citation" as const, document, locator }
    : { kind: "citation" as const, document, locator, quote }

/**
 * What each rule of the library rests on in the Occitanie programme: the documents of the
 * preset's `bibliography` that state it, with where. The handbook shows them, and every finding
 * of a rule carries them in its explanation. The two date checks of contracts (an end after the
 * start, a fixed-term contract with an end) are matters of logic and cite nothing.
 *
 * @example
 * ```ts
 * import { rules } from "@gip-sante/occitanie"
 *
 * rules["programme.recruitment.keepRecruiting"].sources[0]?.document // "S2"
 * ```
 *
 * @since 0.1.0
 */
export const rules = {
  "contract.weeklyHoursWithinBounds": {
    sources: [
      cite(
        "S2",
        "contracts are mostly of 35 or 39 h a week, and part-time ones go down to a few hours a week, à la carte",
        "ça peut être quelques heures par semaine"
      )
    ]
  },
  "contract.daysPerWeekWithinBounds": {
    sources: [
      cite(
        "S2",
        "the clinicians interviewed work 27 h over 3 days and 39 h over 4 days, contracts being à la carte",
        "c'était le menu à la carte"
      )
    ]
  },
  "contract.hoursPerDayWithinMaximum": {
    sources: [cite("code-travail-l3121-18", "daily working time may not exceed 10 hours")]
  },
  "consultation.target": {
    sources: [
      cite(
        "S2",
        "3 consultations an hour per doctor, 2 with complex patients: a target that cannot be imposed but is well respected",
        "l'objectif de trois consultations par heure et par médecin"
      )
    ]
  },
  "obligations.pdsa": {
    sources: [
      cite(
        "S1",
        "in return for the salary, the doctors take part in out-of-hours duty (PDSA)",
        "à participer à la permanence des soins ambulatoires"
      ),
      cite(
        "S2",
        "the salaried doctors are expected to take out-of-hours duty (PDSA)",
        "s'engagent à participer à la PDSA"
      ),
      cite(
        "csp-r6315-1",
        "PDSA hours: every day from 8 pm to 8 am, Sundays and public holidays from 8 am to 8 pm",
        "Tous les jours de 20 heures à 8 heures"
      )
    ]
  },
  "obligations.homeVisits": {
    sources: [
      cite(
        "S1",
        "in return for the salary, the doctors make home visits",
        "à assurer des visites à domicile"
      ),
      cite(
        "S2",
        "home visits are part of what the salaried doctors commit to",
        "faire des visites à domicile"
      )
    ]
  },
  "obligations.unscheduledCare": {
    sources: [
      cite(
        "S1",
        "in return for the salary, slots are kept for unscheduled care",
        "à réserver des créneaux pour les soins non programmés"
      ),
      cite(
        "S2",
        "the salaried doctors reserve slots for same-day unscheduled care",
        "réserver des créneaux pour les soins non programmés"
      )
    ]
  },
  "programme.recruitment.keepRecruiting": {
    sources: [
      cite(
        "S2",
        "recruiting stops for a centre once its slots go empty, which has not happened yet",
        "On arrêtera de recruter quand il y aura des créneaux vides"
      )
    ]
  },
  "programme.opening.conditionsMet": {
    sources: [
      cite(
        "S2",
        "before a centre opens: a political consultation (local elected officials must want it) and one of the area's clinicians",
        "un échange politique – il faut que les élus nous veuillent"
      )
    ]
  }
} satisfies NonNullable<Policy.Encoded["rules"]>

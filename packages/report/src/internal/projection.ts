// The projection section: consultations to the policy's consultations goal under a staffing plan
// that runs to the policy's clinicians goal, and recruitment at the observed pace against the
// clinicians goal. Every input is the programme data's or the policy's. Internal.
import {
  Calendar,
  Explanation,
  Policy,
  Programme,
  Projection as ProjectionModule,
  Reference
} from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Figure from "../Figure.js"
import * as Format from "../Format.js"
import type * as ProgrammeData from "../ProgrammeData.js"
import type { ConsultationsProjection, Projection, RecruitmentProjection, Section } from "../Report.js"
import { type Context, dataStep, section, unavailable } from "./context.js"

const daysPerMonth = 365.25 / 12

export const figureStep = (f: Reference.Figure): Explanation.Step =>
  Explanation.fromFigure(
    f.label,
    { figureId: f.id, asOf: f.asOf, provenance: f.provenance },
    Figure.valueOf(f.value, f.unit)
  )

interface Goals {
  readonly deadline: string
  readonly deadlineStep: Explanation.Step
  readonly read: (
    definition: typeof Programme.parameters.cliniciansGoal | typeof Programme.parameters.consultationsGoal
  ) =>
    | {
        readonly value: number
        readonly step: Explanation.Step
        readonly inForce: Parameters<typeof ProjectionModule.goalFromParameter>[1]
      }
    | undefined
}

const goalsOf = (c: Context): Goals | string => {
  const on = Calendar.date(c.window.to)
  const deadline = Policy.read(c.policy, Programme.parameters.goalDeadline, on)
  if (Result.isFailure(deadline))
    return `The policy states no goal deadline (${Programme.parameters.goalDeadline.id}).`
  return {
    deadline: deadline.success.value,
    deadlineStep: Explanation.fromParameter(
      Programme.parameters.goalDeadline.label,
      deadline.success,
      Explanation.text(deadline.success.value)
    ),
    read: (definition) => {
      if (Policy.parameter(c.policy, definition.id) === undefined) return undefined
      const r = Policy.read(c.policy, definition, on)
      if (Result.isFailure(r)) return undefined
      const label = Policy.parameter(c.policy, definition.id)?.label ?? definition.label
      return {
        value: r.success.value,
        inForce: r.success,
        step: Explanation.fromParameter(label, r.success, Figure.valueOf(r.success.value, definition.unit))
      }
    }
  }
}

const consultations = (
  c: Context,
  inputs: NonNullable<ProgrammeData.ProjectionInputs["consultations"]>,
  horizon: Calendar.YearMonth,
  goals: Goals
): Section<ConsultationsProjection> => {
  const goal = goals.read(Programme.parameters.consultationsGoal)
  if (goal === undefined)
    return unavailable(
      `The policy states no consultations goal (${Programme.parameters.consultationsGoal.id}).`
    )
  const target = goals.read(Programme.parameters.cliniciansGoal)
  const start = Reference.find(c.programme.figures, inputs.planStart)!
  return section(() =>
    Result.flatMap(ProjectionModule.seriesFrom(c.programme.figures, inputs.totals), (totals) =>
      Result.flatMap(ProjectionModule.seriesFrom(c.programme.figures, inputs.clinicians), (clinicians) => {
        const rationale =
          inputs.plan.kind === "assumption"
            ? inputs.plan.rationale
            : `${inputs.plan.document}: ${inputs.plan.locator}`
        const plan =
          target === undefined
            ? ProjectionModule.constantPlan({ from: start.asOf, clinicians: start.value, rationale })
            : ProjectionModule.linearPlan({
                from: start.asOf,
                clinicians: start.value,
                to: goals.deadline,
                target: target.value,
                rationale
              })
        const goalLabel =
          Policy.parameter(c.policy, Programme.parameters.consultationsGoal.id)?.label ??
          Programme.parameters.consultationsGoal.label
        return Result.map(
          ProjectionModule.project({
            consultations: totals,
            clinicians,
            plan,
            goal: ProjectionModule.goalFromParameter(
              goalLabel,
              goal.inForce,
              "consultations",
              Calendar.date(goals.deadline)
            ),
            horizon,
            ...(inputs.rate === undefined
              ? {}
              : {
                  rate: {
                    consultationsPerClinicianPerMonth: inputs.rate.value,
                    rationale:
                      inputs.rate.provenance.kind === "assumption"
                        ? inputs.rate.provenance.rationale
                        : inputs.rate.provenance.locator
                  }
                })
          }),
          (p): ConsultationsProjection => {
            const last = p.withPlan.points.at(-1)
            const lastNoGrowth = p.noGrowth.points.at(-1)
            const rateExplanation =
              p.rate.kind === "estimated"
                ? p.rate.estimate.explanation
                : Explanation.make(
                    dataStep(
                      "Consultations per clinician per month (assumed)",
                      "projection.consultations.rate",
                      start.asOf,
                      inputs.rate!.provenance,
                      Explanation.quantity(p.rate.assumption.consultationsPerClinicianPerMonth, "count")
                    )
                  )
            return {
              goal: Figure.make(
                goal.value,
                "consultations",
                Explanation.make(
                  Explanation.step(goalLabel, {
                    value: Figure.valueOf(goal.value, "consultations"),
                    children: [goal.step, goals.deadlineStep]
                  })
                )
              ),
              goalLabel,
              rate: Figure.make(p.consultationsPerClinicianPerMonth, "count", rateExplanation),
              rateKind: p.rate.kind,
              goalMonthWithPlan: Figure.when(p.withPlan.goalMonth, "month", p.withPlan.explanation),
              goalMonthNoGrowth: Figure.when(p.noGrowth.goalMonth, "month", p.noGrowth.explanation),
              endWithPlan: Figure.make(
                last?.cumulativeConsultations ?? 0,
                "consultations",
                p.withPlan.explanation
              ),
              endNoGrowth: Figure.make(
                lastNoGrowth?.cumulativeConsultations ?? 0,
                "consultations",
                p.noGrowth.explanation
              ),
              path: {
                points: p.withPlan.points.map((point, i) => ({
                  month: point.month,
                  withPlan: point.cumulativeConsultations,
                  noGrowth: p.noGrowth.points[i]?.cumulativeConsultations ?? point.cumulativeConsultations,
                  basis: point.basis
                })),
                explanation: p.withPlan.explanation
              },
              checkpoints: p.checkpoints.map((cp) => ({
                published: cp.figure,
                projected: Figure.derived(
                  `Projected consultations on ${cp.date}`,
                  cp.projected,
                  "consultations",
                  "read on the projected path on the published figure's date",
                  [figureStep(cp.figure)]
                )
              }))
            }
          }
        )
      })
    )
  )
}

const monthsBetween = (from: string, to: string) =>
  Calendar.daysBetween(Calendar.date(from), Calendar.date(to)) / daysPerMonth

const recruitment = (
  c: Context,
  inputs: NonNullable<ProgrammeData.ProjectionInputs["recruitment"]>,
  horizon: Calendar.YearMonth,
  goals: Goals
): Section<RecruitmentProjection> => {
  const goal = goals.read(Programme.parameters.cliniciansGoal)
  if (goal === undefined)
    return unavailable(`The policy states no clinicians goal (${Programme.parameters.cliniciansGoal.id}).`)
  const counts = inputs.headcounts
    .map((id) => Reference.find(c.programme.figures, id)!)
    .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0))
  const a = counts.at(-2)!
  const b = counts.at(-1)!
  return section(() =>
    Result.map(
      Programme.goalProgress(
        c.policy,
        { recruitedSoFar: b.value, asOf: Calendar.date(b.asOf) },
        Calendar.date(c.window.to)
      ),
      (progress): RecruitmentProjection => {
        const months = monthsBetween(a.asOf, b.asOf)
        const pace = months <= 0 ? 0 : (b.value - a.value) / months
        const paceObserved = Figure.derived(
          "Clinicians recruited a month (observed)",
          pace,
          "count",
          `(${Format.integer(b.value)} − ${Format.integer(a.value)}) ÷ ${Format.decimal(months)} months between the two latest published counts`,
          [
            figureStep(a),
            figureStep(b),
            dataStep("The pace continues (assumption)", "projection.recruitment", b.asOf, inputs.provenance)
          ]
        )
        const toDeadline = Math.max(0, monthsBetween(b.asOf, progress.deadline))
        const atDeadline = Figure.derived(
          `Clinicians by ${progress.deadline} at the observed pace`,
          b.value + pace * toDeadline,
          "people",
          `${Format.integer(b.value)} + ${Format.decimal(pace)} a month × ${Format.decimal(toDeadline)} months`,
          [paceObserved, figureStep(b), goals.deadlineStep]
        )
        let reached: string | undefined
        if (b.value >= goal.value) reached = Calendar.monthOf(Calendar.date(b.asOf))
        else if (pace > 0) {
          for (let m = Calendar.monthOf(Calendar.date(b.asOf)); m <= horizon; m = Calendar.addMonths(m, 1)) {
            const end = Calendar.firstDayOfMonth(Calendar.addMonths(m, 1))
            if (b.value + pace * monthsBetween(b.asOf, end) >= goal.value) {
              reached = m
              break
            }
          }
        }
        const goalFigure = Figure.make(
          goal.value,
          "people",
          Explanation.make(
            Explanation.step(goal.step.label, {
              value: Figure.valueOf(goal.value, "people"),
              children: [goal.step, goals.deadlineStep]
            })
          )
        )
        return {
          goal: goalFigure,
          goalLabel: goal.step.label,
          deadline: progress.deadline,
          latest: b,
          paceObserved,
          paceNeeded: Figure.make(progress.clinicians.monthlyPaceNeeded ?? 0, "count", progress.explanation),
          atDeadline,
          goalMonth: Figure.when(
            reached,
            "month",
            Explanation.make(
              Explanation.step("Month the goal is reached at the observed pace", {
                value: Explanation.text(reached ?? `not by ${horizon}`),
                note: `first month whose end count reaches ${Format.integer(goal.value)}`,
                children: [paceObserved.explanation.root, goal.step]
              })
            )
          )
        }
      }
    )
  )
}

export const projection = (c: Context): Section<Projection> => {
  const inputs = c.programme.projection
  if (inputs === undefined) return unavailable("The programme data asks for no projection.")
  const goals = goalsOf(c)
  if (typeof goals === "string") return unavailable(goals)
  const horizon = Calendar.yearMonth(inputs.horizon)
  return {
    status: "ok",
    value: {
      horizon: inputs.horizon,
      consultations:
        inputs.consultations === undefined
          ? undefined
          : consultations(c, inputs.consultations, horizon, goals),
      recruitment:
        inputs.recruitment === undefined ? undefined : recruitment(c, inputs.recruitment, horizon, goals)
    }
  }
}

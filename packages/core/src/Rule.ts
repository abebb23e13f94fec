/**
 * Rules: the programme's obligations, targets, eligibility conditions and decisions as typed
 * values, with the parameters they read and a pure `evaluate` that returns a finding with its
 * explanation.
 *
 * Rule metadata (title, plain-language description, kind, severity, parameters, worked examples)
 * is what the auditor handbook is generated from, so the documentation cannot drift from the
 * code. What a rule rests on is region data: the policy it runs on gives its sources (its
 * `rules` section, {@link sources}), and every finding's explanation carries them.
 *
 * @example
 * ```ts
 * import { Explanation, Parameter, Policy, Rule } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const maxHours = Parameter.define({ id: "contract.maxWeeklyHours", type: "number", unit: "hoursPerWeek", label: "Maximum weekly hours" })
 *
 * const withinMaxHours = Rule.make<{ weeklyHours: number }>({
 *   id: "contract.withinMaxHours",
 *   title: "Weekly hours within the maximum",
 *   description: "A contract's weekly hours may not exceed the policy's maximum.",
 *   kind: "eligibility",
 *   severity: "blocking",
 *   reads: [maxHours],
 *   shortfallUnit: "hoursPerWeek",
 *   evaluate: (policy, input, at) =>
 *     Result.map(Policy.read(policy, maxHours, Rule.dateOf(at)), (max) => {
 *       const explanation = Explanation.make(Explanation.step("Maximum weekly hours", { value: Explanation.quantity(max.value, "hoursPerWeek") }))
 *       return input.weeklyHours <= max.value
 *         ? Rule.met(explanation)
 *         : Rule.notMet(input.weeklyHours - max.value, explanation)
 *     })
 * })
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Result from "effect/Result"
import type { LocalDate, Period } from "./Calendar.js"
import { type Explanation, make as explanationOf, step } from "./Explanation.js"
import type { Definition } from "./Parameter.js"
import type { Policy } from "./Policy.js"
import { PolicyError } from "./Policy.js"
import type { Provenance } from "./Provenance.js"
import type { Unit } from "./Unit.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * What a rule is: a counterpart `obligation` of the clinicians, a `target` (advisory by
 * nature), an `eligibility` condition, or a programme `decision`.
 *
 * @example
 * ```ts
 * import type { Rule } from "@gip-sante/core"
 *
 * const kind: Rule.Kind = "obligation"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Kind = "obligation" | "target" | "eligibility" | "decision"

/**
 * Whether a rule not met blocks something (a contract, an opening) or only advises.
 *
 * @example
 * ```ts
 * import type { Rule } from "@gip-sante/core"
 *
 * const severity: Rule.Severity = "advisory"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Severity = "blocking" | "advisory"

/**
 * The day a rule is evaluated on, or the period it is evaluated over.
 *
 * @example
 * ```ts
 * import { Calendar, type Rule } from "@gip-sante/core"
 *
 * const at: Rule.When = Calendar.period("2025-01-01", "2025-02-01")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type When = LocalDate | Period

/**
 * The outcome of a rule, without the rule's identity: met, not met with a measured shortfall
 * (in the rule's unit), or not applicable with the reason. Always with its explanation.
 *
 * @example
 * ```ts
 * import type { Rule } from "@gip-sante/core"
 *
 * const failed = (o: Rule.Outcome) => o.status === "notMet"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Outcome =
  | { readonly status: "met"; readonly explanation: Explanation }
  | { readonly status: "notMet"; readonly shortfall: number; readonly explanation: Explanation }
  | { readonly status: "notApplicable"; readonly reason: string; readonly explanation: Explanation }

/**
 * An outcome stamped with the rule that produced it, its severity and the shortfall's unit.
 *
 * @example
 * ```ts
 * import type { Rule } from "@gip-sante/core"
 *
 * const blocks = (f: Rule.Finding) => f.status === "notMet" && f.severity === "blocking"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Finding = Outcome & {
  readonly ruleId: string
  readonly severity: Severity
  readonly unit: Unit
}

/**
 * A worked example kept next to the rule: an input, a date, and the expected status. The
 * handbook shows them and a generic test runs them all.
 *
 * @example
 * ```ts
 * import { Calendar, type Rule } from "@gip-sante/core"
 *
 * const example: Rule.Example<{ weeklyHours: number }> = {
 *   title: "A 39 h contract",
 *   input: { weeklyHours: 39 },
 *   at: Calendar.date("2025-01-01"),
 *   expected: "met"
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Example<I> {
  readonly title: string
  readonly input: I
  readonly at: When
  readonly expected: Outcome["status"]
}

/**
 * A rule: identity and plain-language metadata for the handbook, the parameters it reads, and a
 * pure `evaluate`. The documents it rests on are given by the policy ({@link sources}).
 *
 * @example
 * ```ts
 * import type { Rule } from "@gip-sante/core"
 *
 * const describe = (r: Rule.Rule<unknown>) => `${r.id} (${r.kind}, ${r.severity}): ${r.title}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Rule<I> {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly kind: Kind
  readonly severity: Severity
  readonly reads: ReadonlyArray<Definition>
  readonly shortfallUnit: Unit
  readonly evaluate: (policy: Policy, input: I, at: When) => Result.Result<Outcome, PolicyError>
  readonly examples?: ReadonlyArray<Example<I>>
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * Declares a rule. Throws a `RangeError` if its id is not a dotted camelCase id (a programming
 * mistake in a rule book).
 *
 * @example
 * ```ts
 * import { Explanation, Rule } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const signed = Rule.make<{ signed: boolean }>({
 *   id: "contract.signed",
 *   title: "Contract signed",
 *   description: "A clinician starts work only once the contract is signed.",
 *   kind: "eligibility",
 *   severity: "blocking",
 *   reads: [],
 *   shortfallUnit: "count",
 *   evaluate: (_policy, input) => {
 *     const explanation = Explanation.make(Explanation.step(input.signed ? "Signed" : "Not signed yet"))
 *     return Result.succeed(input.signed ? Rule.met(explanation) : Rule.notMet(1, explanation))
 *   }
 * })
 * signed.id // "contract.signed"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = <I>(rule: Rule<I>): Rule<I> => {
  if (!/^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/.test(rule.id)) {
    throw new RangeError(`Invalid rule id ${JSON.stringify(rule.id)}: use dotted camelCase words`)
  }
  return rule
}

/**
 * A met outcome.
 *
 * @example
 * ```ts
 * import { Explanation, Rule } from "@gip-sante/core"
 *
 * Rule.met(Explanation.make(Explanation.step("All quotas met")))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const met = (explanation: Explanation): Outcome => ({ status: "met", explanation })

/**
 * A not-met outcome, with the shortfall measured in the rule's unit (positive).
 *
 * @example
 * ```ts
 * import { Explanation, Rule } from "@gip-sante/core"
 *
 * Rule.notMet(2, Explanation.make(Explanation.step("2 PDSA shifts missing")))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const notMet = (shortfall: number, explanation: Explanation): Outcome => ({
  status: "notMet",
  shortfall,
  explanation
})

/**
 * A not-applicable outcome, with the reason.
 *
 * @example
 * ```ts
 * import { Explanation, Rule } from "@gip-sante/core"
 *
 * Rule.notApplicable("Retirees are exempt", Explanation.make(Explanation.step("Exempt")))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const notApplicable = (reason: string, explanation: Explanation): Outcome => ({
  status: "notApplicable",
  reason,
  explanation
})

// -----------------------------------------------------------------------------
// evaluation
// -----------------------------------------------------------------------------

/**
 * The day to read parameters on: the date itself, or the first day of a period.
 *
 * @example
 * ```ts
 * import { Calendar, Rule } from "@gip-sante/core"
 *
 * Rule.dateOf(Calendar.period("2025-01-01", "2025-02-01")) // "2025-01-01"
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const dateOf = (at: When): LocalDate => (typeof at === "string" ? at : at.start)

/**
 * The sources a policy gives for a rule (its `rules` section): citations of the policy's
 * documents, or an assumption. Empty when the policy gives none.
 *
 * @example
 * ```ts
 * import { Programme, Provenance, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Rule.sources(Programme.recruitmentRule, policy).map(Provenance.describe)
 * // ["S2: recruiting stops for a centre once its slots go empty, which has not happened yet"]
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const sources = (rule: { readonly id: string }, policy: Policy): ReadonlyArray<Provenance> =>
  policy.rules !== undefined && Object.hasOwn(policy.rules, rule.id) ? policy.rules[rule.id]!.sources : []

/**
 * Evaluates one rule and stamps the outcome with the rule's id, severity and unit. The
 * explanation gains a step naming the rule with the sources the policy gives for it.
 *
 * @example
 * ```ts
 * import { Calendar, Rule, type Policy } from "@gip-sante/core"
 *
 * declare const rule: Rule.Rule<{ weeklyHours: number }>
 * declare const policy: Policy.Policy
 * Rule.evaluate(rule, policy, { weeklyHours: 39 }, Calendar.date("2025-01-01"))
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const evaluate = <I>(
  rule: Rule<I>,
  policy: Policy,
  input: I,
  at: When
): Result.Result<Finding, PolicyError> =>
  Result.map(rule.evaluate(policy, input, at), (outcome) => ({
    ...outcome,
    explanation: withRule(outcome.explanation, rule, policy),
    ruleId: rule.id,
    severity: rule.severity,
    unit: rule.shortfallUnit
  }))

const withRule = <I>(explanation: Explanation, rule: Rule<I>, policy: Policy): Explanation =>
  explanationOf({
    ...explanation.root,
    children: [
      ...explanation.root.children,
      step(`Rule: ${rule.title}`, { rule: { ruleId: rule.id, sources: sources(rule, policy) } })
    ]
  })

/**
 * Evaluates a rule book on one input: findings keyed by rule id, or every policy issue the
 * rules met (a missing parameter, no value in force) if any.
 *
 * @example
 * ```ts
 * import { Calendar, Rule, type Policy } from "@gip-sante/core"
 *
 * declare const rules: ReadonlyArray<Rule.Rule<{ weeklyHours: number }>>
 * declare const policy: Policy.Policy
 * Rule.evaluateAll(rules, policy, { weeklyHours: 39 }, Calendar.date("2025-01-01"))
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const evaluateAll = <I>(
  rules: ReadonlyArray<Rule<I>>,
  policy: Policy,
  input: I,
  at: When
): Result.Result<Record<string, Finding>, PolicyError> => {
  const findings: Record<string, Finding> = {}
  const issues: Array<PolicyError["issues"][number]> = []
  for (const rule of rules) {
    const result = evaluate(rule, policy, input, at)
    if (Result.isSuccess(result)) findings[rule.id] = result.success
    else issues.push(...result.failure.issues)
  }
  return issues.length === 0 ? Result.succeed(findings) : Result.fail(new PolicyError({ issues }))
}

/**
 * The findings that block: not met, with blocking severity.
 *
 * @example
 * ```ts
 * import { Rule } from "@gip-sante/core"
 *
 * declare const findings: Record<string, Rule.Finding>
 * Rule.blocking(findings).length === 0 // nothing blocks
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const blocking = (findings: Record<string, Finding> | ReadonlyArray<Finding>): Array<Finding> =>
  (Array.isArray(findings) ? findings : Object.values(findings)).filter(
    (f: Finding) => f.status === "notMet" && f.severity === "blocking"
  )

/**
 * Runs a rule's worked examples against a policy and returns those whose outcome differs from
 * the expected one (empty when all hold), with what was obtained.
 *
 * @example
 * ```ts
 * import { Rule, type Policy } from "@gip-sante/core"
 *
 * declare const rule: Rule.Rule<{ weeklyHours: number }>
 * declare const policy: Policy.Policy
 * Rule.failingExamples(rule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const failingExamples = <I>(
  rule: Rule<I>,
  policy: Policy
): Array<{ readonly example: Example<I>; readonly obtained: string }> => {
  const failures: Array<{ example: Example<I>; obtained: string }> = []
  for (const example of rule.examples ?? []) {
    const result = rule.evaluate(policy, example.input, example.at)
    const obtained = Result.isSuccess(result) ? result.success.status : `error: ${result.failure.message}`
    if (obtained !== example.expected) failures.push({ example, obtained })
  }
  return failures
}

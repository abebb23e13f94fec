/**
 * Parameters that earlier versions of the library read and the current one replaced, with what
 * replaced them: an override that still names one is told how to migrate. Internal.
 */
const contributionLines =
  'one parameter per contribution line replaced it (contributions.*: each rate, the social-security ceiling, the CSG base, the switches for unemployment insurance and the taxe sur les salaires); override the lines you know, or give your own policy file both pay.netShareOfGross and pay.employerContributionRate, without contribution lines, to keep the flat rates (see the core README, "Contributions")'

const retired: Readonly<Record<string, string>> = {
  "pay.netShareOfGross": contributionLines,
  "pay.employerContributionRate": contributionLines
}

/** How to migrate from a parameter an earlier version read, if `id` is one. */
export const migrationHint = (id: string): string | undefined =>
  Object.hasOwn(retired, id) ? retired[id] : undefined

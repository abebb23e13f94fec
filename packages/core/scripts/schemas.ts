import { Policy, Requirements } from "../src/index.js"

/**
 * The JSON Schemas shipped with the package (`@gip-sante/core/schemas/*.schema.json`) and their
 * expected content: the policy, checked as usable by every module, and the override.
 */
export const schemaFiles = (): Record<string, string> => ({
  "schemas/policy.schema.json": `${JSON.stringify(Policy.jsonSchema({ requirements: Requirements.all }), null, 2)}\n`,
  "schemas/override.schema.json": `${JSON.stringify(Policy.overrideJsonSchema({ requirements: Requirements.all }), null, 2)}\n`
})

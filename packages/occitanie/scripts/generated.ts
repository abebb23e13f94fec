import { Policy, Requirements } from "@gip-sante/core"
import { policyJson, programmeJson } from "../src/index.js"

/** The generated files of the package and their expected content. */
export const generatedFiles = (): Record<string, string> => ({
  "policy.schema.json": `${JSON.stringify(Policy.jsonSchema({ requirements: Requirements.all }), null, 2)}\n`,
  "policy.json": `${JSON.stringify(policyJson, null, 2)}\n`,
  "programme.json": `${JSON.stringify(programmeJson, null, 2)}\n`
})

import { ProgrammeData } from "../src/index.js"

/** The generated files of the package and their expected content. */
export const generatedFiles = (): Record<string, string> => ({
  "schemas/programme.schema.json": `${JSON.stringify(ProgrammeData.jsonSchema(), null, 2)}\n`
})

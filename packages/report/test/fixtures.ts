// The Occitanie preset read as a region's files: the policy and the programme data as JSON, so
// that this package's tests depend on no preset package.
import { readFileSync } from "node:fs"
import { Policy } from "@gip-sante/core"
import * as Result from "effect/Result"
import { ProgrammeData } from "../src/index.js"

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"))

// biome-ignore lint/suspicious/noExplicitAny: a parsed file, edited field by field by the tests as a region would
type Json = any

/** A fresh copy of Occitanie's `programme.json`, parsed. */
export const programmeJson = (): Json => read("../../occitanie/programme.json")

/** Occitanie's `policy.json`, decoded. */
export const policy: Policy.Policy = Policy.decodeUnsafe(read("../../occitanie/policy.json"))

/** Occitanie's `programme.json`, decoded. */
export const programme: ProgrammeData.Programme = ProgrammeData.decodeUnsafe(programmeJson())

/** Centre-Val de Loire's policy: Occitanie's `policy.json` with its `override.json`, decoded. */
export const cvlPolicy: Policy.Policy = Result.getOrThrow(
  Policy.decodeLayers([
    read("../../occitanie/policy.json"),
    read("../../centre-val-de-loire/src/override.json")
  ])
)

/** Centre-Val de Loire's `programme.json`, decoded. */
export const cvlProgramme: ProgrammeData.Programme = ProgrammeData.decodeUnsafe(
  read("../../centre-val-de-loire/src/programme.json")
)

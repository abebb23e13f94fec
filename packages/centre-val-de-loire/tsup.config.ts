import { defineConfig } from "tsup"
import { libraryBuild } from "../../scripts/library-build.js"

// The preset imports its JSON files with an import attribute, which Node accepts from 20.10 on
// (the packages need 20.19): a lower target would drop the attribute.
export default defineConfig({ ...libraryBuild, target: "node20.19" })

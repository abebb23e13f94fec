import { DuckDBInstance } from "@duckdb/node-api"
import { validEvent } from "./src/EventTable.ts"

const inst = await DuckDBInstance.create(":memory:", { threads: "2" })
const c = await inst.connect()
const t = async (label: string, s: string) => {
  const t0 = performance.now()
  const r = await c.runAndReadAll(s)
  console.log(label, (performance.now() - t0).toFixed(0), "ms", JSON.stringify(r.getRowsJson()))
}
const src = "read_parquet('/tmp/sim/log.parquet')"
for (let i = 0; i < 2; i++) {
  await t(
    "all cols",
    `select count(*) from ${src} where "type" is not null and "date" is not null and "centreId" is not null and coalesce("siteId",'')<>'x' and coalesce(clinicianId,'')<>'x' and coalesce(patientId,'')<>'x' and coalesce(ageBand,'')<>'x'`
  )
  await t("valid", `select count(*) from ${src} where ${validEvent}`)
  await t(
    "date regexp",
    `select count(*) from ${src} where regexp_full_match(date, '[0-9]{4}-[0-9]{2}-[0-9]{2}')`
  )
  await t("date cast", `select count(*) from ${src} where TRY_CAST(date AS DATE) IS NOT NULL`)
  await t(
    "date cheap",
    `select count(*) from ${src} where length(date) = 10 and date between '0001-01-01' and '9999-12-31' and substring(date, 5, 1) = '-' and substring(date, 8, 1) = '-'`
  )
}

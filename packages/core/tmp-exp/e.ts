import { Result } from "effect"
import { policyJson } from "../../occitanie/src/index.ts"
import { Policy, Requirements } from "../src/index.ts"

const t0 = performance.now()
const r = Policy.decode(policyJson, { requirements: Requirements.all })
console.log(performance.now() - t0, "ms")
if (Result.isFailure(r)) console.log(r.failure.message)
else console.log("ok")
const j = JSON.parse(JSON.stringify(policyJson))
j.parameters["consultation.targetPerHuor"] = j.parameters["consultation.targetPerHour"]
delete j.parameters["consultation.targetPerHour"]
j.parameters["pay.gp.grid"].unit = "eurosPerMonthGross"
j.parameters["pay.netShareOfGross"].history[0].value = 81.5
delete j.parameters["pay.midwife.grid"]
j.parameters["pay.gp.startingMonthlyNet"].history[0].value = "4800.00"
j.parameters["consultation.timeShare.admin"].history[0].value = 0.1
j.parameters["contract.maxWeeklyHours"].history[0].provenance.document = "S9"
j.parameters["contract.minWeeklyHours"].history[0].value = "x"
const r2 = Policy.decode(j, { requirements: Requirements.all })
if (Result.isFailure(r2)) console.log(r2.failure.message)

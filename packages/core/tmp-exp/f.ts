import { Result } from "effect"
import { policyJson } from "../../occitanie/src/index.ts"
import { Policy, Requirements } from "../src/index.ts"

const show = (f: (j: any) => void) => {
  const j = JSON.parse(JSON.stringify(policyJson))
  f(j)
  const r = Policy.decode(j, { requirements: Requirements.all })
  console.log(Result.isFailure(r) ? r.failure.message : "ok")
  console.log("--")
}
show((j) => {
  j.parameters["pay.gp.grid"].unit = "eurosPerMonthGross"
})
show((j) => {
  delete j.parameters["pay.gp.grid"]
})
show((j) => {
  j.parameters["pay.gp.startingMonthlyNet"].history[0].value = "4800.00"
})
show((j) => {
  j.parameters["pay.gp.maximumMonthlyNet"].history[0].value = "6000.00"
})
show((j) => {
  j.start = "2020-06-30"
})
show((j) => {
  j.parameters["pay.gp.grid"].type = "money"
})

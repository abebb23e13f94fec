// Where the command line takes the simulated event log from: the one import to change when the
// simulation moves to another package. Internal to the package.
export { simulate } from "@gip-sante/occitanie"

// One valid record of each event type, in \`Events.eventTypes\` order, as a file would give them
// (plain objects), shared by the Events test files. Plus a departure without its optional reason.
export const oneOfEachType: ReadonlyArray<Record<string, unknown>> = [
  {
    type: "consultation",
    date: "2025-06-02",
    centreId: "lodeve",
    siteId: "lodeve",
    clinicianId: "gp-1",
    patientId: "p-7f3a",
    ageBand: "65-79",
    complex: false,
    scheduling: "scheduled",
    mode: "inPerson",
    durationMinutes: 20
  },
  { type: "homeVisit", date: "2025-06-02", centreId: "c", clinicianId: "gp-1", patientId: "p-1" },
  { type: "pdsaShift", date: "2025-06-01", centreId: "c", clinicianId: "gp-1", kind: "sundayOrHoliday" },
  {
    type: "slot",
    date: "2025-06-02",
    centreId: "c",
    clinicianId: "gp-1",
    status: "unused",
    reservedForUnscheduled: true
  },
  {
    type: "regularDoctorDeclared",
    date: "2025-06-02",
    centreId: "c",
    clinicianId: "gp-1",
    patientId: "p-1",
    hadRegularDoctor: false
  },
  { type: "regularDoctorEnded", date: "2025-06-02", centreId: "c", clinicianId: "gp-1", patientId: "p-1" },
  {
    type: "staffHired",
    date: "2025-06-02",
    centreId: "c",
    staffId: "gp-1",
    profession: "gp",
    weeklyHours: 17.5
  },
  { type: "staffLeft", date: "2025-06-02", centreId: "c", staffId: "gp-1", reason: "selfEmployed" },
  { type: "centreOpened", date: "2025-11-03", centreId: "verdun", name: "Verdun-sur-Garonne", sites: 1 }
]

export const staffLeftWithoutReason: Record<string, unknown> = {
  type: "staffLeft",
  date: "2025-06-02",
  centreId: "c",
  staffId: "gp-1"
}

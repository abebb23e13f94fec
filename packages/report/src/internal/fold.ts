// One pass over an event log, in memory bounded by the accumulators' states (never the events):
// the programme KPIs over the report's window, and at each date a published figure is compared
// on, plus the few counts the report needs beside them. Internal to the package.
import { Calendar, type Events, Kpi } from "@gip-sante/core"
import type { Totals } from "../Report.js"

/** What one pass over the event log gives (public as `Report.Totals`). */
export type Fold = Totals

export interface EventFolder {
  readonly add: (event: Events.Event) => void
  readonly result: () => Fold
}

/**
 * Events in date order (`ordered`, as a simulation gives them): one KPI state, its result taken
 * on each cut-off date as the events cross it. Events in any order (files): one state per
 * period between cut-off dates, each event added to its period's alone, merged at the end (the
 * snapshot on a date is the merge of the periods up to it), so an event costs one `add` however
 * many dates there are. Events dated outside the window are only counted.
 */
export const eventFolder = (
  fullTimeWeeklyHours: number,
  window: { readonly from: string; readonly to: string },
  cutOffDates: ReadonlyArray<string>,
  ordered: boolean
): EventFolder => {
  const accumulator = Kpi.programmeKpis({ fullTimeWeeklyHours })
  let state = accumulator.empty()
  const dates = [...new Set(cutOffDates)].sort()
  // Unordered: periods[i] holds the events dated after dates[i - 1] up to dates[i]; the last,
  // those after every date.
  const periods = ordered ? [] : [...dates, undefined].map(() => accumulator.empty())
  const periodOf = (date: string): number => {
    let low = 0
    let high = dates.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (dates[mid]! < date) low = mid + 1
      else high = mid
    }
    return low
  }
  const pending = ordered ? [...dates] : []
  const snapshots = new Map<string, Kpi.ProgrammeKpis>()
  const homeVisitsByMonth = new Map<string, number>()
  const centreNames = new Map<string, string>()
  const openings: Array<string> = []
  const hires: Array<readonly [string, string]> = []
  const byType: Record<string, number> = {}
  let count = 0
  let outsideWindow = 0
  let complex = 0
  const add = (event: Events.Event): void => {
    if (event.date < window.from || event.date > window.to) {
      outsideWindow++
      return
    }
    // In date order, the state before the first event after a date is the state on it.
    while (pending.length > 0 && event.date > pending[0]!)
      snapshots.set(pending.shift()!, accumulator.result(state))
    if (ordered) state = accumulator.add(state, event)
    else {
      const i = periodOf(event.date)
      periods[i] = accumulator.add(periods[i]!, event)
    }
    count++
    byType[event.type] = (byType[event.type] ?? 0) + 1
    if (event.type === "consultation") {
      if (event.complex) complex++
    } else if (event.type === "homeVisit") {
      const month = Calendar.monthOf(event.date)
      homeVisitsByMonth.set(month, (homeVisitsByMonth.get(month) ?? 0) + 1)
    } else if (event.type === "centreOpened") {
      centreNames.set(event.centreId, event.name)
      openings.push(event.date)
    } else if (event.type === "staffHired") hires.push([event.date, event.profession])
  }
  const result = (): Fold => {
    if (!ordered) {
      state = accumulator.empty()
      periods.forEach((period, i) => {
        state = accumulator.merge(state, period)
        const date = dates[i]
        if (date !== undefined) snapshots.set(date, accumulator.result(state))
      })
    }
    const kpis = accumulator.result(state)
    for (const date of pending) snapshots.set(date, kpis)
    return {
      kpis,
      snapshots,
      events: count,
      outsideWindow,
      complexConsultations: complex,
      homeVisitsByMonth,
      centreNames,
      openings,
      hires,
      byType
    }
  }
  return { add, result }
}

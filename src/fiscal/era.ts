/**
 * Buddhist era (พ.ศ.) is the Common Era year plus 543; no month offset since 1941, when Thailand
 * moved New Year to 1 January.
 */
export const BUDDHIST_ERA_OFFSET = 543

function assertIntegerYear(year: number, label: string): void {
  // A fractional or NaN year would silently produce a nonsense fiscal year downstream.
  if (!Number.isInteger(year))
    throw new RangeError(`${label} must be an integer, got ${String(year)}`)
}

export function toBuddhistYear(ceYear: number): number {
  assertIntegerYear(ceYear, 'CE year')
  return ceYear + BUDDHIST_ERA_OFFSET
}

export function toCommonEraYear(beYear: number): number {
  assertIntegerYear(beYear, 'BE year')
  return beYear - BUDDHIST_ERA_OFFSET
}

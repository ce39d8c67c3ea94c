/**
 * Narrows a form control's string to a closed set of the contract (an enum of openapi.yaml), without a cast:
 * `if (oneOf(LEVELS, e.target.value)) setLevel(e.target.value)`.
 */
export function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return allowed.some((a) => a === value);
}

/** The value when it belongs to the set, else undefined: a filter from a URL or a form that names nothing valid filters nothing. */
export function member<T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined {
  return value != null && oneOf(allowed, value) ? value : undefined;
}

/** Lazy sequences for streamed multistatus bodies: nothing is computed before it is written. */
export function* lazyMap<T, U>(items: readonly T[], map: (item: T, index: number) => U): Generator<U> {
  for (let i = 0; i < items.length; i++) yield map(items[i]!, i)
}

export function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part
}

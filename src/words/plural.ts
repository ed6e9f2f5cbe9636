/** "1 error", "2 errors"; `nouns` for plurals that are not the noun plus s. */
export function plural(count: number | bigint, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 || count === 1n ? noun : nouns}`;
}

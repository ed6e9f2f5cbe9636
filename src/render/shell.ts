/** Quote for sh-like shells: single quotes, embedded ones closed and escaped. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** A word a POSIX shell reads back as `text`: bare when nothing in it is special, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w./:@%+=,-]+$/.test(text) ? text : shellQuote(text);
}

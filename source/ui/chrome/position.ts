/** `3/40`: the cursor's place in a list, `0/0` when it is empty. */
export function position(cursor: number, count: number): string {
  return `${count === 0 ? 0 : cursor + 1}/${count}`;
}

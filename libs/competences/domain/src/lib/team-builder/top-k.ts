/** The k first items under `compare`, kept sorted; one comparison rejects most offers. */
export class TopK<T> {
  private readonly items: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { items, k, compare } = this;
    if (items.length === k && compare(item, items[k - 1]) >= 0) return;
    let at = items.length;
    while (at > 0 && compare(item, items[at - 1]) < 0) at--;
    items.splice(at, 0, item);
    if (items.length > k) items.pop();
  }

  values(): readonly T[] {
    return this.items;
  }
}

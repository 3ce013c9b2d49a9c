/** What a search answered, as the bench compares and checks it. */
export interface FoundAgent {
  readonly id: string;
  readonly displayName: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly postTitle: string;
  readonly unitName: string | null;
  readonly directionName: string | null;
}

export interface SearchPage {
  readonly items: readonly FoundAgent[];
  readonly total: number;
}

export const pageOf = (items: readonly FoundAgent[], total: number): SearchPage => ({
  items: items.map(({ id, displayName, firstName, lastName, postTitle, unitName, directionName }) => ({
    id,
    displayName,
    firstName,
    lastName,
    postTitle,
    unitName,
    directionName,
  })),
  total,
});

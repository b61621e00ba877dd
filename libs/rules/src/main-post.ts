import { compareDates, type IsoDate } from '@luanchuyen/domain';
import { postsHeldOn, type CadreFacts, type HeldPost } from './facts';

// API.md `RotationInput.fromPositionId` defaults to "the cadre's current main post". A cadre
// may hold concurrent posts (the ward Party Secretary often chairs the People's Council): the
// main one is a post not held concurrently, the most senior, the longest held; ties by id so
// the answer never depends on the order the facts came in.

function mainFirst(a: HeldPost, b: HeldPost): number {
  const concurrent = (post: HeldPost) => (post.assignment.kind === 'CONCURRENT' ? 1 : 0);
  return (
    concurrent(a) - concurrent(b) ||
    b.position.rank - a.position.rank ||
    compareDates(a.assignment.startDate, b.assignment.startDate) ||
    (a.assignment.id < b.assignment.id ? -1 : 1)
  );
}

/** The post the cadre mainly holds on `date`, or null when they hold none. */
export function mainPostOn(facts: CadreFacts, date: IsoDate): HeldPost | null {
  return postsHeldOn(facts, date).sort(mainFirst)[0] ?? null;
}

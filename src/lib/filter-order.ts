/**
 * The order the search page lists a filter's values in. Pagefind lists them alphabetically and
 * its filter pane can sort them only alphabetically or by count (its `sort` attribute), which
 * puts the phases out of a conversation's order: "Their advice" first, "Their present" last.
 */
import { PHASES, PHASE_LABELS } from './vocabulary';

/** Filters whose values have an order of their own, by name: the phases as a conversation runs. */
export const FILTER_VALUE_ORDERS: Readonly<Record<string, readonly string[]>> = {
  phase: PHASES.map((phase) => PHASE_LABELS[phase]),
};

/** The values in the order given; any the order does not name follow, in the order they came. */
export function inFilterOrder(values: readonly string[], order: readonly string[]): string[] {
  const rank = (value: string) => {
    const place = order.indexOf(value);
    return place === -1 ? order.length : place;
  };
  return [...values].sort((first, second) => rank(first) - rank(second));
}

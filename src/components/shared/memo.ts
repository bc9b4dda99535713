/**
 * A component that renders again only when one of its props changed (compared with ===), for
 * long lists where one change must not redraw every row. Preact's own `memo` lives in
 * preact/compat, a few kilobytes the islands otherwise do without.
 */
import { Component, type ComponentChild, type ComponentType, type FunctionComponent } from 'preact';

/** `render` as a component that is skipped while its props stay the same. */
export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  return class Memoized extends Component<P> {
    static override displayName = render.displayName ?? render.name;

    override shouldComponentUpdate(next: P): boolean {
      const current = this.props as Record<string, unknown>;
      const incoming = next as Record<string, unknown>;
      let count = 0;
      for (const key in incoming) {
        if (current[key] !== incoming[key]) return true;
        count += 1;
      }
      // A prop that went away counts as a change too.
      for (const _ in current) count -= 1;
      return count !== 0;
    }

    override render(): ComponentChild {
      return render(this.props);
    }
  };
}

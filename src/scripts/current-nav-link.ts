/**
 * On a phone the header's links scroll sideways in one row, which CSS opens at the current
 * page's link (`scroll-initial-target`). Browsers without that property (Firefox and Safari
 * today) open the row at its start, where the current link can be cut off: this scrolls it
 * into view instead, only as far as it takes.
 */

/** Scrolls the header's row to the current page's link where CSS cannot. */
export function scrollToCurrentNavLink(): void {
  if (CSS.supports('scroll-initial-target', 'nearest')) return;
  const row = document.querySelector('.main-nav ul');
  const link = row?.querySelector('[aria-current]');
  if (row && link && row.scrollWidth > row.clientWidth)
    link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

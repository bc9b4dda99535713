/**
 * The circles of contacts figure: you in the middle, then hot, warm and cold contacts, and how
 * a conversation adds names. A hot contact gives you one or two new names (the number in the
 * method's rules), and an introduction turns a cold name into a warm one.
 */
import { NAMES_PER_CONVERSATION } from '../method-rules';
import { CONTACT_WARMTH, CONTACT_WARMTH_LABELS, type ContactWarmth } from '../vocabulary';
import { wrapText } from './wrap';

/** A point on the figure. */
export interface Point {
  x: number;
  y: number;
}

/** One ring of contacts. */
export interface ContactRing {
  warmth: ContactWarmth;
  label: string;
  who: string;
  /** The ring's outer radius, and where its name sits. */
  radius: number;
  labelAt: Point;
}

/** An arrow from one contact to another, with the arrowhead's three corners. */
export interface FlowArrow {
  from: Point;
  to: Point;
  head: [Point, Point, Point];
  /** Drawn dashed: a name that changes rings rather than a new one. */
  dashed: boolean;
}

/** A line of the legend under the circles: a ring's swatch, or the flow's arrow. */
export interface LegendRow {
  key: ContactWarmth | 'flow';
  lines: string[];
  y: number;
}

/** The whole figure, ready to draw. */
export interface ContactCirclesFigure {
  width: number;
  height: number;
  center: Point;
  /** The radius of "You" in the middle. */
  youRadius: number;
  /** Outermost first, so inner rings are drawn on top. */
  rings: ContactRing[];
  /** Contacts drawn as dots: the one you talk to, the names they give, and a cold name. */
  dots: { at: Point; filled: boolean }[];
  arrows: FlowArrow[];
  /** The labels beside the arrows, a line each, e.g. "+1 to 2" over "names". */
  flowLabels: { lines: string[]; at: Point }[];
  legend: LegendRow[];
  legendX: number;
  /** The figure as one sentence a screen reader can read. */
  description: string;
}

const CENTER: Point = { x: 180, y: 166 };
const YOU = 24;
const RADII: Record<ContactWarmth, number> = { hot: 62, warm: 110, cold: 158 };
/** Characters per legend line at the figure's size. */
const LEGEND_CHARS = 42;

/** The point at `radius` from the center, `degrees` clockwise from three o'clock. */
function polar(radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    x: round(CENTER.x + radius * Math.cos(radians)),
    y: round(CENTER.y + radius * Math.sin(radians)),
  };
}

/** An arrow that stops short of its target dot, with a head pointing at it. */
function arrow(from: Point, to: Point, dashed: boolean, gap = 9): FlowArrow {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const tip = { x: to.x - ux * gap, y: to.y - uy * gap };
  const back = { x: tip.x - ux * 8, y: tip.y - uy * 8 };
  const round = (value: number) => Math.round(value * 10) / 10;
  const corner = (side: number) => ({
    x: round(back.x - uy * 4 * side),
    y: round(back.y + ux * 4 * side),
  });
  return {
    from: { x: round(from.x + ux * gap), y: round(from.y + uy * gap) },
    to: { x: round(tip.x), y: round(tip.y) },
    head: [{ x: round(tip.x), y: round(tip.y) }, corner(1), corner(-1)],
    dashed,
  };
}

/** Lays out the circles of contacts. */
export function contactCircles(): ContactCirclesFigure {
  const inner: Record<ContactWarmth, number> = { hot: YOU, warm: RADII.hot, cold: RADII.warm };
  const rings = [...CONTACT_WARMTH].reverse().map((warmth) => ({
    warmth,
    ...CONTACT_WARMTH_LABELS[warmth],
    radius: RADII[warmth],
    labelAt: polar((inner[warmth] + RADII[warmth]) / 2, -90),
  }));
  const { min, max } = NAMES_PER_CONVERSATION;
  // A hot contact, lower left, hands on new names into the warm ring.
  const talkedTo = polar((YOU + RADII.hot) / 2, 135);
  const newNames = [polar(86, 118), polar(86, 152)];
  // A cold name, lower right, moves in once someone introduces you.
  const coldName = polar(134, 30);
  const introduced = polar(86, 52);
  const arrows = [
    ...newNames.map((name) => arrow(talkedTo, name, false)),
    arrow(coldName, introduced, true),
  ];
  const names = `${min} to ${max}`;
  let y = CENTER.y + RADII.cold + 30;
  const legend: LegendRow[] = [
    ...CONTACT_WARMTH.map((warmth) => {
      const { label, who } = CONTACT_WARMTH_LABELS[warmth];
      return { key: warmth, text: `${label}: ${who}` };
    }),
    {
      key: 'flow' as const,
      text: `Each conversation gives you ${names} new names; an introduction makes a name warm`,
    },
  ].map(({ key, text }) => {
    const lines = wrapText(text, LEGEND_CHARS);
    const row = { key, lines, y };
    y += lines.length * 16 + 8;
    return row;
  });
  const description = `Three circles of contacts around you: ${CONTACT_WARMTH.map((warmth) => {
    const { label, who } = CONTACT_WARMTH_LABELS[warmth];
    return `${label.toLowerCase()}, ${who}`;
  }).join(
    '; ',
  )}. Start with hot contacts and work outward. Each conversation gives you ${names} new names, and when someone introduces you, a cold name becomes a warm contact.`;
  return {
    width: 360,
    height: Math.round(y + 4),
    center: CENTER,
    youRadius: YOU,
    rings,
    dots: [
      { at: talkedTo, filled: true },
      ...newNames.map((at) => ({ at, filled: false })),
      { at: coldName, filled: false },
      { at: introduced, filled: false },
    ],
    arrows,
    flowLabels: [
      // Two short lines fit the cold ring beside the arrows; one long one would cross a ring.
      { lines: [`+${names}`, 'names'], at: polar(134, 150) },
      {
        lines: ['introduced'],
        at: { x: (coldName.x + introduced.x) / 2, y: Math.min(coldName.y, introduced.y) - 14 },
      },
    ],
    legend,
    legendX: 48,
    description,
  };
}

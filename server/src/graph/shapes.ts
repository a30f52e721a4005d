/*
 * The shape and icon of each state type, as SVG fragments in a node's own coordinates, so that
 * types are told apart at a glance (Choice hexagon, Succeed/Fail pills, Pass square corners...). Pure.
 */

/** The class suffix of a state type: 't-task', ..., 't-unknown' for a missing or unknown Type. */
export function typeClass(type: string | undefined): string {
  const known = ['Task', 'Pass', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];
  return 't-' + (type !== undefined && known.includes(type) ? type.toLowerCase() : 'unknown');
}

/** The outline of a state box of the given type and size. */
export function shapeSvg(type: string | undefined, width: number, height: number): string {
  switch (type) {
    case 'Choice':
      return `<polygon class="shape" points="${hexagon(width, height)}"/>`;
    case 'Succeed':
    case 'Fail':
      return rect(width, height, height / 2);
    case 'Pass':
      return rect(width, height, 1);
    case 'Parallel':
    case 'Map':
      return rect(width, height, 8);
    default:
      return rect(width, height, 6);
  }
}

function rect(width: number, height: number, radius: number): string {
  return `<rect class="shape" width="${width}" height="${height}" rx="${radius}"/>`;
}

function hexagon(width: number, height: number): string {
  const d = Math.min(14, height / 2);
  const points = [
    [d, 0],
    [width - d, 0],
    [width, height / 2],
    [width - d, height],
    [d, height],
    [0, height / 2],
  ];
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

/** A 14×14 stroke icon for the type. */
const ICONS: Readonly<Record<string, string>> = {
  Task: 'M8.5 1 3 8h4l-1.5 5L11 6H7z',
  Pass: 'M1 7h11M8 3l4 4-4 4',
  Choice: 'M7 1l6 6-6 6-6-6z',
  Wait: 'M7 1a6 6 0 1 0 0.01 0M7 4v3.5l2.5 1.5',
  Succeed: 'M1.5 7.5l3.5 3.5 7.5-8',
  Fail: 'M2.5 2.5l9 9M11.5 2.5l-9 9',
  Parallel: 'M3 1v12M7 1v12M11 1v12',
  Map: 'M1 3h12M1 7h12M1 11h12',
};

export function iconSvg(type: string | undefined, x: number, y: number): string {
  const d =
    type !== undefined && Object.prototype.hasOwnProperty.call(ICONS, type)
      ? ICONS[type]
      : 'M4 5a3 3 0 1 1 3 3v2M7 12.5v.5';
  return `<path class="icon" transform="translate(${x} ${y})" d="${d}"/>`;
}

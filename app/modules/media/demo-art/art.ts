import { hsl, n, SIZE, svgDocument, type Random } from "./canvas";

const PALETTES = [
  ["#f4e9d8", "#d1495b", "#edae49", "#00798c", "#30638e"],
  ["#1d3557", "#e63946", "#f1faee", "#a8dadc", "#457b9d"],
  ["#fdf0d5", "#780000", "#c1121f", "#003049", "#669bbc"],
  ["#283618", "#fefae0", "#dda15e", "#bc6c25", "#606c38"],
  ["#faedcd", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"],
  ["#22223b", "#f2e9e4", "#c9ada7", "#9a8c98", "#e0a458"],
] as const;

/** A framed abstract painting on a wall: circles and suns, colour fields, dotted leaves, or flowing bands. */
export function artScene(random: Random) {
  const [ground, ...colours] = random.pick(PALETTES);
  const portrait = random.chance(0.4);
  const width = portrait ? random.between(640, 760) : random.between(860, 960);
  const height = portrait ? random.between(860, 960) : random.between(640, 760);
  const left = (SIZE - width) / 2;
  const top = (SIZE - height) / 2 - 20;
  const frame = random.pick(["#2b2118", "#f5f0e6", "#8a6a43", "#111"]);
  const style = random.pick([circles, fields, leaves, bands]);
  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="${hsl(random.between(20, 60), random.between(5, 20), random.between(86, 93))}"/>`,
    `<rect x="${n(left + 14)}" y="${n(top + 22)}" width="${n(width + 40)}" height="${n(height + 40)}" fill="#000" opacity="0.18"/>`,
    `<rect x="${n(left - 24)}" y="${n(top - 24)}" width="${n(width + 48)}" height="${n(height + 48)}" fill="${frame}"/>`,
    `<clipPath id="canvas"><rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}"/></clipPath>`,
    `<g clip-path="url(#canvas)"><rect x="${n(left)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="${ground}"/>${style(random, { left, top, width, height }, colours)}</g>`,
  ];
  return svgDocument("", body.join(""));
}

interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

function circles(random: Random, area: Area, colours: readonly string[]) {
  const shapes: string[] = [];
  for (let index = 0; index < random.int(4, 7); index++) {
    const cx = area.left + random.between(0.15, 0.85) * area.width;
    const cy = area.top + random.between(0.15, 0.85) * area.height;
    const radius = random.between(60, 260);
    const rings = random.int(1, 4);
    for (let ring = 0; ring < rings; ring++) {
      shapes.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(radius * (1 - ring / (rings + 0.5)))}" fill="${random.pick(colours)}" opacity="${n(random.between(0.7, 1))}"/>`);
    }
  }
  const sunX = area.left + random.between(0.2, 0.8) * area.width;
  const sunY = area.top + random.between(0.2, 0.5) * area.height;
  const rays = Array.from({ length: 16 }, (_, index) => {
    const angle = (index / 16) * Math.PI * 2;
    return `M${n(sunX + 90 * Math.cos(angle))} ${n(sunY + 90 * Math.sin(angle))}L${n(sunX + 150 * Math.cos(angle))} ${n(sunY + 150 * Math.sin(angle))}`;
  }).join("");
  shapes.push(`<path d="${rays}" stroke="${colours[1]}" stroke-width="12" stroke-linecap="round"/><circle cx="${n(sunX)}" cy="${n(sunY)}" r="70" fill="${colours[1]}"/>`);
  return shapes.join("");
}

function fields(random: Random, area: Area, colours: readonly string[]) {
  const count = random.int(2, 4);
  const gap = 40;
  const fieldHeight = (area.height - gap * (count + 1)) / count;
  return Array.from({ length: count }, (_, index) => {
    const y = area.top + gap + index * (fieldHeight + gap);
    return `<rect x="${n(area.left + gap)}" y="${n(y)}" width="${n(area.width - gap * 2)}" height="${n(fieldHeight)}" rx="${n(random.between(6, 30))}" fill="${colours[index % colours.length]}" opacity="${n(random.between(0.75, 0.95))}"/>`;
  }).join("");
}

/** Leaves filled with lines and dots, after the Gond painters of central India. */
function leaves(random: Random, area: Area, colours: readonly string[]) {
  const cx = area.left + area.width / 2;
  const base = area.top + area.height * 0.92;
  const stem = `<path d="M${n(cx)} ${n(base)}Q${n(cx + random.between(-80, 80))} ${n(area.top + area.height * 0.5)} ${n(cx)} ${n(area.top + area.height * 0.1)}" stroke="${colours[3]}" stroke-width="16" fill="none"/>`;
  const shapes = [stem];
  const count = random.int(5, 8);
  for (let index = 0; index < count; index++) {
    const y = base - ((index + 1) / (count + 1)) * area.height * 0.8;
    const side = index % 2 === 0 ? -1 : 1;
    const length = random.between(150, 240);
    const angle = side * random.between(25, 60);
    const colour = random.pick(colours);
    const veins = Array.from({ length: 7 }, (_, vein) => `M${n(cx + ((vein + 1) * length) / 8)} ${n(y)}l${n(length / 12)} -${n(length / 7)}M${n(cx + ((vein + 1) * length) / 8)} ${n(y)}l${n(length / 12)} ${n(length / 7)}`).join("");
    const dots = Array.from({ length: 6 }, (_, dot) => `<circle cx="${n(cx + ((dot + 1) * length) / 7)}" cy="${n(y + (dot % 2 ? 14 : -14))}" r="5" fill="${colours[0]}"/>`).join("");
    shapes.push(
      `<g transform="rotate(${n(side === 1 ? -angle : 180 - angle)} ${n(cx)} ${n(y)})"><ellipse cx="${n(cx + length / 2)}" cy="${n(y)}" rx="${n(length / 2)}" ry="${n(length / 4.5)}" fill="${colour}"/><path d="M${n(cx)} ${n(y)}h${n(length)}${veins}" stroke="${colours[0]}" stroke-width="4" opacity="0.8"/>${dots}</g>`,
    );
  }
  return shapes.join("");
}

function bands(random: Random, area: Area, colours: readonly string[]) {
  return Array.from({ length: random.int(4, 7) }, (_, index) => {
    const y = area.top + random.between(0.05, 0.95) * area.height;
    const lift = random.between(-200, 200);
    return `<path d="M${n(area.left - 40)} ${n(y)}C${n(area.left + area.width * 0.3)} ${n(y + lift)} ${n(area.left + area.width * 0.6)} ${n(y - lift)} ${n(area.left + area.width + 40)} ${n(y + random.between(-80, 80))}" stroke="${colours[index % colours.length]}" stroke-width="${n(random.between(30, 110))}" stroke-linecap="round" fill="none" opacity="${n(random.between(0.75, 1))}"/>`;
  }).join("");
}

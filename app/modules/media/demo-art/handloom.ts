import { hsl, n, SIZE, svgDocument, verticalGradient, type Random } from "./canvas";

/** Colours of woven stoles and shawls: each list is ground, then accents. */
const PALETTES = [
  ["#7a1f2b", "#e0b040", "#f4ead5", "#2d1a12"],
  ["#1f3a68", "#f2efe6", "#e07a2e", "#c9a227"],
  ["#2f5233", "#e3b448", "#b5332e", "#f3ecd9"],
  ["#161616", "#c81d25", "#f2c14e", "#f7f7f2"],
  ["#d65f8a", "#1b7f79", "#f6e7cb", "#3b2f63"],
  ["#f1e4c8", "#8c2f39", "#2e5e4e", "#d9a441"],
  ["#5b2a86", "#f4d35e", "#ee964b", "#faf0ca"],
  ["#c2571a", "#263238", "#f6d8ae", "#7cb8b1"],
] as const;

/** A hand-woven stole laid out across the picture: striped borders, rows of diamonds, a fringed end. */
export function handloomScene(random: Random) {
  const [ground, ...accents] = random.pick(PALETTES);
  const tilt = random.between(-9, 9);
  const width = random.between(620, 780);
  const left = (SIZE - width) / 2;
  const fringeAt = random.between(930, 1060);
  const defs = [
    verticalGradient("floor", [
      [0, hsl(random.between(25, 45), random.between(10, 25), random.between(82, 90))],
      [1, hsl(random.between(25, 45), random.between(10, 25), random.between(68, 76))],
    ]),
    `<clipPath id="cloth"><rect x="${n(left)}" y="-300" width="${n(width)}" height="${n(fringeAt + 300)}"/></clipPath>`,
  ];

  const cloth = [`<rect x="${n(left)}" y="-300" width="${n(width)}" height="${n(fringeAt + 300)}" fill="${ground}"/>`];
  cloth.push(...borderStripes(random, left, width, accents));
  let y = random.between(-240, -120);
  for (;;) {
    const band = random.pick(["diamonds", "stripes", "zigzag", "plain"] as const);
    const height = band === "plain" ? random.between(40, 110) : random.between(70, 150);
    if (y + height > fringeAt - 90) break;
    if (band === "diamonds") cloth.push(diamondRow(random, left, width, y, height, accents));
    else if (band === "stripes") cloth.push(stripeBand(random, left, width, y, height, accents));
    else if (band === "zigzag") cloth.push(zigzagBand(random, left, width, y, height, accents));
    y += height + random.between(20, 60);
  }
  cloth.push(`<rect x="${n(left)}" y="${n(fringeAt - 70)}" width="${n(width)}" height="70" fill="${accents[0]}"/>`);
  cloth.push(weaveTexture(left, width, fringeAt));

  const fringe = Array.from({ length: Math.floor(width / 14) }, (_, index) => {
    const x = left + 7 + index * 14;
    const length = random.between(55, 85);
    return `<path d="M ${n(x)} ${n(fringeAt)} q ${n(random.between(-6, 6))} ${n(length / 2)} ${n(random.between(-10, 10))} ${n(length)}" stroke="${index % 3 === 0 ? accents[0] : ground}" stroke-width="5" stroke-linecap="round" fill="none"/>`;
  });

  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#floor)"/>`,
    `<g transform="rotate(${n(tilt)} 600 600)">`,
    `<rect x="${n(left + 18)}" y="-300" width="${n(width)}" height="${n(fringeAt + 318)}" fill="#000" opacity="0.18"/>`,
    `<g clip-path="url(#cloth)">${cloth.join("")}</g>`,
    fringe.join(""),
    `</g>`,
  ];
  return svgDocument(defs.join(""), body.join(""));
}

function borderStripes(random: Random, left: number, width: number, accents: readonly string[]) {
  const stripes: string[] = [];
  let offset = random.between(14, 30);
  for (let index = 0; index < random.int(2, 4); index++) {
    const stripe = random.between(8, 26);
    const colour = accents[index % accents.length]!;
    stripes.push(`<rect x="${n(left + offset)}" y="-300" width="${n(stripe)}" height="1800" fill="${colour}"/>`);
    stripes.push(`<rect x="${n(left + width - offset - stripe)}" y="-300" width="${n(stripe)}" height="1800" fill="${colour}"/>`);
    offset += stripe + random.between(6, 18);
  }
  return stripes;
}

function diamondRow(random: Random, left: number, width: number, top: number, height: number, accents: readonly string[]) {
  const [outer, inner] = [random.pick(accents), random.pick(accents)];
  const count = random.int(4, 7);
  const step = (width - 120) / count;
  const half = Math.min(step, height) / 2;
  const cy = top + height / 2;
  const diamonds = Array.from({ length: count }, (_, index) => {
    const cx = left + 60 + step * (index + 0.5);
    const points = (radius: number) => `${n(cx)},${n(cy - radius)} ${n(cx + radius)},${n(cy)} ${n(cx)},${n(cy + radius)} ${n(cx - radius)},${n(cy)}`;
    return `<polygon points="${points(half * 0.95)}" fill="${outer}"/><polygon points="${points(half * 0.5)}" fill="${inner === outer ? "#fff" : inner}"/><polygon points="${points(half * 0.18)}" fill="${outer}"/>`;
  });
  const rules = `<rect x="${n(left)}" y="${n(top - 8)}" width="${n(width)}" height="5" fill="${outer}"/><rect x="${n(left)}" y="${n(top + height + 3)}" width="${n(width)}" height="5" fill="${outer}"/>`;
  return rules + diamonds.join("");
}

function stripeBand(random: Random, left: number, width: number, top: number, height: number, accents: readonly string[]) {
  const stripes: string[] = [];
  let y = top;
  while (y < top + height) {
    const thickness = random.between(5, 22);
    stripes.push(`<rect x="${n(left)}" y="${n(y)}" width="${n(width)}" height="${n(thickness)}" fill="${random.pick(accents)}"/>`);
    y += thickness + random.between(4, 14);
  }
  return stripes.join("");
}

function zigzagBand(random: Random, left: number, width: number, top: number, height: number, accents: readonly string[]) {
  const teeth = random.int(8, 14);
  const step = width / teeth;
  const points = Array.from({ length: teeth + 1 }, (_, index) => `${n(left + index * step)},${n(index % 2 === 0 ? top + height * 0.2 : top + height * 0.8)}`).join(" ");
  return `<polyline points="${points}" fill="none" stroke="${random.pick(accents)}" stroke-width="${n(random.between(10, 22))}" stroke-linejoin="miter"/>`;
}

/** Fine threads over the whole cloth (drawn as lines: an SVG pattern this fine renders ten times slower). */
function weaveTexture(left: number, width: number, bottom: number) {
  const weft = Array.from({ length: Math.ceil((bottom + 300) / 8) }, (_, index) => `M${n(left)} ${-300 + index * 8}h${n(width)}`).join("");
  const warp = Array.from({ length: Math.ceil(width / 8) }, (_, index) => `M${n(left + index * 8)} -300v${n(bottom + 300)}`).join("");
  return `<path d="${weft}" stroke="#000" stroke-opacity="0.09" stroke-width="2.5"/><path d="${warp}" stroke="#fff" stroke-opacity="0.06" stroke-width="3"/>`;
}

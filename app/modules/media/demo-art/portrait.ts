import { hsl, n, SIZE, svgDocument, verticalGradient, type Random } from "./canvas";

/**
 * A maker's picture that shows no one: a flat silhouette of head and shoulders, sometimes with a
 * scarf, in front of a woven or floral motif. Deliberately never a face.
 */
export function portraitScene(random: Random) {
  const hue = random.between(0, 360);
  const defs = [
    verticalGradient("light", [
      [0, hsl(hue, random.between(35, 60), random.between(78, 88))],
      [1, hsl(hue + random.between(-30, 30), random.between(35, 60), random.between(60, 72))],
    ]),
  ];
  const motifColour = hsl(hue + 180, 40, random.between(55, 70));
  const figure = hsl(hue + random.between(-40, 40), random.between(20, 45), random.between(22, 36));
  const cx = SIZE / 2 + random.between(-60, 60);
  const headY = random.between(430, 500);
  const headRadius = random.between(135, 165);
  const spread = random.between(430, 500);
  const shoulders = `M ${n(cx - spread - 20)} ${SIZE} L ${n(cx - spread)} ${n(headY + 470)} C ${n(cx - spread + 10)} ${n(headY + 330)}, ${n(cx - spread + 60)} ${n(headY + 285)}, ${n(cx - spread + 170)} ${n(headY + 270)} Q ${n(cx - 150)} ${n(headY + 245)} ${n(cx - 90)} ${n(headY + 205)} L ${n(cx + 90)} ${n(headY + 205)} Q ${n(cx + 150)} ${n(headY + 245)} ${n(cx + spread - 170)} ${n(headY + 270)} C ${n(cx + spread - 60)} ${n(headY + 285)}, ${n(cx + spread - 10)} ${n(headY + 330)}, ${n(cx + spread)} ${n(headY + 470)} L ${n(cx + spread + 20)} ${SIZE} Z`;
  const shawlY = headY + random.between(330, 420);
  const shawl = [hsl(hue + 150, 55, 45), hsl(hue + 40, 65, 55)].map((colour, index) => `<rect x="0" y="${n(shawlY + index * 70)}" width="${SIZE}" height="${index === 0 ? 46 : 22}" fill="${colour}"/>`);
  const diamonds = Array.from({ length: 12 }, (_, index) => {
    const x = index * 100 + 50;
    const y = shawlY + 140;
    return `<polygon points="${x},${n(y - 26)} ${x + 26},${n(y)} ${x},${n(y + 26)} ${x - 26},${n(y)}" fill="${hsl(hue + 40, 65, 60)}"/>`;
  });
  const scarf = random.chance(0.5)
    ? `<path d="M ${n(cx - headRadius * 1.25)} ${n(headY + headRadius * 1.6)} Q ${n(cx - headRadius * 1.35)} ${n(headY - headRadius * 1.45)} ${n(cx)} ${n(headY - headRadius * 1.2)} Q ${n(cx + headRadius * 1.35)} ${n(headY - headRadius * 1.45)} ${n(cx + headRadius * 1.25)} ${n(headY + headRadius * 1.6)} Z" fill="${hsl(hue + 150, 55, 40)}"/>`
    : "";
  const body = [
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#light)"/>`,
    random.chance(0.5) ? rings(random, motifColour) : petals(random, motifColour),
    scarf,
    `<clipPath id="shoulders"><path d="${shoulders}"/></clipPath>`,
    `<path d="${shoulders}" fill="${figure}"/>`,
    random.chance(0.7) ? `<g clip-path="url(#shoulders)" transform="rotate(${n(random.between(-8, 8))} ${n(cx)} ${n(shawlY)})">${shawl.join("")}${diamonds.join("")}</g>` : "",
    `<rect x="${n(cx - headRadius * 0.42)}" y="${n(headY + headRadius * 0.6)}" width="${n(headRadius * 0.84)}" height="${n(headRadius)}" fill="${figure}"/>`,
    `<ellipse cx="${n(cx)}" cy="${n(headY)}" rx="${n(headRadius * 0.86)}" ry="${n(headRadius)}" fill="${figure}"/>`,
  ];
  return svgDocument(defs.join(""), body.join(""));
}

function rings(random: Random, colour: string) {
  const cx = random.between(300, 900);
  const cy = random.between(250, 500);
  return Array.from({ length: 9 }, (_, index) => `<circle cx="${n(cx)}" cy="${n(cy)}" r="${80 + index * 75}" fill="none" stroke="${colour}" stroke-width="${n(random.between(10, 26))}" opacity="0.45"/>`).join("");
}

function petals(random: Random, colour: string) {
  const flowers: string[] = [];
  for (let index = 0; index < random.int(6, 10); index++) {
    const cx = random.between(60, 1140);
    const cy = random.between(60, 800);
    const size = random.between(40, 90);
    const petal = Array.from({ length: 6 }, (_, leaf) => `<ellipse cx="${n(cx)}" cy="${n(cy - size)}" rx="${n(size * 0.45)}" ry="${n(size)}" transform="rotate(${leaf * 60} ${n(cx)} ${n(cy)})"/>`).join("");
    flowers.push(`<g fill="${colour}" opacity="0.5">${petal}</g>`);
  }
  return flowers.join("");
}

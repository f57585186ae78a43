import sharp from "sharp";
import { artScene } from "./demo-art/art";
import { seededRandom, type Random } from "./demo-art/canvas";
import { handicraftScene } from "./demo-art/handicraft";
import { handloomScene } from "./demo-art/handloom";
import { honeyScene } from "./demo-art/honey";
import { portraitScene } from "./demo-art/portrait";

export type DemoImageKind = "honey" | "handloom" | "handicraft" | "art" | "portrait";

const SCENES: Record<DemoImageKind, { offset: number; draw: (random: Random) => string }> = {
  honey: { offset: 1, draw: honeyScene },
  handloom: { offset: 2, draw: handloomScene },
  handicraft: { offset: 3, draw: handicraftScene },
  art: { offset: 4, draw: artScene },
  portrait: { offset: 5, draw: portraitScene },
};

/** The SVG source of a demo picture; the same kind and seed always give the same picture. */
export function demoSvg(kind: DemoImageKind, seed: number): string {
  const scene = SCENES[kind];
  return scene.draw(seededRandom(Math.imul(seed + 1, 2654435761) ^ (scene.offset * 40503)));
}

/**
 * A made-up product photo (1200×1200 JPEG) for demo data, drawn from shapes: no downloads, no fonts,
 * no faces (a portrait is an abstract silhouette).
 */
export async function demoProductImage(kind: DemoImageKind, seed: number): Promise<Buffer> {
  return sharp(Buffer.from(demoSvg(kind, seed))).jpeg({ quality: 86 }).toBuffer();
}

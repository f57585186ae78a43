import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { gifImage, jpegPhoto, jpegWithGpsExif, pngClaiming, svgImage, transparentPng } from "../../../tests/fixtures/images";
import { cleanImage, ImageRejectedError, MAX_IMAGE_BYTES, MAX_STORED_EDGE, type ImageProblem } from "./clean-image.server";

async function refusal(bytes: Buffer): Promise<ImageProblem> {
  const error = await cleanImage(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return (error as ImageRejectedError).problem;
}

describe("cleanImage", () => {
  it("keeps a JPEG photo as JPEG at its size", async () => {
    const cleaned = await cleanImage(await jpegPhoto(1600, 1200));
    expect(cleaned).toMatchObject({ width: 1600, height: 1200, format: "jpeg" });
    expect((await sharp(cleaned.data).metadata()).format).toBe("jpeg");
  });

  it("turns a transparent PNG into WebP, keeping the transparency", async () => {
    const cleaned = await cleanImage(await transparentPng());
    expect(cleaned.format).toBe("webp");
    expect(await sharp(cleaned.data).metadata()).toMatchObject({ format: "webp", hasAlpha: true, width: 800, height: 600 });
  });

  it("removes EXIF (GPS position, camera) and turns a sideways photo upright", async () => {
    const phone = await jpegWithGpsExif(1200, 800);
    expect((await sharp(phone).metadata()).exif?.length).toBeGreaterThan(0);
    const cleaned = await cleanImage(phone);
    const metadata = await sharp(cleaned.data).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(cleaned.data.includes(Buffer.from("PhoneMaker"))).toBe(false);
    expect([metadata.width, metadata.height]).toEqual([800, 1200]);
  });

  it("shrinks a very large photo to the stored maximum", async () => {
    const cleaned = await cleanImage(await jpegPhoto(3200, 2400));
    expect([cleaned.width, cleaned.height]).toEqual([MAX_STORED_EDGE, 1920]);
  });

  it("reads AVIF", async () => {
    const avif = await sharp(await jpegPhoto(600, 400)).avif({ effort: 0 }).toBuffer();
    expect(await cleanImage(avif)).toMatchObject({ format: "jpeg", width: 600, height: 400 });
  });

  it("refuses what is not a usable image, saying what is wrong", async () => {
    const photo = await jpegPhoto();
    expect(await refusal(Buffer.alloc(0))).toBe("empty");
    expect(await refusal(Buffer.from("Dear diary, this is a text file renamed to photo.jpg\n"))).toBe("notAnImage");
    expect(await refusal(photo.subarray(0, Math.floor(photo.length / 2)))).toBe("damaged");
    expect(await refusal(Buffer.concat([photo, Buffer.alloc(MAX_IMAGE_BYTES)]))).toBe("tooLarge");
    expect(await refusal(await gifImage())).toBe("unsupportedFormat");
    expect(await refusal(svgImage())).toBe("unsupportedFormat");
    const tiff = await sharp(photo).tiff().toBuffer();
    expect(await refusal(tiff)).toBe("unsupportedFormat");
  });

  it("refuses an image with too many pixels before decoding it", async () => {
    const bomb = await pngClaiming(10_000, 10_000);
    expect(await sharp(bomb).metadata()).toMatchObject({ width: 10_000, height: 10_000 });
    expect(await refusal(bomb)).toBe("tooManyPixels");
  });

  it("gives each refusal a message and an i18n key", () => {
    const error = new ImageRejectedError("tooLarge", "16000000 bytes");
    expect(error.message).toBe("The file is larger than 15 MB (16000000 bytes)");
    expect(error.messageKey).toBe("media.rejected.tooLarge");
  });
});

import sharp from 'sharp';

export async function toWebpThumbnail(image: Uint8Array, width: number): Promise<Buffer> {
  return sharp(image)
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}

import { escapeMarkup } from '../../src/render/markup.js';

/**
 * The page's exports of the step on screen: files the browser downloads (the SVG export's
 * document, or it drawn into a PNG), text put on the clipboard (the table as Markdown, the embed
 * code), all made by the library's writers (`src/render/`), as the CLI's are.
 */

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const svgBlob = (svg: string): Blob => new Blob([svg], { type: 'image/svg+xml' });

/** The SVG drawn at twice its size (sharp on high-density screens and in print). */
export async function pngBlob(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** An iframe of the page's embed mode (`#embed:…`) for `url`. */
export function embedCode(url: string, title: string): string {
  return `<iframe src="${escapeMarkup(url)}" title="${escapeMarkup(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}

/** Puts `text` on the clipboard; false where the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How the privacy page and the import check give a size in words. */
import { formatCount } from './plural';

/** A size in words: "12.4 MB", "800 kB". */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${formatCount(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

import { statfs } from 'node:fs/promises';

/**
 * Fails with a clear message unless `dir`'s file system has `neededMb`
 * free for an unprivileged user.
 */
export async function checkFreeSpace(
  dir: string,
  neededMb: number,
): Promise<void> {
  const stats = await statfs(dir);
  const freeMb = (stats.bavail * stats.bsize) / 1024 / 1024;
  if (freeMb >= neededMb) return;

  throw new Error(
    `not enough free disk space in ${dir}: the import bench needs about ` +
      `${Math.ceil(neededMb)} MB (a generated file, its store and ` +
      `SQLite's temporary files), only ${Math.floor(freeMb)} MB is free. ` +
      'Free some space, point TMPDIR elsewhere or pass a smaller --size-mb.',
  );
}

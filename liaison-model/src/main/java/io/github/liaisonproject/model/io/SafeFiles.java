package io.github.liaisonproject.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading input files without trusting them: only regular files (not devices such as
 * {@code /dev/zero}, FIFOs, sockets or folders, also when reached through a link), through a
 * bounded stream (a file that grows while read, or lies about its size, is cut off at the limit),
 * and, for files of a folder, only files that stay inside it (a link out of the folder is refused).
 */
public final class SafeFiles {
  private SafeFiles() {}

  /** The default limit of {@link #readText(Path)}: 16 MB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /**
   * Thrown for a file that is not a regular file, too large, or outside its folder; its message says which
   * and what to give instead.
   */
  public static final class UnsafeFileException extends IOException {
    /**
     * An exception with this message.
     *
     * @param message what is wrong with the file
     */
    public UnsafeFileException(String message) {
      super(message);
    }
  }

  /**
   * {@return the bytes of a regular file, at most {@code maxBytes}}
   *
   * @param file the file; not null
   * @param maxBytes the most bytes accepted
   * @throws UnsafeFileException when it is not a regular file or holds more than {@code maxBytes}
   * @throws IOException when it cannot be read
   */
  public static byte[] read(Path file, long maxBytes) throws IOException {
    requireRegular(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new UnsafeFileException("the file is larger than " + maxBytes + " bytes; is it the right file?");
      }
      return bytes;
    }
  }

  /**
   * {@return a regular file's text (UTF-8, malformed bytes replaced), at most {@link #DEFAULT_MAX_BYTES}}
   *
   * @param file the file; not null
   * @throws UnsafeFileException when it is not a regular file or is larger
   * @throws IOException when it cannot be read
   */
  public static String readText(Path file) throws IOException {
    return new String(read(file, DEFAULT_MAX_BYTES), StandardCharsets.UTF_8);
  }

  /**
   * Refuses anything but a regular file (links followed): devices, FIFOs and folders are refused
   * before they are opened (opening a FIFO would block).
   *
   * @param file the path; not null
   * @throws UnsafeFileException when it is not a regular file
   * @throws IOException when its attributes cannot be read (it does not exist, say)
   */
  public static void requireRegular(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (!a.isRegularFile()) {
      throw new UnsafeFileException("not a regular file (" + (a.isDirectory() ? "a folder" : "a device, FIFO or socket")
          + "): give a file");
    }
  }

  /**
   * Refuses a file that, with every link resolved, lies outside {@code folder} (links within the
   * folder are fine; a link or {@code ..} out of it is not).
   *
   * @param folder the folder; not null, existing
   * @param file the file; not null, existing
   * @throws UnsafeFileException when the file leaves the folder
   * @throws IOException when either path cannot be resolved
   */
  public static void requireInside(Path folder, Path file) throws IOException {
    Path root = folder.toRealPath();
    Path real = file.toRealPath();
    if (!real.startsWith(root)) {
      throw new UnsafeFileException("leaves the folder " + folder + " (it resolves to " + real
          + "): files of an author folder stay inside it");
    }
  }

  /**
   * {@return true when the path itself (not what it links to) is a symbolic link}
   * @param file the path; not null
   */
  public static boolean isLink(Path file) {
    return Files.isSymbolicLink(file) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS) && Files.exists(file);
  }
}

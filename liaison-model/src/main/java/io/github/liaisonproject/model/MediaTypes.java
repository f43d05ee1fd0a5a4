package io.github.liaisonproject.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Media types of attachments, and which of them §2.3 calls generally readable. */
public final class MediaTypes {
  private MediaTypes() {}

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("pdf", "application/pdf"),
      Map.entry("html", "text/html"),
      Map.entry("htm", "text/html"),
      Map.entry("txt", "text/plain"),
      Map.entry("text", "text/plain"),
      Map.entry("md", "text/markdown"),
      Map.entry("doc", "application/msword"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xls", "application/vnd.ms-excel"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("ppt", "application/vnd.ms-powerpoint"),
      Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
      Map.entry("zip", "application/zip"),
      Map.entry("xml", "application/xml"),
      Map.entry("yang", "application/yang"));

  // §2.3: "PDF, W3C HTML (without proprietary extensions), or UTF-8 encoded plain/text format".
  private static final Set<String> READABLE = Set.of("application/pdf", "text/html", "text/plain");

  /**
   * {@return the media type a file name's extension implies (ignoring case), or "" when the extension is
   * unknown}
   * @param fileName the file name; not null
   */
  public static String byFileName(String fileName) {
    String name = fileName.trim().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) {
      return "";
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1), "");
  }

  /**
   * {@return true for PDF, HTML and plain text, §2.3's generally readable formats (parameters such as charset
   * are ignored)}
   * @param mediaType the media type ("text/plain; charset=utf-8"); not null
   */
  public static boolean isGenerallyReadable(String mediaType) {
    String base = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return READABLE.contains(base);
  }
}

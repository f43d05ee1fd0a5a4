package io.github.liaisonproject.model;

import io.github.liaisonproject.model.validation.NotBlankIfPresent;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document enclosed with the statement (§2.3): a file (name and media type) or a URL, possibly
 * an Internet-Draft. When it is a document the transmission rules (§4.3) must judge, say which in
 * {@link #getDocument()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttachment.class)
@JsonDeserialize(as = ImmutableAttachment.class)
public abstract class Attachment {
  public abstract Optional<@NotBlankIfPresent @Size(max = 500) @SingleLine String> getTitle();

  /** The file name with its extension ("ls123.docx"); empty for a URL attachment. */
  public abstract Optional<@NotBlankIfPresent @Size(max = 255) @SingleLine String> getFileName();

  /** The media type ("application/pdf"); when missing it is guessed from the file extension. */
  public abstract Optional<@NotBlankIfPresent @Size(max = 255) @SingleLine String> getMediaType();

  /** A URL to the document, instead of a file. */
  public abstract Optional<URI> getUri();

  /** The document this attachment is, for the §4.3 transmission rules. */
  public abstract Optional<@Valid DocumentReference> getDocument();

  @AssertTrue(message = "an attachment needs a fileName or a uri")
  @JsonIgnore
  public boolean isFileOrUri() {
    return getFileName().isPresent() || getUri().isPresent();
  }

  @JsonIgnore
  public boolean isFile() {
    return getFileName().isPresent();
  }

  /** The media type given, else the one its extension implies ("" when unknown). */
  @JsonIgnore
  public String getEffectiveMediaType() {
    if (getMediaType().isPresent()) {
      return getMediaType().get().trim().toLowerCase(Locale.ROOT);
    }
    return MediaTypes.byFileName(getFileName().orElse(""));
  }

  /**
   * PDF, W3C HTML or UTF-8 plain text (§2.3's "generally readable" formats), or a URL, which the
   * reader opens in a browser.
   */
  @JsonIgnore
  public boolean isGenerallyReadable() {
    return !isFile() || MediaTypes.isGenerallyReadable(getEffectiveMediaType());
  }

  /** The file name without its extension, lower case; "" for a URL. Versions of one document share it. */
  @JsonIgnore
  public String getBaseName() {
    String name = getFileName().orElse("").trim().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public static Attachment file(String fileName) {
    return ImmutableAttachment.builder().fileName(fileName).build();
  }

  public static Attachment file(String fileName, String mediaType) {
    return ImmutableAttachment.builder().fileName(fileName).mediaType(mediaType).build();
  }

  public static Attachment url(URI uri) {
    return ImmutableAttachment.builder().uri(uri).build();
  }

  public static ImmutableAttachment.Builder builder() {
    return ImmutableAttachment.builder();
  }
}

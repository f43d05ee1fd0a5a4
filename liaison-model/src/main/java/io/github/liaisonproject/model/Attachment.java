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
  /** {@return the attachment's title, when given} */
  public abstract Optional<@NotBlankIfPresent @Size(max = 500) @SingleLine String> getTitle();

  /** {@return the file name with its extension ("ls123.docx"); empty for a URL attachment} */
  public abstract Optional<@NotBlankIfPresent @Size(max = 255) @SingleLine String> getFileName();

  /**
   * {@return the media type given ("application/pdf"); when missing, {@link #getEffectiveMediaType()} guesses
   * it from the extension}
   */
  public abstract Optional<@NotBlankIfPresent @Size(max = 255) @SingleLine String> getMediaType();

  /** {@return a URL to the document, instead of a file, when given} */
  public abstract Optional<URI> getUri();

  /** {@return the document this attachment is, for the §4.3 transmission rules, when said} */
  public abstract Optional<@Valid DocumentReference> getDocument();

  /** {@return true when it has a file name or a URI; a constraint of the default validation group} */
  @AssertTrue(message = "an attachment needs a fileName or a uri")
  @JsonIgnore
  public boolean isFileOrUri() {
    return getFileName().isPresent() || getUri().isPresent();
  }

  /** {@return true for an attached file (it has a file name), false for a link} */
  @JsonIgnore
  public boolean isFile() {
    return getFileName().isPresent();
  }

  /**
   * {@return the media type given (trimmed, lower case), else the one its extension implies; "" when unknown}
   */
  @JsonIgnore
  public String getEffectiveMediaType() {
    if (getMediaType().isPresent()) {
      return getMediaType().get().trim().toLowerCase(Locale.ROOT);
    }
    return MediaTypes.byFileName(getFileName().orElse(""));
  }

  /**
   * {@return true for PDF, W3C HTML or UTF-8 plain text (§2.3's "generally readable" formats), and for a URL,
   * which the reader opens in a browser}
   */
  @JsonIgnore
  public boolean isGenerallyReadable() {
    return !isFile() || MediaTypes.isGenerallyReadable(getEffectiveMediaType());
  }

  /**
   * {@return the file name without its extension, lower case; "" for a URL. Versions of one document share
   * it.}
   */
  @JsonIgnore
  public String getBaseName() {
    String name = getFileName().orElse("").trim().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * {@return an attached file; its media type is implied by the extension}
   * @param fileName the file name with its extension; not null
   */
  public static Attachment file(String fileName) {
    return ImmutableAttachment.builder().fileName(fileName).build();
  }

  /**
   * {@return an attached file of the given media type}
   * @param fileName the file name with its extension; not null
   * @param mediaType the media type ("application/pdf"); not null
   */
  public static Attachment file(String fileName, String mediaType) {
    return ImmutableAttachment.builder().fileName(fileName).mediaType(mediaType).build();
  }

  /**
   * {@return a link to the document}
   * @param uri where it is; not null
   */
  public static Attachment url(URI uri) {
    return ImmutableAttachment.builder().uri(uri).build();
  }

  /** {@return a new builder for an attachment} */
  public static ImmutableAttachment.Builder builder() {
    return ImmutableAttachment.builder();
  }
}

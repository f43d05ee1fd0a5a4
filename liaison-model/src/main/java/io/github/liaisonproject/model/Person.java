package io.github.liaisonproject.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.liaisonproject.model.validation.MailAddress;
import io.github.liaisonproject.model.validation.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A person with a name and a mail address. */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public interface Person {
  /** {@return the person's name; required} */
  @NotBlank(message = "must give the person's name")
  @Size(max = 200)
  @SingleLine
  String getName();

  /** {@return the person's mail address; required} */
  @NotNull(message = "must give the mail address, e.g. chair@example.org")
  @MailAddress
  String getAddress();

  /**
   * {@return a person with this name and address}
   * @param name the name; not null
   * @param address the mail address; not null
   * @throws NullPointerException when an argument is null
   */
  static Person of(String name, String address) {
    return ImmutablePerson.builder().name(name).address(address).build();
  }
}

package io.github.liaisonproject.rules.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.liaisonproject.model.Body;
import io.github.liaisonproject.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address helpers rules build "who" and forwards with: order, repeats, nulls. */
class AddressesTest {
  private static RoleHolder holder(int index, String address) {
    return new RoleHolder(index, Role.WORKING_GROUP_CHAIR, "netconf", "N", address, RoleHolder.Side.ADDRESSED);
  }

  @Test
  void roleHoldersComeInDirectoryOrderThenTheOtherListsEachAddressOnce() {
    List<Object> collected = List.of(holder(2, "b@example.org"), holder(0, "a@example.org"), holder(1, "B@example.org"));
    assertThat(Addresses.of(collected, List.of("m@example.org", "a@example.org"), Addresses.single(null),
        Addresses.single("lc@example.org")))
        .containsExactly("a@example.org", "B@example.org", "m@example.org", "lc@example.org");
    assertThat(Report.whoHolds("the chairs", List.of(), List.of("x@example.org")).addresses()).containsExactly("x@example.org");
  }

  @Test
  void listsOfBodiesFollowTheirIndexAndSkipGroupsWithoutAList() {
    List<Object> bodies = List.of(new CorrectGroup(1, Body.workingGroup("teas"), null, "teas@ietf.org", true),
        new CorrectGroup(0, Body.workingGroup("ccamp"), null, "ccamp@ietf.org", true),
        new CorrectGroup(2, Body.workingGroup("x"), null, null, false));
    assertThat(Addresses.listsOf(bodies)).containsExactly("ccamp@ietf.org", "teas@ietf.org");
  }

  @Test
  void localPartIsTrimmedAndLowerCase() {
    assertThat(Addresses.localPart(" NetConf-Chairs@IETF.org ")).isEqualTo("netconf-chairs");
    assertThat(Addresses.localPart(null)).isEmpty();
  }

  @Test
  void anythingButAddressesAndRoleHoldersIsRefusedWithTheType() {
    assertThatThrownBy(() -> Addresses.of(List.of(3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Integer");
  }
}

package io.github.liaisonproject.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.liaisonproject.model.Directory;
import io.github.liaisonproject.model.LiaisonStatement;
import io.github.liaisonproject.model.Purpose;
import java.io.InputStream;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published schemas describe exactly what Jackson writes for each model type. */
class SchemaDriftTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({"statement.schema.json, LiaisonStatement", "directory.schema.json, Directory"})
  void schemaMatchesTheModel(String file, String rootType) throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream("/io/github/liaisonproject/model/schema/" + file)) {
      assertThat(in).as(file).isNotNull();
      schema = mapper.readTree(in);
    }
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).endsWith("/" + file);
    assertThat(schema.path("description").asText()).isNotBlank();
    JsonNode defs = schema.path("$defs");
    assertThat(defs.has(rootType)).isTrue();
    // every object type reachable from the root has a definition, and nothing else does
    Set<Class<?>> reachable = reachable(rootType.equals("Directory") ? Directory.class : LiaisonStatement.class);
    assertThat(names(defs.fieldNames())).containsExactlyInAnyOrderElementsOf(
        reachable.stream().map(Class::getSimpleName).toList());
    for (Class<?> type : reachable) {
      JsonNode def = defs.path(type.getSimpleName());
      assertThat(def.path("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
      assertThat(def.path("description").asText()).as(type.getSimpleName()).isNotBlank();
      List<BeanPropertyDefinition> props = SchemaGenerator.properties(mapper, type);
      assertThat(names(def.path("properties").fieldNames())).as("properties of " + type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(props.stream().map(BeanPropertyDefinition::getName).toList());
      for (BeanPropertyDefinition p : props) {
        AnnotatedType t = SchemaGenerator.accessor(type, p.getName()).getAnnotatedReturnType();
        Class<?> leaf = leaf(t);
        JsonNode ps = def.path("properties").path(p.getName());
        JsonNode values = ps.has("items") ? ps.path("items") : ps;
        if (leaf.isEnum()) {
          List<String> expected = leaf == Purpose.class
              ? Arrays.stream(Purpose.values()).map(Purpose::label).toList()
              : Arrays.stream(leaf.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
          assertThat(names(values.path("enum").elements())).as(type.getSimpleName() + "." + p.getName())
              .containsExactlyElementsOf(expected);
        }
      }
    }
  }

  private static Class<?> leaf(AnnotatedType t) {
    if (t instanceof AnnotatedParameterizedType p) {
      return leaf(p.getAnnotatedActualTypeArguments()[0]);
    }
    return t.getType() instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) t.getType();
  }

  private Set<Class<?>> reachable(Class<?> root) throws Exception {
    Set<Class<?>> seen = new LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(0);
      if (!seen.add(c)) {
        continue;
      }
      for (BeanPropertyDefinition p : SchemaGenerator.properties(mapper, c)) {
        Class<?> leaf = leaf(SchemaGenerator.accessor(c, p.getName()).getAnnotatedReturnType());
        if (leaf.getPackageName().equals("io.github.liaisonproject.model") && !leaf.isEnum()
            && !Collection.class.isAssignableFrom(leaf) && leaf != Optional.class) {
          todo.add(leaf);
        }
      }
    }
    return seen;
  }

  private static List<String> names(Iterator<?> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(o -> out.add(o instanceof JsonNode n ? n.asText() : String.valueOf(o)));
    return out.stream().collect(Collectors.toList());
  }
}

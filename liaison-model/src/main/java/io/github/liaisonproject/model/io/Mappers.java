package io.github.liaisonproject.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.github.liaisonproject.model.Consensus;
import io.github.liaisonproject.model.FollowUp;
import io.github.liaisonproject.model.Known;
import io.github.liaisonproject.model.ReplyContent;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/** The two configured, shared (thread-safe once built) mappers and their limits. */
final class Mappers {
  private Mappers() {}

  static final int MAX_NESTING_DEPTH = 200;
  static final int MAX_STRING_LENGTH = 5_000_000;
  static final int MAX_DOCUMENT_CHARS = 10_000_000;
  static final int MAX_YAML_ALIASES = 50;
  /**
   * The longest line a YAML file may have. SnakeYAML's reader copies its buffer for every 1,024
   * characters of one token, so its time grows with the square of the longest line (a 5,000,000
   * character line took over 15 s, found by FileFuzzTest); at this limit a read takes well under a second.
   */
  static final int MAX_YAML_LINE = 1_000_000;

  // Each mapper is built on first use (a holder class each): a program that reads only YAML, as the
  // CLI reading a .yaml statement and the bundled directory does, never builds the JSON one.
  private static final class Json {
    static final ObjectMapper MAPPER = configure(JsonMapper.builder(jsonFactory())).build();
  }

  private static final class Yaml {
    static final ObjectMapper MAPPER = configure(yamlWriting(YAMLMapper.builder(yamlFactory(null)))).build();
  }

  /**
   * The YAML mapper that writes every character outside printable ASCII as an escape in a
   * double-quoted scalar (an x escape for the e acute of "cafe", a u escape for a bidi control), for text holding bidi, format or control
   * characters (see {@link LiaisonFiles#write(io.github.liaisonproject.model.LiaisonStatement, Format)}).
   * Snakeyaml's own options, set as the YAML mapper's features set them, with unicode off.
   */
  private static final class YamlAscii {
    static final ObjectMapper MAPPER = configure(yamlWriting(YAMLMapper.builder(yamlFactory(asciiOnly())))).build();

    private static org.yaml.snakeyaml.DumperOptions asciiOnly() {
      org.yaml.snakeyaml.DumperOptions o = new org.yaml.snakeyaml.DumperOptions();
      o.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
      o.setPrettyFlow(false);
      o.setSplitLines(true);
      o.setIndent(2);
      o.setIndicatorIndent(2);
      o.setIndentWithIndicator(true);
      o.setExplicitStart(false);
      o.setAllowUnicode(false);
      return o;
    }
  }

  private static YAMLMapper.Builder yamlWriting(YAMLMapper.Builder b) {
    return b.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);
  }

  static ObjectMapper mapper(Format format) {
    return format == Format.JSON ? Json.MAPPER : Yaml.MAPPER;
  }

  /** {@return the YAML mapper that escapes every character outside printable ASCII} */
  static ObjectMapper asciiYamlMapper() {
    return YamlAscii.MAPPER;
  }

  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(100)
        .maxNameLength(1_000)
        .maxDocumentLength(MAX_DOCUMENT_CHARS)
        .build();
  }

  private static com.fasterxml.jackson.core.JsonFactory jsonFactory() {
    return com.fasterxml.jackson.core.JsonFactory.builder()
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  private static YAMLFactory yamlFactory(org.yaml.snakeyaml.DumperOptions dumperOptions) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    return YAMLFactory.builder()
        .dumperOptions(dumperOptions)
        .loaderOptions(options)
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B b) {
    SimpleModule strict = new SimpleModule("liaison-strict-values");
    strict.addDeserializer(LocalDate.class, new StrictLocalDateDeserializer());
    strict.addSerializer(LocalDate.class, new LocalDateSerializer());
    strict.addDeserializer(URI.class, new StrictUriDeserializer());
    strict.setSerializerModifier(new LeaveOutDefaults());
    b.addModule(new Jdk8Module())
        .addModule(strict)
        // a null inside a list is refused; a null value for an optional field reads as absent
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION)
        // Optional.empty() is left out; so are empty lists, which read back as empty lists.
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .withConfigOverride(Collection.class, o -> o.setInclude(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS)))
        .withConfigOverride(List.class, o -> o.setInclude(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS)))
        .withCoercionConfigDefaults(c -> c
            .setAcceptBlankAsEmpty(false)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Collection, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.POJO, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    return b;
  }

  /**
   * Leaves out what reads back the same when absent: false flags and the "nothing stated"
   * consensus, reply and follow-up. Files then show what was said, not every default.
   */
  static final class LeaveOutDefaults extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
        List<BeanPropertyWriter> properties) {
      List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
      for (BeanPropertyWriter w : properties) {
        Class<?> t = w.getType().getRawClass();
        if (t == boolean.class || t == Boolean.class) {
          out.add(new SkipWhen(w, Boolean.FALSE));
        } else if (t == Known.class) {
          out.add(new SkipWhen(w, Known.UNKNOWN)); // unknown is what an absent three-valued fact reads as
        } else if (Consensus.class.isAssignableFrom(t)) {
          out.add(new SkipWhen(w, Consensus.NOT_STATED));
        } else if (ReplyContent.class.isAssignableFrom(t)) {
          out.add(new SkipWhen(w, ReplyContent.NONE));
        } else if (FollowUp.class.isAssignableFrom(t)) {
          out.add(new SkipWhen(w, FollowUp.NONE));
        } else {
          out.add(w);
        }
      }
      return out;
    }
  }

  static final class SkipWhen extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;
    private final transient Object skipped;

    SkipWhen(BeanPropertyWriter base, Object skipped) {
      super(base);
      this.skipped = skipped;
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
      if (!skipped.equals(get(bean))) {
        super.serializeAsField(bean, gen, prov);
      }
    }
  }

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Only a YYYY-MM-DD string, and only a real date: no numbers, arrays or 2025-02-30. */
  static final class StrictLocalDateDeserializer extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText().trim();
      if (ISO_DATE.matcher(text).matches()) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          // fall through to the uniform message below
        }
      }
      return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), "not a date");
    }
  }

  static final class LocalDateSerializer extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** A URI from a non-blank string that java.net.URI accepts. */
  static final class StrictUriDeserializer extends JsonDeserializer<URI> {
    @Override
    public URI deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (URI) ctxt.handleUnexpectedToken(URI.class, p);
      }
      String text = p.getText();
      if (!text.isBlank()) {
        try {
          return new URI(text);
        } catch (URISyntaxException e) {
          // fall through
        }
      }
      return (URI) ctxt.handleWeirdStringValue(URI.class, text, "not a URL");
    }
  }
}

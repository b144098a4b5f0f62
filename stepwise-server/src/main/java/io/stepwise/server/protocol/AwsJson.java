package io.stepwise.server.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The JSON mapping of awsJson1_0 shapes: absent members are left out, timestamps travel as epoch
 * seconds with milliseconds ({@code 1700000000.123}), and a member of the wrong JSON type is an
 * error rather than coerced, as AWS's deserializer refuses it.
 */
public final class AwsJson {
  /** The mapper for request and response shapes. */
  public static final ObjectMapper MAPPER = build();

  private AwsJson() {}

  private static ObjectMapper build() {
    SimpleModule timestamps = new SimpleModule("aws-timestamps");
    timestamps.addSerializer(Instant.class, new EpochSecondsSerializer());
    return JsonMapper.builder()
        .addModule(timestamps)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .withCoercionConfig(
            LogicalType.Textual,
            config ->
                config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }

  /** Epoch seconds as a plain decimal with three places. */
  private static final class EpochSecondsSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    EpochSecondsSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeNumber(BigDecimal.valueOf(value.toEpochMilli(), 3));
    }
  }
}

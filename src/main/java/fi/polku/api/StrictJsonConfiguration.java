package fi.polku.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How request bodies are read, beyond the settings in {@code application.yaml} (unknown fields,
 * duplicate keys, numbers for enums, coercion of scalars): a string field takes only a JSON string,
 * without control characters; a date field takes only a string {@code YYYY-MM-DD} that is a real
 * day. Jackson's defaults would take {@code 123} as the name "123", {@code 19980412} or
 * {@code [1998, 4, 12]} as a birth date, and pass a NUL on to the database, which refuses it.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestValues() {
        return builder -> builder
                .deserializerByType(String.class, new StrictStringDeserializer())
                .deserializerByType(LocalDate.class, new StrictDateDeserializer());
    }

    /**
     * An enum takes its value exactly: Jackson would trim {@code "FEMALE\u0000"} or {@code " FEMALE "}
     * to {@code FEMALE}.
     */
    @Bean
    Module exactEnums() {
        return new SimpleModule("exact-enums").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer);
            }
        });
    }

    static class ExactEnumDeserializer extends DelegatingDeserializer {

        ExactEnumDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.strip()) || Text.refused(text)) {
                    throw ctxt.weirdStringException(text, handledType(), "not one of the values");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A text value the API refuses (control characters); names its field like any mismatch. */
    public static class InvalidTextException extends MismatchedInputException {
        InvalidTextException(JsonParser parser) {
            super(parser, "Text with control characters", String.class);
        }
    }

    static class StrictStringDeserializer extends StdScalarDeserializer<String> {

        StrictStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (Text.refused(text)) {
                throw new InvalidTextException(p);
            }
            return text;
        }
    }

    static class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not a date in the form YYYY-MM-DD");
            }
        }
    }
}

package fi.polku.api;

/** One broken rule of a request: which field (JSON path), which rule, and a sentence for people. */
public record FieldError(String field, String rule, String message) {
}

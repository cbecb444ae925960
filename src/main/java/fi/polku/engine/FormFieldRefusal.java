package fi.polku.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form value that breaks a rule. The engine's own form-validation exception is the one
 * engine REST's task {@code complete} and {@code submit-form} and the start form's {@code submit-form}
 * answer with 400 and the message (Tasklist shows it), rolling the submission back: exactly where
 * Polku's task listeners run. Any other exception, or this one thrown elsewhere, is a 500.
 */
public final class FormFieldRefusal {

    private FormFieldRefusal() {
    }

    public static RuntimeException of(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}

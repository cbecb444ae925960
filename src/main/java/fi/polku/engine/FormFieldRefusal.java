package fi.polku.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submitted form value that breaks a rule. The engine's own form-validation exception is the one
 * its REST layer answers with 400 and the message (Tasklist shows it), rolling the submission back;
 * any other exception thrown by a listener would be a 500.
 */
public final class FormFieldRefusal {

    private FormFieldRefusal() {
    }

    public static RuntimeException of(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}

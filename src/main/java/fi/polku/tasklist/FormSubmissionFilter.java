package fi.polku.tasklist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.polku.api.CachedBodyRequest;
import fi.polku.api.FieldError;
import fi.polku.api.PlausibleDate;
import fi.polku.api.RequestPath;
import fi.polku.api.RequestValidation;
import fi.polku.api.Text;
import fi.polku.engine.EngineUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one check of a form submission as a whole, at the one door every submission passes: engine
 * REST and Tasklist's engine API (Tasklist's {@code submit-form}, and {@code complete},
 * {@code resolve} and process starts, which a client may use instead; every other variable write is
 * an administrator's, see {@code EngineWriteGuard}). Before Camunda converts anything, each
 * variable must be a field of the task's (or start) form, of a type a form sends, and text without
 * control characters within the form's length (the engine keeps text in 4,000 characters), a date
 * field's value a day of the calendar within the plausible years and a number field's a number within
 * the form's range and decimal digits (never rewritten into another value). So a
 * submission cannot rewrite the journey's own variables ({@code journeyId}, routing values, a
 * task's labels), and a field the form hides cannot carry a megabyte into the engine's tables.
 * Camunda would answer a value it cannot take (a Java-serialized object, a transient variable that
 * hides a stored one, XML without a data format, a number too big for its type, JSON nested too
 * deeply or with a key twice) with 500, or with 400 not saying which variable; here each is a 400
 * in Camunda's error format naming the variable. The task's listeners then read the fields they
 * record with the form's rules ({@link FormValues}). The body is limited to 2 MB.
 */
class FormSubmissionFilter extends OncePerRequestFilter {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** Submissions, after {@code /engine-rest/} or Tasklist's {@code /camunda/api/engine/engine/<name>/}. */
    private static final Pattern SUBMISSION = Pattern.compile(
            "^/(?:engine-rest/(?:engine/[^/]+/)?|camunda/api/engine/engine/[^/]+/)"
                    + "(?:task/(?<task>[^/]+)/(?:submit-form|complete|resolve)"
                    + "|process-definition/(?:key/(?<key>[^/]+)(?:/tenant-id/[^/]+)?|(?<id>[^/]+))/(?:submit-form|start))/?$");

    /**
     * Variable writes (administrators only: {@code EngineWriteGuard} refuses them to everyone else),
     * checked for the same types: {@code PUT .../variables/<name>} one variable, {@code POST .../variables}
     * its {@code modifications}.
     */
    private static final Pattern VARIABLE_WRITE = Pattern.compile(
            "^/(?:engine-rest/(?:engine/[^/]+/)?|camunda/api/engine/engine/[^/]+/)"
                    + "(?:task|process-instance|execution)/[^/]+/(?:variables|localVariables)(?:/(?<name>[^/]+))?/?$");

    /** The engine's text column for variables. */
    static final int MAX_TEXT = 4000;

    private final TaskService taskService;
    private final FormService formService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    FormSubmissionFilter(TaskService taskService, FormService formService, RepositoryService repositoryService,
                         IdentityService identityService) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.formService = formService;
        this.repositoryService = repositoryService;
    }

    /** The variable types a form submission may use (Tasklist sends String, numbers, Boolean and Json). */
    private static final Set<String> TYPES = Set.of("String", "Integer", "Long", "Short", "Double", "Boolean", "Null",
            "Json", "Object");

    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPath.of(request);
        Matcher variableWrite = VARIABLE_WRITE.matcher(path);
        return !("POST".equals(request.getMethod()) && SUBMISSION.matcher(path).matches())
                && !(variableWrite.matches() && (variableWrite.group("name") == null ? "POST" : "PUT").equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            refuse(response, 413, "The request body is larger than 2 MB");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(response, 413, "The request body is larger than 2 MB");
            return;
        }
        String path = RequestPath.of(request);
        Matcher submission = SUBMISSION.matcher(path);
        Matcher variableWrite = VARIABLE_WRITE.matcher(path);
        String problem;
        if (submission.matches()) {
            FormLookup lookup = formOf(submission);
            if (lookup.taskNotFound()) {
                refuse(response, 404, "No task " + shorten(submission.group("task")));
                return;
            }
            problem = lookup.withoutForm() ? "The task has no Camunda Form to check the submission against; "
                    + "it cannot be completed through the engine's REST API" : problem(body, lookup.form());
        } else {
            problem = variableWrite.matches() ? variableWriteProblem(body, variableWrite.group("name")) : null;
        }
        if (problem != null) {
            refuse(response, 400, problem);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * The form to check a submission against. A task that does not exist is not found (404; a
     * colleague's completion of it becomes 409 in {@code TaskAlreadyCompletedFilter}); one the caller
     * may not see is left to the engine (403); a task without a Camunda Form is refused rather than
     * let through unchecked. For a start, the form is null when the caller cannot see the process
     * (the engine then answers as it does).
     */
    private record FormLookup(FormFields form, boolean withoutForm, boolean taskNotFound) {
    }

    /**
     * The Camunda Form of the task, or of the process's start, when the caller may see it (a start
     * without a form is an administrator's: the engine write guard lets nobody else make one).
     */
    private FormLookup formOf(Matcher submission) {
        try {
            CamundaFormRef form;
            if (submission.group("task") != null) {
                Task task = taskService.createTaskQuery().taskId(submission.group("task")).initializeFormKeys().singleResult();
                if (task == null) {
                    // Engine REST answers a submission to a task nobody has with 500; one the caller may not see, 403.
                    boolean exists = EngineUser.callAs(identityService, null,
                            () -> taskService.createTaskQuery().taskId(submission.group("task")).count() > 0);
                    return new FormLookup(null, false, !exists);
                }
                if (task.getCamundaFormRef() == null) {
                    return new FormLookup(null, true, false);
                }
                form = task.getCamundaFormRef();
            } else {
                ProcessDefinition definition = submission.group("id") != null
                        ? repositoryService.getProcessDefinition(submission.group("id"))
                        : repositoryService.createProcessDefinitionQuery().processDefinitionKey(submission.group("key"))
                                .latestVersion().withoutTenantId().singleResult();
                form = definition == null ? null : formService.getStartFormData(definition.getId()).getCamundaFormRef();
            }
            return new FormLookup(form == null ? null : FormFields.of(form.getKey()), false, false);
        } catch (RuntimeException e) {
            return new FormLookup(null, false, false);
        }
    }

    /** What is wrong with the submission (to the task's form, when known), or null. */
    static String problem(byte[] body, FormFields form) {
        if (body.length == 0) {
            return null;
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            return "The body is not well-formed JSON in UTF-8 (or nests deeper than 1,000 levels, or has a key twice)";
        } catch (IOException e) {
            return "The body cannot be read";
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return null;
        }
        JsonNode variables = root.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return null;
        }
        if (!variables.isObject()) {
            return "variables must be a JSON object";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            Optional<FormFields.Field> field = form == null ? Optional.empty() : form.field(variable.getKey());
            String rule = form != null && field.isEmpty()
                    ? "is not a field of the form " + form.formKey() : rule(variable.getValue(), field.orElse(null));
            if (rule != null) {
                String name = variable.getKey();
                return FormValues.invalid(name.length() > 100 ? name.substring(0, 100) + "…" : name, rule).getMessage();
            }
        }
        return null;
    }

    /** What is wrong with a variable write: the one variable of a PUT, the modifications of a POST; or null. */
    static String variableWriteProblem(byte[] body, String name) {
        ObjectNode asSubmission = JsonNodeFactory.instance.objectNode();
        try {
            JsonNode root = body.length == 0 ? JsonNodeFactory.instance.objectNode() : STRICT.readTree(body);
            if (name != null) {
                asSubmission.putObject("variables").set(name, root);
            } else if (root != null && root.has("modifications")) {
                asSubmission.set("variables", root.get("modifications"));
            }
        } catch (IOException e) {
            return "The body is not well-formed JSON in UTF-8 (or nests deeper than 1,000 levels, or has a key twice)";
        }
        return problem(asSubmission.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * The broken rule of one variable ({@code {"value": ..., "type": ..., "valueInfo": ...}}) submitted
     * for the form's field (null: a variable write, or a form Polku does not know), or null.
     */
    private static String rule(JsonNode variable, FormFields.Field field) {
        if (!variable.isObject()) {
            return "must be given as {\"value\": ..., \"type\": ...}";
        }
        JsonNode info = variable.path("valueInfo");
        if (!info.isMissingNode() && !info.isNull() && !info.isObject()) {
            return "has a valueInfo that is no JSON object";
        }
        if (info.path("transient").asBoolean(false) || info.path("transient").asText("").equals("true")) {
            return "cannot be transient";
        }
        JsonNode value = variable.path("value");
        JsonNode typeNode = variable.path("type");
        if (typeNode.isMissingNode() || typeNode.isNull()) {
            // Untyped: Camunda infers the type; only a plain value can be inferred without Java serialization.
            String untypedRule = value.isContainerNode() ? "must name its type (Json for an object or a list)"
                    : text(value, field);
            return untypedRule != null ? untypedRule : fieldRule(value, field);
        }
        String type = typeNode.asText();
        if (!typeNode.isTextual() || !TYPES.contains(type)) {
            return "has a type no form sends (" + shorten(typeNode.asText(typeNode.toString())) + ")";
        }
        String typeRule = switch (type) {
            case "String" -> value.isTextual() ? text(value, field)
                    : value.isNull() || value.isMissingNode() ? null : "must be text";
            case "Boolean" -> value.isBoolean() || value.isNull() || value.isMissingNode() ? null : "must be true or false";
            case "Integer" -> whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "Short" -> whole(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case "Long" -> whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case "Double" -> value.isNull() || value.isMissingNode() || (value.isNumber() && Double.isFinite(value.doubleValue()))
                    ? null : "must be a finite number";
            case "Null" -> null;
            case "Json" -> json(value);
            case "Object" -> field != null && !field.isList() ? "has a type no field of this form sends (object)"
                    : "application/json".equals(info.path("serializationDataFormat").asText("application/json"))
                    ? json(value) : "must be serialized as application/json";
            default -> "has a type no form sends (" + type + ")";
        };
        return typeRule != null ? typeRule : fieldRule(value, field);
    }

    /**
     * The form's own rules for a date or a number field, checked again here because a client other
     * than the form (or a form whose check was bypassed) can send anything, and the listeners of
     * some tasks do not read every field: a date is a day of the calendar written as the form
     * sends it (YYYY-MM-DD, never rolled over into another day) within {@link PlausibleDate}; a
     * number is a number (not text such as "1,5"), whole where the form allows no decimal digits,
     * within the form's min and max. Null: the field is not one of these, or the value keeps the rules.
     */
    private static String fieldRule(JsonNode value, FormFields.Field field) {
        if (field == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (field.dateOnly()) {
            return value.isTextual() && value.textValue().isEmpty() ? null : date(value);
        }
        if (field.isNumber()) {
            return number(value, field);
        }
        return null;
    }

    private static String date(JsonNode value) {
        LocalDate date;
        try {
            // ISO_LOCAL_DATE resolves strictly: 2026-02-31 is refused, not read as 2026-03-03.
            date = value.isTextual() ? LocalDate.parse(value.textValue(), DateTimeFormatter.ISO_LOCAL_DATE) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            return "must be a date of the calendar, written YYYY-MM-DD";
        }
        return PlausibleDate.Validator.plausible(date) ? null
                : "must be a date from " + PlausibleDate.EARLIEST + " to " + PlausibleDate.LATEST;
    }

    private static String number(JsonNode value, FormFields.Field field) {
        boolean whole = field.decimalDigits() != null && field.decimalDigits() == 0;
        String expected = (whole ? "a whole number" : "a number")
                + (field.min() != null && field.max() != null ? " from " + plain(field.min()) + " to " + plain(field.max())
                : field.min() != null ? " of at least " + plain(field.min())
                : field.max() != null ? " of at most " + plain(field.max()) : "");
        if (!value.isNumber()) {
            return "must be " + expected + (value.isTextual() ? ", sent as a number, not as text" : "");
        }
        BigDecimal number = value.decimalValue();
        boolean outside = (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0)
                || (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0);
        boolean tooPrecise = field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits();
        return outside || tooPrecise ? "must be " + expected : null;
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** Text within the field's length (the engine's column at most) and without control characters; or null. */
    private static String text(JsonNode value, FormFields.Field field) {
        if (!value.isTextual()) {
            return null;
        }
        int max = field == null || field.maxLength() == null ? MAX_TEXT : Math.min(field.maxLength(), MAX_TEXT);
        if (value.textValue().length() > max) {
            return "must be at most " + max + " characters";
        }
        return Text.refused(value.textValue()) ? Text.MESSAGE : null;
    }

    private static String whole(JsonNode value, long min, long max) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            return "must be a whole number from " + min + " to " + max;
        }
        return null;
    }

    private static String json(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isTextual()) {
            return "must be JSON text";
        }
        try {
            STRICT.readTree(value.textValue());
            return null;
        } catch (JsonProcessingException e) {
            FieldError error = RequestValidation.describe(e);
            return "is not well-formed JSON: " + error.field() + " " + error.message();
        }
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("type", "InvalidRequestException");
        error.put("message", message);
        error.putNull("code");
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(error.toString().getBytes(StandardCharsets.UTF_8));
    }
}

package fi.polku.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.polku.api.RequestPath;
import fi.polku.language.FormTexts;
import fi.polku.language.Language;
import fi.polku.language.Messages;
import fi.polku.security.TasklistFilterSetup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts Polku's texts in the reader's language into what the webapps fetch from the engine
 * (README, "Languages"), chosen by the request's {@code Accept-Language} as Camunda's own screens
 * are. The engine keeps one form, one task name and one code per thing; this is where they become
 * words for a person:
 * <ul>
 * <li>a task's or start form's Camunda Form ({@code …/deployed-form}, {@code …/deployed-start-form}):
 * labels, descriptions, texts and options from the message file ({@link FormTexts});</li>
 * <li>the values a form shows ({@code …/form-variables}): a code of a summary as a word
 * ({@code value.<field>.<code>}), a summary's date as {@code d.M.yyyy} (Finnish, Swedish) or
 * {@code 5 December 2026} (English), and a process variable's text with a
 * {@code variable.<name>.<text>} key (a decision's reason). Only those change: summaries are
 * shown, never bound to a field, and no form has a field named like a {@code variable.*} key, so
 * nothing translated is ever sent back ({@code MessagesCoverageTest} checks that);</li>
 * <li>task names (the lists, the task's header, Cockpit's task views), process names (Tasklist's
 * start dialog, the task's header, Cockpit) and Polku's Tasklist filters and their columns, in any
 * JSON answer of the webapps' engine API, and the groups' names (a task's candidate groups).</li>
 * </ul>
 * Only the webapps' API ({@code /camunda/api/engine}); the integration's {@code /engine-rest} and
 * everything stored stay English and coded.
 */
final class WebappTexts extends OncePerRequestFilter {

    private static final String ENGINE_API = "/camunda/api/engine/engine/";
    private static final Pattern FORM = Pattern.compile(".*/(deployed-form|deployed-start-form)");
    private static final Pattern FORM_VARIABLES = Pattern.compile(".*/(form-variables)");
    private static final Pattern FILTER_LIST = Pattern.compile("[^/]+/filter/[^/]+/list");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Messages messages;
    private final ObjectMapper objectMapper;

    WebappTexts(Messages messages, ObjectMapper objectMapper) {
        this.messages = messages;
        this.objectMapper = objectMapper;
    }

    private enum Answer { FORM, FORM_VARIABLES, NAMES }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language language = Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Answer answer = answer(request, language);
        if (answer == null) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK || contentType == null || !contentType.contains("json")
                || wrapper.getContentSize() == 0) {
            wrapper.copyBodyToResponse();
            return;
        }
        byte[] translated;
        try {
            JsonNode body = objectMapper.readTree(wrapper.getContentAsByteArray());
            switch (answer) {
                case FORM -> FormTexts.rewrite(body, (key, english) -> messages.find(language, key).orElse(english));
                case FORM_VARIABLES -> translateVariables(body, language);
                case NAMES -> translateNames(body, language);
            }
            translated = objectMapper.writeValueAsBytes(body);
        } catch (JsonProcessingException notJson) {
            wrapper.copyBodyToResponse(); // the engine's answer as it is: better English than nothing
            return;
        }
        wrapper.resetBuffer();
        response.setContentLength(translated.length);
        response.getOutputStream().write(translated);
    }

    /** What to translate in this request's answer; null for nothing (English names, writes, other APIs). */
    private static Answer answer(HttpServletRequest request, Language language) {
        String path = RequestPath.of(request);
        if (!path.startsWith(ENGINE_API)) {
            return null;
        }
        String resource = path.substring(ENGINE_API.length());
        boolean get = "GET".equals(request.getMethod());
        if (get && FORM_VARIABLES.matcher(resource).matches()) {
            return Answer.FORM_VARIABLES;
        }
        if (language == Language.EN) {
            return null; // the models' and filters' own language
        }
        if (get && FORM.matcher(resource).matches()) {
            return Answer.FORM;
        }
        if (get || ("POST".equals(request.getMethod()) && FILTER_LIST.matcher(resource).matches())) {
            return Answer.NAMES;
        }
        return null;
    }

    private void translateVariables(JsonNode variables, Language language) throws JsonProcessingException {
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            if (!(variable.getValue() instanceof ObjectNode typed)) {
                continue;
            }
            JsonNode value = typed.get("value");
            String type = typed.path("type").asText();
            if ("Json".equals(type) && value != null && value.isTextual()) {
                JsonNode summary = objectMapper.readTree(value.asText());
                translateValues(summary, language);
                typed.put("value", objectMapper.writeValueAsString(summary));
            } else if ("Json".equals(type) && value != null && value.isContainerNode()) {
                translateValues(value, language);
            } else if ("String".equals(type) && value != null && value.isTextual()) {
                messages.find(language, "variable." + variable.getKey() + "." + value.asText())
                        .ifPresent(word -> typed.put("value", word));
            }
        }
    }

    /** A summary's codes as words and its dates in the reader's format, at any depth. */
    private void translateValues(JsonNode node, Language language) {
        if (node.isArray()) {
            node.forEach(element -> translateValues(element, language));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                translateValues(value, language);
            } else if (value.isValueNode() && !value.isNull()) {
                String word = messages.find(language, "value." + field.getKey() + "." + value.asText())
                        .orElseGet(() -> value.isTextual() ? date(value.asText(), language) : null);
                if (word != null) {
                    field.setValue(TextNode.valueOf(word));
                }
            }
        }
    }

    private static String date(String text, Language language) {
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return language.date(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Task, process and filter names in a webapp list or detail, at any depth (HAL's _embedded included). */
    private void translateNames(JsonNode node, Language language) {
        if (node.isArray()) {
            node.forEach(element -> translateNames(element, language));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (object.path("taskDefinitionKey").isTextual()) {
            replace(object, "name", language, "task." + object.get("taskDefinitionKey").asText());
        }
        if (object.path("activityId").isTextual()) {
            replace(object, "activityName", language, "task." + object.get("activityId").asText());
        }
        if (object.path("key").isTextual() && object.has("resource")) {
            replace(object, "name", language, "process." + object.get("key").asText());
        }
        if (object.path("processDefinitionKey").isTextual()) {
            replace(object, "processDefinitionName", language, "process." + object.get("processDefinitionKey").asText());
        }
        if (object.path("id").isTextual() && object.has("type") && object.has("name")) {
            replace(object, "name", language, "group." + object.get("id").asText()); // a group (HAL's too)
        }
        if ("Task".equals(object.path("resourceType").asText()) && object.path("properties") instanceof ObjectNode properties) {
            translateFilter(object, properties, language);
        }
        object.forEach(child -> {
            if (child.isContainerNode()) {
                translateNames(child, language);
            }
        });
    }

    private void translateFilter(ObjectNode filter, ObjectNode properties, Language language) {
        String textKey = properties.path(TasklistFilterSetup.TEXT_KEY).asText("");
        if (!textKey.isEmpty()) {
            replace(filter, "name", language, textKey + ".name");
            replace(properties, "description", language, textKey + ".description");
        }
        for (JsonNode column : properties.path("variables")) {
            if (column instanceof ObjectNode variable) {
                replace(variable, "label", language, "filter.column." + variable.path("name").asText());
            }
        }
    }

    private void replace(ObjectNode object, String field, Language language, String key) {
        if (object.path(field).isTextual()) {
            messages.find(language, key).ifPresent(text -> object.put(field, text));
        }
    }
}

package fi.polku.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";

    @Bean
    public OpenAPI polkuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Polku integration API").version("v1")
                        .description("Start participant journeys, follow their status and send them events. "
                                + "HTTP Basic authentication as a Polku user; each call checks the caller's group. "
                                + "Errors are application/problem+json (RFC 9457) naming each invalid field. Bodies "
                                + "are read strictly: no unknown fields or duplicate keys, no numbers or booleans as "
                                + "strings, dates YYYY-MM-DD from 1900 to 2100, no control characters in text; "
                                + "bodies over 2 MB are refused with 413."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /**
     * Every error answer as the API sends it: {@code application/problem+json} with the
     * {@value #PROBLEM} schema ({@link ApiProblem}, {@link ApiExceptionHandler}). Controllers
     * declare an error's status and meaning only; springdoc would give it the success body's schema
     * and {@code application/json}. The errors every call can meet (401, 403, 503, and 400 where
     * the input can be invalid) are added where a controller does not name them; responses are
     * listed by status.
     */
    @Bean
    public OpenApiCustomizer problemDetailsForErrors() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema()).addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                addCommonErrors(operation);
                ApiResponses byStatus = new ApiResponses();
                new TreeMap<>(operation.getResponses()).forEach((status, response) -> {
                    if (isError(status)) {
                        response.setContent(problemContent());
                    }
                    byStatus.addApiResponse(status, response);
                });
                operation.setResponses(byStatus);
            }));
        };
    }

    private static void addCommonErrors(Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean inputCanBeInvalid = operation.getRequestBody() != null
                || operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> !optionalFreeText(p));
        if (inputCanBeInvalid) {
            responses.putIfAbsent("400", new ApiResponse()
                    .description("Invalid request: the problem's errors name each field and the rule it breaks"));
        }
        responses.putIfAbsent("401", new ApiResponse()
                .description("No or wrong credentials (HTTP Basic as a Polku user)"));
        responses.putIfAbsent("403", new ApiResponse()
                .description("The caller's groups may not make this call; the detail names the groups that may"));
        responses.putIfAbsent("503", new ApiResponse()
                .description("The database is not reachable; nothing was stored. Try again after Retry-After seconds")
                .headers(Map.of("Retry-After", new Header().description("Seconds to wait before trying again")
                        .schema(new IntegerSchema()))));
    }

    /** A parameter any value of which is taken, so it cannot make a request invalid. */
    private static boolean optionalFreeText(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        String type = schema == null ? null : schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && schema.getTypes().size() == 1 ? schema.getTypes().iterator().next() : null;
        return !Boolean.TRUE.equals(parameter.getRequired()) && "string".equals(type) && schema.getFormat() == null
                && schema.getEnum() == null && schema.getPattern() == null && schema.getMaxLength() == null;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static Content problemContent() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("Problem details (RFC 9457). Other members may follow; clients ignore those they do not know.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", new StringSchema().format("uri")
                        .description("The kind of problem, e.g. https://polku.example/problems/invalid-request")
                        .example("https://polku.example/problems/invalid-request"))
                .addProperty("title", new StringSchema().description("Short summary of the kind of problem")
                        .example("Invalid request"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code").example(400))
                .addProperty("detail", new StringSchema().description("What went wrong with this request, for people")
                        .example("participant.firstName: must be a string"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request").example("/api/v1/referrals"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("Invalid input (400, 406, 413): each field with the rule it breaks"))
                .addProperty("waitingFor", new ArraySchema().items(new StringSchema())
                        .description("An event the journey is not waiting for (409 not-waiting): the event types it waits for"))
                .addProperty("openTasks", new ArraySchema().items(new StringSchema())
                        .description("An event the journey is not waiting for (409 not-waiting): its open tasks"));
    }

    /** {@link FieldError} as it is written. */
    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("One broken rule of a request")
                .required(List.of("field", "rule", "message"))
                .addProperty("field", new StringSchema()
                        .description("The field as a JSON path (participant.birthDate), a parameter or header name, or (body)")
                        .example("participant.firstName"))
                .addProperty("rule", new StringSchema()
                        .description("The rule broken, e.g. NotBlank, type, format, unknown-field, max-size")
                        .example("type"))
                .addProperty("message", new StringSchema().description("The rule in a sentence, for people")
                        .example("must be a string"));
    }
}

package fi.polku.journey;

import fi.polku.engine.VariableHistoryExclusion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The result variables of the models' business-rule tasks ({@code camunda:resultVariable}): a
 * decision's result is on its way to the domain tables ({@link DecisionTaskListener} removes it at
 * once) and the decision's own history keeps it, so the variables' history does not.
 */
@Component
class DecisionResultVariables implements VariableHistoryExclusion {

    private static final Pattern RESULT_VARIABLE =
            Pattern.compile("<bpmn:businessRuleTask\\b[^>]*\\bcamunda:resultVariable=\"([^\"]+)\"");

    private final Set<String> names = new HashSet<>();

    DecisionResultVariables() throws IOException {
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                Matcher matcher = RESULT_VARIABLE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Model " + model + " cannot be read", e);
            }
        }
    }

    @Override
    public boolean excludes(String variableName) {
        return names.contains(variableName);
    }

    Set<String> names() {
        return Set.copyOf(names);
    }
}

package fi.polku.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Phases, outcomes and messages are one vocabulary: the enums are its source, and the models'
 * expressions and message names and the Journeys page's labels use exactly their names.
 */
class VocabularyTest {

    private static final Path JOURNEYS_PAGE =
            Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/journeys.js");

    @Test
    void theModelsEnterExactlyTheJourneyPhasesThroughTheirCallActivities() throws IOException {
        // The participant journey's phases are its call activities; the work-activity journey's own
        // phases are entered inside its sub-process (JourneyPhase).
        assertThat(found(models(), "journeyLifecycle\\.enterPhase\\(execution, '(\\w+)'\\)"))
                .as("phases the models enter").containsExactlyInAnyOrderElementsOf(names(JourneyPhase.values()));
        String journey = Files.readString(Path.of("processes/participant-journey.bpmn"));
        for (JourneyPhase phase : JourneyPhase.phasesOf(JourneyType.PARTICIPANT)) {
            assertThat(journey).as("the call activity of " + phase).contains("<bpmn:callActivity id=\"" + phase.callActivityId() + "\"");
        }
    }

    @Test
    void theModelsEndJourneysWithExactlyTheJourneyOutcomes() throws IOException {
        assertThat(found(models(), "journeyLifecycle\\.end\\(execution, '(\\w+)'\\)"))
                .as("outcomes the models end with").containsExactlyInAnyOrderElementsOf(names(JourneyOutcome.values()));
    }

    @Test
    void theModelsWaitForExactlyTheMessagesOfTheEventTypes() throws IOException {
        // The employer's supplement applications have events of their own (SupplementVocabularyTest).
        assertThat(found(models().replace(supplementModel(), ""), "<bpmn:message id=\"[^\"]+\" name=\"(\\w+)\""))
                .as("messages the models declare")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(JourneyEventType.values())
                        .map(JourneyEventType::messageName).toList());
    }

    @Test
    void theJourneysPageLabelsExactlyTheJourneyPhases() throws IOException {
        String page = Files.readString(JOURNEYS_PAGE);
        Matcher phases = Pattern.compile("(?s)const PHASES = \\{(.*?)\\};").matcher(page);
        assertThat(phases.find()).as("the PHASES table of journeys.js").isTrue();
        assertThat(found(phases.group(1), "(?m)^\\s*(\\w+):"))
                .as("phases the Journeys page labels").containsExactlyElementsOf(names(JourneyPhase.values()));
    }

    private static String supplementModel() throws IOException {
        return Files.readString(Path.of("processes/supplement-application.bpmn"));
    }

    private static String models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }

    private static Set<String> found(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        Set<String> found = new LinkedHashSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
